#pragma once

#include "core/documents/Printout.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;

namespace caiji {

class LettersModel;
class Session;

/// 确认书登记与核验: the round's confirmation letters (the office sees every department's, a
/// department its own) with their state; a letter reprinted as issued (作废 marked), the signed
/// paper's scan attached (then 已签回) or saved back out; any letter checked by its 校验码 or a
/// scan or photo of the paper.
class LettersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LettersDialog(Session& session, QWidget* parent = nullptr);

    LettersModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void reload();
    /// The letter `number` as it was issued, ready to preview, print or save.
    bool printoutOf(const QString& number, Printout* out, QString* message);
    /// Attaches the scan at `path` to letter `number`; `message` says what happened.
    bool attachScan(const QString& number, const QString& path, QString* message);
    /// Checks a typed 校验码 or the scan or photo at a path; the result shows under the list.
    /// True when the check ran (`matches` says whether the data still matches).
    bool verify(const QString& codeOrPath, bool* matches, QString* message);

private:
    QString selectedNumber() const;
    /// The selected letter as issued; false (said) when none is selected or it is not the
    /// account's to print.
    bool selectedPrintout(Printout* out, QString* number);
    void previewSelected();
    void saveSelected();
    void attachToSelected();
    void saveScanOfSelected();
    void showResult(bool ok, bool matches, const QString& message);

    Session& m_session;
    LettersModel* m_model;
    QTableView* m_view;
    QLineEdit* m_code;
    QLabel* m_result;
};

} // namespace caiji
