#pragma once

#include "../catalog/Catalog.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace caiji {

/// The findings list as an Excel workbook, for departments that work through it offline.
class FindingsExport
{
    Q_DECLARE_TR_FUNCTIONS(caiji::FindingsExport)

public:
    static bool writeXlsx(const QString& path, const Catalog& catalog, const QVector<Finding>& findings,
        const QHash<QString, QString>& departmentNames, QString* error);
};

} // namespace caiji
