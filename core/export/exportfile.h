#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gk {

/** Atomic writes for the exporters: a destination holds the old file or the new one, never half. */
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(gk::ExportFile)
public:
    /** Writes `bytes` through SafeWrite (the old file stays whole on any failure); false with a one-line error naming the file and the cause. */
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
    /** Creates the folder (and its parents) if missing; false with an error when it cannot be a folder. */
    static bool makeFolder(const QString &path, QString *error);
    /** The folder a file is to be written in exists and is a folder; else false with an error. */
    static bool checkParentFolder(const QString &filePath, QString *error);
    /** Puts `message` into `error` unless the caller passed no error string. */
    static void setError(QString *error, const QString &message);
};

} // namespace gk
