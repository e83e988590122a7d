#pragma once

#include <QHash>
#include <QStringList>
#include <QStyledItemDelegate>

namespace caiji {

class TableRowModel;

/// Cell editors per field type: a code list combo that finds by typing any part of a code or
/// label, a reference lookup completing 教工号 or 姓名 from the source table, date and 年月 line
/// edits with their format shown, numbers with their unit, 是/否, multi-line text. Every editor
/// hands back text; parsing and checking happen in core (ValueParser via the GridEditor).
class GridDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit GridDelegate(TableRowModel* model, QObject* parent = nullptr);

    /// The cell as usual, with a corner mark on cells that have findings (red for errors,
    /// orange for warnings), as a spreadsheet marks a comment.
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(
        QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Text that replaces the cell when typing starts an edit (Excel: typing replaces).
    void setInitialText(const QString& text) { m_initialText = text; }

private:
    /// "20120035 张伟"-style choices for a reference column, read once per column.
    const QStringList& referenceChoices(int column) const;

    TableRowModel* m_model;
    mutable QHash<int, QStringList> m_referenceChoices;
    mutable QString m_initialText;
};

} // namespace caiji
