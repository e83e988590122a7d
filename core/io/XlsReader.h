#pragma once

#include "BiffExtras.h"
#include "SheetSource.h"

#include <QCoreApplication>

namespace caiji {

/// Reads legacy Excel 97–2003 workbooks (.xls, BIFF) through libfreexl, with formula results,
/// booleans and hidden sheets from BiffExtras (FreeXL has none of them). Refuses encrypted
/// and damaged files with a message naming the file.
class XlsReader : public SheetSource
{
    Q_DECLARE_TR_FUNCTIONS(caiji::XlsReader)

public:
    ~XlsReader() override;

    bool open(const QString& path, QString* error);
    QVector<SheetInfo> sheets() const override;
    bool readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error) override;

private:
    const void* m_handle = nullptr;
    QString m_name;
    QVector<SheetInfo> m_sheets;
    BiffExtras m_extras;
};

} // namespace caiji
