#include "LettersDialog.h"

#include "ui/dialogs/WriterWait.h"

#include "LettersModel.h"
#include "PrintPreview.h"

#include "core/documents/LetterPrinter.h"
#include "core/documents/LetterRegistry.h"
#include "core/documents/ScanReader.h"
#include "core/session/Session.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/Notices.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace caiji {

LettersDialog::LettersDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new LettersModel(this))
    , m_view(new QTableView(this))
    , m_code(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Confirmation letters of round %1").arg(session.round()));
    resize(980, 560);
    auto* layout = new QVBoxLayout(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto* actions = new QHBoxLayout;
    auto button = [this, actions](const QString& text, void (LettersDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    button(tr("Print &preview…"), &LettersDialog::previewSelected);
    button(tr("Save as &PDF…"), &LettersDialog::saveSelected);
    button(tr("&Attach the signed scan…"), &LettersDialog::attachToSelected);
    button(tr("Save the &scan…"), &LettersDialog::saveScanOfSelected);
    actions->addStretch(1);
    layout->addLayout(actions);
    // Verification: the code typed off the paper, or a scan or photo of it.
    auto* check = new QHBoxLayout;
    check->addWidget(new QLabel(tr("Verification code:"), this));
    m_code->setPlaceholderText(tr("e.g. 8R9K-HZSA-8W0Z-BAC9-X"));
    m_code->setClearButtonEnabled(true);
    check->addWidget(m_code, 1);
    auto* byCode = new QPushButton(tr("&Verify"), this);
    auto* byScan = new QPushButton(tr("Verify a scan or &photo…"), this);
    check->addWidget(byCode);
    check->addWidget(byScan);
    layout->addLayout(check);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    auto run = [this](const QString& input) {
        bool matches = false;
        QString message;
        showResult(verify(input, &matches, &message), matches, message);
    };
    connect(byCode, &QPushButton::clicked, this, [this, run] { run(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this, run] { run(m_code->text()); });
    connect(byScan, &QPushButton::clicked, this, [this, run] {
        const QString path = FileDialogs::openFile(this, tr("Scan or photo of a letter"), QString(),
            tr("Scans and photos (*.pdf *.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
        if (!path.isEmpty())
            run(path);
    });
    reload();
}

void LettersDialog::reload()
{
    QString error;
    QVector<IssuedLetter> shown;
    QHash<QString, QStringList> changed;
    const Actor& a = m_session.actor();
    LetterRegistry registry(m_session.gateway());
    for (const IssuedLetter& l : registry.letters(m_session.round(), &error)) {
        // The office and the leadership keep the whole registry; a department sees its own.
        if (!a.isOffice() && !a.has(Role::Leader) && a.department != l.department)
            continue;
        shown.append(l);
        // Whether a letter that stands still matches its data: a change since (a revision not
        // yet printed again) shows before anyone relies on the paper. A department's tables
        // hash in milliseconds.
        LetterCheck check;
        if (l.state != QLatin1String("void") && registry.check(l, &check, nullptr))
            changed.insert(l.number, check.changedTables);
    }
    m_model->setLetters(shown, m_session.policy().departmentNames(), changed);
    m_view->resizeColumnsToContents();
    if (!error.isEmpty())
        showResult(false, false, error);
}

QString LettersDialog::selectedNumber() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(LettersModel::NumberRole).toString();
}

bool LettersDialog::printoutOf(const QString& number, Printout* out, QString* message)
{
    return LetterPrinter::prepareIssued(m_session.gateway(), number, out, nullptr, message);
}

bool LettersDialog::attachScan(const QString& number, const QString& path, QString* message)
{
    QByteArray payload;
    QByteArray content;
    QString unread;
    // A scan without a readable QR code is still taken: the paper is what was signed.
    if (!ScanReader::read(path, &payload, &content, &unread) && content.isEmpty()) {
        *message = unread;
        return false;
    }
    if (!WriterWait::run(this, m_session.workspace(), [&] {
            return LetterRegistry(m_session.gateway())
                .attachScan(number, QFileInfo(path).fileName(), content, payload, message);
        }))
        return false;
    *message = tr("The signed scan %1 is attached to letter %2: it is signed and returned.")
                   .arg(QFileInfo(path).fileName(), number);
    if (payload.isEmpty())
        *message += QLatin1Char('\n') + tr("Note: no QR code was found in the scan (%1).").arg(unread);
    reload();
    return true;
}

bool LettersDialog::verify(const QString& codeOrPath, bool* matches, QString* message)
{
    LetterCheck check;
    if (!LetterRegistry(m_session.gateway()).verifyCodeOrScan(codeOrPath, &check, message))
        return false;
    *matches = check.matches;
    *message = LetterRegistry::summary(check, m_session.policy().departmentName(check.letter.department))
                   .join(QLatin1Char('\n'));
    m_view->selectRow(m_model->rowOf(check.letter.number));
    return true;
}

void LettersDialog::showResult(bool ok, bool matches, const QString& message)
{
    const QString color = ok && matches ? QStringLiteral("#1e8449") : QStringLiteral("#c0392b");
    m_result->setText(QStringLiteral("<span style=\"color: %1;\">%2</span>")
                          .arg(color, message.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"))));
}

bool LettersDialog::selectedPrintout(Printout* out, QString* number)
{
    *number = selectedNumber();
    if (number->isEmpty())
        return false;
    QString message;
    if (printoutOf(*number, out, &message))
        return true;
    Notices::refusal(this, message, {});
    return false;
}

void LettersDialog::previewSelected()
{
    Printout printout;
    QString number;
    if (selectedPrintout(&printout, &number))
        PrintPreview::show(this, printout);
}

void LettersDialog::saveSelected()
{
    Printout printout;
    QString number;
    if (selectedPrintout(&printout, &number))
        PrintPreview::saveAsPdf(this, printout, tr("confirmation letter %1.pdf").arg(number));
}

void LettersDialog::attachToSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    const QString path = FileDialogs::openFile(this, tr("Signed scan of letter %1").arg(number), QString(),
        tr("Scans and photos (*.pdf *.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    QString message;
    if (attachScan(number, path, &message))
        QMessageBox::information(this, tr("Signed scan"), message);
    else
        Notices::refusal(this, message, {});
}

void LettersDialog::saveScanOfSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    QByteArray content;
    QString name;
    QString error;
    if (!LetterRegistry(m_session.gateway()).scan(number, &content, &name, &error)) {
        Notices::refusal(this, error, {});
        return;
    }
    const QString path = FileDialogs::saveFile(this, tr("Save the signed scan"), name, QString());
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        Notices::refusal(this, tr("Cannot write %1.").arg(path), {});
}

} // namespace caiji
