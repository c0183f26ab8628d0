#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * Replaces a file with new bytes all at once, or not at all. Every write is checked and the data is
 * flushed before the new file takes the old one's name, so a full disk, a quota or a write error
 * leaves the previous file exactly as it was (QSaveFile alone, on Qt 6.4, commits a file whose
 * buffered write failed).
 */
class SafeWrite
{
    Q_DECLARE_TR_FUNCTIONS(gk::SafeWrite)
public:
    /** Writes `bytes` to `path`; false with `cause` (the system's reason, not the path) on failure. */
    static bool replace(const QString &path, const QByteArray &bytes, QString *cause);
};

} // namespace gk
