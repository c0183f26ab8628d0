#include "safewrite.h"

#include <QSaveFile>

namespace gk {

bool SafeWrite::replace(const QString &path, const QByteArray &bytes, QString *cause)
{
    QSaveFile file(path);
    // Unbuffered: a failed write is seen by write() itself, and QSaveFile records it so that
    // commit() refuses; a buffered write would fail only in flush(), which commit() ignores.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (cause)
            *cause = file.errorString();
        return false;
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            if (cause)
                *cause = file.errorString();
            return false; // the temporary file is removed with `file`; the old one is untouched
        }
        written += n;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        if (cause)
            *cause = file.errorString();
        return false;
    }
    if (file.size() != bytes.size()) {
        if (cause)
            *cause = tr("only %1 of %2 bytes could be written").arg(file.size()).arg(bytes.size());
        return false;
    }
    if (!file.commit()) {
        if (cause)
            *cause = file.errorString();
        return false;
    }
    return true;
}

} // namespace gk
