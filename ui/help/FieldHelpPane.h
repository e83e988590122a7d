#pragma once

#include <QTextBrowser>

namespace caiji {

class Catalog;
struct Field;
struct Table;

/// Shows 字段内涵, type, format, unit and allowed codes of the current column, and the table's
/// 填报说明 above it: the training that comes with every cell.
class FieldHelpPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FieldHelpPane(QWidget* parent = nullptr);

    void showField(const Catalog& catalog, const Table& table, int column);
    void clearHelp();
    /// Adds a highlighted note (a refused value, a read-only reason) above the field help.
    void showProblem(const QString& text);
    /// Lists what validation found on the current cell (with explanations) above the field help.
    void showFindings(const QString& heading, const QStringList& lines, bool errors);

private:
    QString m_fieldHtml;
};

} // namespace caiji
