#include "GridDelegate.h"

#include "core/model/TableRowModel.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStringListModel>

namespace caiji {

namespace {
// A number editor with the unit shown after it, never typed into the value.
class UnitEdit : public QWidget
{
public:
    UnitEdit(const QString& unit, QWidget* parent)
        : QWidget(parent)
        , line(new QLineEdit(this))
    {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 2, 0);
        layout->setSpacing(2);
        line->setAlignment(Qt::AlignRight);
        line->setFrame(false);
        layout->addWidget(line, 1);
        auto* label = new QLabel(unit, this);
        label->setStyleSheet(QStringLiteral("color:#777"));
        layout->addWidget(label);
        setFocusProxy(line);
        setAutoFillBackground(true);
    }
    QLineEdit* line;
};
} // namespace

GridDelegate::GridDelegate(TableRowModel* model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

void GridDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int size = qMax(5, option.rect.height() / 3);
    const QRect r = option.rect;
    // A return's comment: a violet mark in the top-left corner, so it never hides a finding's.
    if (!index.data(TableRowModel::CommentRole).toStringList().isEmpty()) {
        const QPolygon mark(
            {QPoint(r.left(), r.top()), QPoint(r.left() + size, r.top()), QPoint(r.left(), r.top() + size)});
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(120, 60, 200));
        painter->drawPolygon(mark);
        painter->restore();
    }
    const QVariant severity = index.data(TableRowModel::NoteSeverityRole);
    if (!severity.isValid())
        return;
    const QPolygon corner(
        {QPoint(r.right() - size, r.top()), QPoint(r.right(), r.top()), QPoint(r.right(), r.top() + size)});
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(
        severity.toInt() == static_cast<int>(Severity::Error) ? QColor(205, 30, 30) : QColor(230, 140, 0));
    painter->drawPolygon(corner);
    painter->restore();
}

const QStringList& GridDelegate::referenceChoices(int column) const
{
    auto it = m_referenceChoices.find(column);
    if (it != m_referenceChoices.end())
        return *it;
    QStringList choices;
    const Field& f = m_model->table().fields.at(column);
    Workspace& ws = m_model->workspace();
    if (const Table* source = ws.catalog().table(f.refTable)) {
        // Show the key with the first name-like field, so people can type either.
        QString nameField;
        for (const Field& sf : source->fields) {
            if (sf.key != f.refField && sf.type == FieldType::Text
                && (sf.name.contains(QStringLiteral("姓名")) || sf.name.contains(QStringLiteral("名称")))) {
                nameField = sf.key;
                break;
            }
        }
        const QString sql
            = QStringLiteral("SELECT %1, %2, \"_dept\" FROM %3 WHERE \"_round\" = ? AND \"_deleted\" = 0 ORDER BY 1")
                  .arg(SqlDialect::quote(f.refField),
                      nameField.isEmpty() ? QStringLiteral("NULL") : SqlDialect::quote(nameField),
                      SqlDialect::quote(source->sqlName()));
        // With the department where several fill the source, so that two 张伟 are told apart.
        QHash<QString, QString> departments;
        for (const Department& d : Directory(ws).departments())
            departments.insert(d.code, d.name);
        const bool byDepartment = !source->alsoDepartments.isEmpty();
        QSqlQuery q(ws.db());
        if (SqlUtil::exec(ws.db(), sql, {m_model->query().round}, nullptr, &q)) {
            while (q.next()) {
                QStringList parts = {q.value(0).toString()};
                if (!q.value(1).toString().isEmpty())
                    parts.append(q.value(1).toString());
                const QString dept = departments.value(q.value(2).toString());
                if (byDepartment && !dept.isEmpty())
                    parts.append(dept);
                choices.append(parts.join(QLatin1Char(' ')));
            }
        }
        choices.removeDuplicates();
    }
    return *m_referenceChoices.insert(column, choices);
}

