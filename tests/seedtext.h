#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace gk::test {

/** The path of the seed report whose name starts with prefix ("003"), from GK_SHARED_DIR. */
inline QString seedPath(const QString &prefix)
{
    const QDir dir(QStringLiteral(GK_SHARED_DIR "/seeds"));
    const QStringList names = dir.entryList({prefix + QStringLiteral("_*")}, QDir::Files);
    return names.isEmpty() ? QString() : dir.filePath(names.constFirst());
}

inline QString seedText(const QString &prefix)
{
    QFile file(seedPath(prefix));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace gk::test
