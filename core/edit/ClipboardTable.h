#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace caiji {

/// Rectangular cell ranges as Excel and WPS put them on the clipboard: tab-separated cells,
/// CR LF (or LF) between rows, cells with tabs, line breaks or quotes wrapped in double quotes
/// with "" for a quote, and a trailing line break after the last row.
class ClipboardTable
{
public:
    static QVector<QStringList> parse(const QString& text);
    static QString format(const QVector<QStringList>& rows);
};

} // namespace caiji
