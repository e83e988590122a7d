#pragma once
// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/exchange/PackageExporter.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QFile>
#include <QTest>

namespace caiji::test {

/// A master with 学工处's four students and packages issued from it, for the merge tests.
class MergeFixture
{
protected:
    test::TestLocations m_locations;

    struct Master
    {
        QString location;
        std::unique_ptr<Workspace> ws;
        std::unique_ptr<WriteGateway> office;
        QStringList ids; ///< students 001…004 of 学工处
    };
    Master master(const QString& backend)
    {
        Master m;
        QString error;
        m.location = m_locations.fresh(backend);
        m.ws = Workspace::create(m.location, test::miniCatalog(), &error);
        if (!m.ws)
            qFatal("%s", qPrintable(error));
        test::addCollege(*m.ws);
        m.office = test::ownerGateway(*m.ws, "office");
        const Table& t = *m.ws->catalog().table("10-1");
        QVector<QVector<QVariant>> rows;
        for (int i = 1; i <= 4; ++i) {
            QVector<QVariant> r(t.fields.size());
            r[t.fieldIndex("xh")] = QString("00%1").arg(i);
            r[t.fieldIndex("xm")] = QString("学生%1").arg(i);
            r[t.fieldIndex("bj")] = "原班";
            rows.append(r);
        }
        QVector<QString> ids;
        if (!m.office->insertRows(t, 2024, "XGC", rows, &ids, &error, {WriteOrigin::Load, "setup", false}))
            qFatal("%s", qPrintable(error));
        m.ids = QStringList(ids.begin(), ids.end());
        return m;
    }
    static qint64 version(Workspace& ws, const QString& id)
    {
        return SqlUtil::scalar(ws.db(), "SELECT \"_version\" FROM t_10_1 WHERE \"_id\" = ?", {id}).toLongLong();
    }
    static qint64 version7(Workspace& ws, const QString& id)
    {
        return SqlUtil::scalar(ws.db(), "SELECT \"_version\" FROM t_7_1_1 WHERE \"_id\" = ?", {id}).toLongLong();
    }
    static QString value(Workspace& ws, const QString& id, const QString& field)
    {
        return SqlUtil::scalar(ws.db(), QString("SELECT %1 FROM t_10_1 WHERE \"_id\" = ?").arg(field), {id}).toString();
    }
    static void set(WriteGateway& g, const QString& id, const QString& field, const QVariant& v)
    {
        const Table& t = *g.workspace().catalog().table("10-1");
        const EditResult r = g.applyCells(t, 2024, {{id, version(g.workspace(), id), t.fieldIndex(field), v}});
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    static QString insert(WriteGateway& g, const QString& xh)
    {
        const Table& t = *g.workspace().catalog().table("10-1");
        QVector<QVariant> r(t.fields.size());
        r[t.fieldIndex("xh")] = xh;
        r[t.fieldIndex("xm")] = "新生" + xh;
        QVector<QString> ids;
        QString error;
        if (!g.insertRows(t, 2024, "XGC", {r}, &ids, &error))
            qFatal("%s", qPrintable(error));
        return ids.first();
    }
    static QByteArray bytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString issue(Master& m, PackageManifest* manifest = nullptr)
    {
        const QString path = m_locations.tempPath(QString("xgc-%1.caijipkg").arg(++m_count));
        QString error;
        PackageManifest local;
        if (!PackageExporter::exportDepartment(*m.office, 2024, "学工处", path, manifest ? manifest : &local, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }
    int m_count = 0;
};

} // namespace caiji::test
