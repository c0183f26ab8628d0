#include "exportfile.h"

#include "storage/safewrite.h"

#include <QDir>
#include <QFileInfo>

namespace gk {

void ExportFile::setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool ExportFile::save(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!checkParentFolder(path, error))
        return false;
    if (QFileInfo(path).isDir()) {
        setError(error, tr("Cannot write %1: it is a folder").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString cause;
    if (!SafeWrite::replace(path, bytes, &cause)) {
        setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), cause));
        return false;
    }
    return true;
}

bool ExportFile::makeFolder(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        setError(error, tr("Cannot write into %1: it is a file, not a folder").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (info.exists() || QDir().mkpath(path))
        return true;
    // Name the cause: the nearest part of the path that exists is a file, or cannot be written.
    QFileInfo ancestor(info.absolutePath());
    while (!ancestor.exists() && ancestor.absoluteFilePath() != ancestor.absolutePath())
        ancestor = QFileInfo(ancestor.absolutePath());
    const QString where = QDir::toNativeSeparators(ancestor.absoluteFilePath());
    if (!ancestor.isDir())
        setError(error, tr("Cannot create the folder %1: %2 is a file").arg(QDir::toNativeSeparators(path), where));
    else
        setError(error, tr("Cannot create the folder %1: %2 is not writable").arg(QDir::toNativeSeparators(path), where));
    return false;
}

bool ExportFile::checkParentFolder(const QString &filePath, QString *error)
{
    const QFileInfo parent(QFileInfo(filePath).absolutePath());
    if (!parent.exists()) {
        setError(error, tr("Cannot write %1: the folder %2 does not exist")
                            .arg(QDir::toNativeSeparators(filePath), QDir::toNativeSeparators(parent.filePath())));
        return false;
    }
    if (!parent.isDir()) {
        setError(error, tr("Cannot write %1: %2 is not a folder")
                            .arg(QDir::toNativeSeparators(filePath), QDir::toNativeSeparators(parent.filePath())));
        return false;
    }
    return true;
}

} // namespace gk
