#pragma once

#include <QHeaderView>
#include <QVector>

class QLineEdit;
class QTimer;

namespace caiji {

/// A horizontal header with a filter box under every column (as in DB Browser for SQLite).
/// Typing restarts a short timer; only when it fires (or on Enter) is filterChanged emitted,
/// so the database is not queried on every keystroke.
class FilterHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit FilterHeader(QWidget* parent = nullptr);

    void setColumnCount(int columns);
    int editorCount() const { return static_cast<int>(m_editors.size()); }
    void clearFilters();
    QString filterText(int column) const;
    void setFilterText(int column, const QString& text);
    QSize sizeHint() const override;

    static constexpr int kDebounceMs = 350;

signals:
    void filterChanged(int column, const QString& text);

protected:
    void updateGeometries() override;

private:
    void placeEditors();

    QVector<QLineEdit*> m_editors;
    QVector<QTimer*> m_timers;
};

} // namespace caiji
