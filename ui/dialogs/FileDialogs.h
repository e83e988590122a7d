#pragma once

#include <QCoreApplication>
#include <QFileIconProvider>
#include <QString>

class QFileDialog;
class QWidget;

namespace caiji {

/// Icons and type names from the file name alone. Qt's own provider asks the MIME database,
/// which opens a file to sniff its content when the name does not settle the type — as it does
/// for *.caiji — and closing that descriptor drops SQLite's locks on an open workspace
/// (OpenWorkspaceFiles). This one never opens a file.
class FileIconProvider : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(caiji::FileIconProvider)

public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;
};

/// Every file dialog of Caiji: Qt's own dialog with the provider above (a platform's native
/// dialog would sniff files as it pleases; on Windows, where locks belong to handles, the
/// native dialog is safe and is used).
class FileDialogs
{
public:
    static QString openFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    static FileIconProvider* iconProvider();
    /// What openFile() and saveFile() do to a dialog before showing it.
    static void prepare(QFileDialog& dialog);
};

} // namespace caiji
