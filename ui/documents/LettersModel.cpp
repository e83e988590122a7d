#include "LettersModel.h"

#include <QBrush>
#include <QDateTime>

namespace caiji {

LettersModel::LettersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LettersModel::setLetters(
    QVector<IssuedLetter> letters, QHash<QString, QString> departmentNames, QHash<QString, QStringList> changed)
{
    beginResetModel();
    m_letters = std::move(letters);
    m_names = std::move(departmentNames);
    m_changed = std::move(changed);
    endResetModel();
}

int LettersModel::rowOf(const QString& number) const
{
    for (int r = 0; r < m_letters.size(); ++r) {
        if (m_letters[r].number == number)
            return r;
    }
    return -1;
}

int LettersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_letters.size());
}

int LettersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LettersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IssuedLetter& l = m_letters.at(index.row());
    if (role == NumberRole)
        return l.number;
    if (role == StateRole)
        return l.state;
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (l.state == QLatin1String("void"))
            return QBrush(QColor(192, 57, 43));
        if (l.state == QLatin1String("signed"))
            return QBrush(QColor(30, 132, 73));
        return {};
    }
    const auto changed = m_changed.constFind(l.number);
    if (index.column() == Data && changed != m_changed.constEnd()) {
        if (role == Qt::ForegroundRole && !changed->isEmpty())
            return QBrush(QColor(192, 57, 43));
        if (role == Qt::ToolTipRole && !changed->isEmpty())
            return changed->join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && l.state == QLatin1String("void"))
        return tr("Void since %1: the data changed after it was printed.").arg(l.voidedAt.left(10));
    if (role != Qt::DisplayRole)
        return {};
    auto local = [](const QString& at) {
        return at.isEmpty()
            ? QString()
            : QDateTime::fromString(at, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    switch (index.column()) {
    case Number:
        return l.replaces.isEmpty() ? l.number : tr("%1 (replaces %2)").arg(l.number, l.replaces);
    case Department:
        return m_names.value(l.department, l.department);
    case State:
        return LetterRegistry::stateDisplayName(l.state);
    case Code:
        return l.code;
    case Data:
        if (changed == m_changed.constEnd())
            return QString();
        return changed->isEmpty() ? tr("matches")
                                  : tr("changed: %n table(s)", nullptr, static_cast<int>(changed->size()));
    case Issued:
        return local(l.issuedAt);
    case IssuedBy:
        return l.issuedBy;
    case Scan:
        return l.scanName.isEmpty() ? QString() : tr("%1 (%2, %3)").arg(l.scanName, l.signedBy, local(l.signedAt));
    default:
        return {};
    }
}

QVariant LettersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Letter number");
    case Department:
        return tr("Department");
    case State:
        return tr("State");
    case Code:
        return tr("Verification code");
    case Data:
        return tr("Data now");
    case Issued:
        return tr("Printed");
    case IssuedBy:
        return tr("Printed by");
    case Scan:
        return tr("Signed scan");
    default:
        return {};
    }
}

} // namespace caiji
