#pragma once

#include "../auth/Division.h"

#include <QCoreApplication>
#include <QVector>

namespace caiji {

struct Department;

/// The division of the tables as the 任务分解表 workbook colleges publish: one row per table
/// (表号, 表名, 类别, 牵头部门, 参与填报部门, 业务审核部门), departments by name, several joined
/// with 、, 各院系 for every 院系. The office exports it, edits it in Excel or WPS, imports it
/// back; a bad cell is refused naming its row and column, and nothing is taken.
class DivisionWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(caiji::DivisionWorkbook)

public:
    static bool write(const QString& path, const Catalog& catalog, const QVector<Department>& departments,
        const Division& division, const QString& title, QString* error);
    /// The workbook's division; tables it does not list keep `base`'s.
    static bool read(const QString& path, const Catalog& catalog, const QVector<Department>& departments,
        const Division& base, Division* out, QString* error);

    /// The title row: the catalog's name and what the workbook is.
    static QString title(const Catalog& catalog);
    /// Department names as a person writes them (各院系 where every 院系 is listed).
    static QString names(const QStringList& codes, const QVector<Department>& departments);
    /// Codes of the names in a cell; `error` names the one not known.
    static bool codes(const QString& cell, const QVector<Department>& departments, QStringList* out, QString* error);
};

} // namespace caiji
