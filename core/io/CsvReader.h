#pragma once

#include "SheetSource.h"

#include <QCoreApplication>

namespace caiji {

/// Reads csv/tsv files as one sheet: UTF-8 (with or without BOM) or GB18030/GBK (detected:
/// bytes that are not valid UTF-8), any common delimiter (comma, tab, semicolon, |; detected
/// from the first lines), quoted cells with line breaks and doubled quotes.
class CsvReader : public SheetSource
{
    Q_DECLARE_TR_FUNCTIONS(caiji::CsvReader)

public:
    bool open(const QString& path, QString* error);
    QVector<SheetInfo> sheets() const override;
    bool readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error) override;

    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

private:
    QString m_name;
    QString m_text;
    QString m_encoding;
    QChar m_delimiter = QLatin1Char(',');
};

} // namespace caiji
