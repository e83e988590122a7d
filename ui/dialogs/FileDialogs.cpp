#include "FileDialogs.h"

#include <QFileDialog>
#include <QMimeDatabase>

namespace caiji {

namespace {
QMimeType byName(const QFileInfo& info)
{
    // MatchExtension: the name only, never the content.
    return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
}

QString run(QFileDialog& dialog)
{
    FileDialogs::prepare(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return dialog.selectedFiles().value(0);
}
} // namespace

QIcon FileIconProvider::icon(const QFileInfo& info) const
{
    if (info.isDir())
        return QFileIconProvider::icon(QAbstractFileIconProvider::Folder);
    const QMimeType mime = byName(info);
    const QIcon fallback = QFileIconProvider::icon(QAbstractFileIconProvider::File);
    if (mime.isDefault())
        return fallback;
    return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), fallback));
}

QString FileIconProvider::type(const QFileInfo& info) const
{
    if (info.isDir())
        return tr("Folder");
    if (info.suffix().compare(QLatin1String("caiji"), Qt::CaseInsensitive) == 0)
        return tr("Caiji workspace");
    const QMimeType mime = byName(info);
    if (!mime.isDefault())
        return mime.comment();
    return info.suffix().isEmpty() ? tr("File") : tr("%1 file").arg(info.suffix().toUpper());
}

FileIconProvider* FileDialogs::iconProvider()
{
    static FileIconProvider provider;
    return &provider;
}

void FileDialogs::prepare(QFileDialog& dialog)
{
#ifndef Q_OS_WIN
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(iconProvider());
#else
    Q_UNUSED(dialog)
#endif
}

QString FileDialogs::openFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    QFileDialog dialog(parent, title, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    QFileDialog dialog(parent, title, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (!suggested.isEmpty())
        dialog.selectFile(suggested);
    return run(dialog);
}

} // namespace caiji
