#include "reportfinder.h"

#include <QDir>
#include <QDirIterator>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace gk {

const QStringList &ReportFinder::suffixes()
{
    static const QStringList list = {QStringLiteral("txt"),  QStringLiteral("html"), QStringLiteral("htm"),
                                     QStringLiteral("shtml"), QStringLiteral("docx"), QStringLiteral("doc"),
                                     QStringLiteral("wps"),  QStringLiteral("pdf"),  QStringLiteral("rtf")};
    return list;
}

bool ReportFinder::isReportName(const QString &fileName)
{
    if (fileName.startsWith(QLatin1Char('.')) || fileName.contains(QLatin1String(".gkreview.json")))
        return false;
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && suffixes().contains(fileName.mid(dot + 1).toLower());
}

QList<FoundReport> ReportFinder::inFolder(const QString &folder)
{
    const QDir root(folder);
    QList<FoundReport> found;
    QHash<QString, qint64> reviews;
    // Hidden folders (.git, a store's set-aside copies) are not walked; symbolic links are not followed,
    // so a link back up the tree cannot make the walk endless.
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.fileName().endsWith(QLatin1String(".gkreview.json"))) {
            reviews.insert(QDir::cleanPath(info.absoluteFilePath()), info.lastModified().toMSecsSinceEpoch());
            continue;
        }
        if (info.isSymLink() || !isReportName(info.fileName()))
            continue;
        // The walk has already asked the file system for these: an index of 10,000 reports needs no second stat.
        found.append({QDir::cleanPath(info.absoluteFilePath()), root.relativeFilePath(path), info.size(),
                      info.lastModified().toMSecsSinceEpoch(), 0});
    }
    for (FoundReport &report : found)
        report.reviewModified = reviews.value(report.path + QLatin1String(".gkreview.json"), 0);
    std::sort(found.begin(), found.end(), [](const FoundReport &a, const FoundReport &b) {
        return QString::compare(a.relativePath, b.relativePath, Qt::CaseSensitive) < 0;
    });
    return found;
}

QList<FoundReport> ReportFinder::find(const QStringList &paths)
{
    QList<FoundReport> found;
    QSet<QString> seen;
    const auto add = [&](const FoundReport &report) {
        if (!seen.contains(report.path)) {
            seen.insert(report.path);
            found.append(report);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QList<FoundReport> inside = inFolder(path);
            for (const FoundReport &report : inside)
                add(report);
        } else {
            add({info.exists() ? QDir::cleanPath(info.absoluteFilePath()) : path, info.fileName()});
        }
    }
    return found;
}

} // namespace gk
