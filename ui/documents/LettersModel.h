#pragma once

#include "core/documents/LetterRegistry.h"

#include <QAbstractTableModel>
#include <QHash>

namespace caiji {

/// The registry's letters of a round as a table: number, department, state (待签回, 已签回,
/// 作废), 校验码, when and by whom printed, the signed scan.
class LettersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Department,
        State,
        Code,
        Data,
        Issued,
        IssuedBy,
        Scan,
        ColumnCount,
    };
    enum Roles
    {
        NumberRole = Qt::UserRole + 1,
        StateRole,
    };

    explicit LettersModel(QObject* parent = nullptr);

    /// The letters to show (already those the account may see), the departments' names, and
    /// per letter number the tables whose data changed since it was printed (absent: unchecked).
    void setLetters(QVector<IssuedLetter> letters, QHash<QString, QString> departmentNames,
        QHash<QString, QStringList> changed = {});
    const IssuedLetter& letterAt(int row) const { return m_letters.at(row); }
    int rowOf(const QString& number) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<IssuedLetter> m_letters;
    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_changed;
};

} // namespace caiji