QWidget* GridDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Field& f = m_model->table().fields.at(index.column());
    const Catalog& catalog = m_model->workspace().catalog();
    switch (f.type) {
    case FieldType::Code: {
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString());
        if (const CodeList* list = catalog.codeList(f.codeList)) {
            for (const CodeItem& item : list->items)
                combo->addItem(item.code + QLatin1Char(' ') + item.label, item.code);
        }
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->setMaxVisibleItems(16);
        combo->completer()->popup()->setMinimumWidth(180);
        combo->view()->setMinimumWidth(180);
        return combo;
    }
    case FieldType::Boolean: {
        auto* combo = new QComboBox(parent);
        combo->addItems({QString(), tr("Yes"), tr("No")});
        return combo;
    }
    case FieldType::Reference: {
        auto* line = new QLineEdit(parent);
        auto* completer = new QCompleter(referenceChoices(index.column()), line);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setMaxVisibleItems(12);
        // The list is as wide as its longest choice (key, name, department), not the column.
        int widest = 0;
        for (const QString& choice : referenceChoices(index.column()))
            widest = qMax(widest, line->fontMetrics().horizontalAdvance(choice));
        completer->popup()->setMinimumWidth(qMin(widest + 40, 640));
        line->setCompleter(completer);
        line->setPlaceholderText(tr("Type a number or a name"));
        return line;
    }
    case FieldType::MultiLine: {
        auto* text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        return text;
    }
    case FieldType::Integer:
    case FieldType::Decimal:
        if (!f.unit.isEmpty())
            return new UnitEdit(f.unit, parent);
        break;
    case FieldType::Date: {
        auto* line = new QLineEdit(parent);
        line->setPlaceholderText(QStringLiteral("2024-09-01"));
        return line;
    }
    case FieldType::YearMonth: {
        auto* line = new QLineEdit(parent);
        line->setPlaceholderText(QStringLiteral("202409"));
        line->setMaxLength(10);
        return line;
    }
    default:
        break;
    }
    auto* line = qobject_cast<QLineEdit*>(QStyledItemDelegate::createEditor(parent, option, index));
    if (line && f.maxLength > 0)
        line->setMaxLength(f.maxLength);
    return line ? static_cast<QWidget*>(line) : QStyledItemDelegate::createEditor(parent, option, index);
}

void GridDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString text = m_initialText.isNull() ? index.data(Qt::EditRole).toString() : m_initialText;
    const bool replacing = !m_initialText.isNull();
    m_initialText = QString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->isEditable()) {
            const QString code = index.data(TableRowModel::CanonicalRole).toString();
            const int i = replacing ? -1 : combo->findData(code);
            if (i >= 0)
                combo->setCurrentIndex(i);
            else
                combo->setEditText(text);
        } else {
            combo->setCurrentIndex(qMax(0, combo->findText(text)));
        }
        return;
    }
    if (auto* unit = dynamic_cast<UnitEdit*>(editor)) {
        unit->line->setText(text);
        return;
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        plain->setPlainText(text);
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(text);
        if (!replacing)
            line->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void GridDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    QString text;
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        text = combo->currentText();
        // "01 汉族" from the list: the code is what matters; typed text goes to the parser as is.
        const int i = combo->findText(text);
        if (combo->isEditable() && i > 0)
            text = combo->itemData(i).toString();
    } else if (auto* unit = dynamic_cast<UnitEdit*>(editor)) {
        text = unit->line->text();
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        text = plain->toPlainText();
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        text = line->text();
        const Field& f = m_model->table().fields.at(index.column());
        // A completion "20120035 张伟" stands for its key.
        if (f.type == FieldType::Reference && text.contains(QLatin1Char(' ')))
            text = text.section(QLatin1Char(' '), 0, 0);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (text == index.data(Qt::EditRole).toString() && !index.data(TableRowModel::RejectedRole).isValid())
        return; // unchanged: no write, no undo step
    model->setData(index, text, Qt::EditRole);
}

void GridDelegate::updateEditorGeometry(
    QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (qobject_cast<QPlainTextEdit*>(editor)) {
        QRect r = option.rect;
        r.setHeight(qMax(r.height() * 4, 90));
        r.setWidth(qMax(r.width(), 260));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace caiji
