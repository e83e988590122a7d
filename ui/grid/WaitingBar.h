#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace caiji {

/// The strip above the grid while edits wait for another program's write to end: who writes,
/// that the edits will land by themselves, and a button to give them up.
class WaitingBar : public QFrame
{
    Q_OBJECT

public:
    explicit WaitingBar(QWidget* parent = nullptr);

    /// Shows the bar for `count` waiting edits while `who` writes.
    void showWaiting(const QString& who, int count);
    /// Says for a few seconds that `count` waiting edits were given up, not saved.
    void showGivenUp(int count);
    QString text() const;

signals:
    void cancelRequested();

private:
    static constexpr int kGivenUpMs = 5000;
    QLabel* m_text;
    QPushButton* m_cancel;
};

} // namespace caiji
