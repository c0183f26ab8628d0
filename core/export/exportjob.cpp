#include "exportjob.h"

#include "csvexporter.h"
#include "jsonexporter.h"
#include "review/reviewstore.h"
#include "xlsxexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace gk {

namespace {

/** The same file however it is written (relative, with "..", through a link). */
QString samePathKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

QString ExportJob::refuseDestinations(const ExportDocument &document, const ExportTargets &targets,
                                      const QStringList &reviewFiles)
{
    // An export must never overwrite what it was made from: the report, or the reviewer's saved work.
    const QString report = document.original().filePath;
    QHash<QString, QString> kept;
    if (!report.isEmpty()) {
        kept.insert(samePathKey(report), tr("the report itself"));
        kept.insert(samePathKey(ReviewStore::reviewPathFor(report)), tr("the saved review of the report"));
    }
    for (const QString &review : reviewFiles)
        kept.insert(samePathKey(review), tr("the saved review of the report"));
    QHash<QString, QString> used;
    const QList<QPair<QString, QString>> destinations{{targets.csv, QStringLiteral("CSV")},
                                                      {targets.xlsx, QStringLiteral("XLSX")},
                                                      {targets.json, QStringLiteral("JSON")}};
    for (const auto &[path, format] : destinations) {
        if (path.isEmpty())
            continue;
        const QString key = samePathKey(path);
        if (kept.contains(key)) {
            return tr("%1 is %2: choose another destination for the %3 export")
                .arg(QDir::toNativeSeparators(path), kept.value(key), format);
        }
        if (used.contains(key)) {
            return tr("%1 is given for both the %2 and the %3 export")
                .arg(QDir::toNativeSeparators(path), used.value(key), format);
        }
        used.insert(key, format);
    }
    return QString();
}

ExportJob::Result ExportJob::run(const ExportDocument &document, const ExportTargets &targets,
                                 const QStringList &reviewFiles)
{
    Result result;
    if (targets.isEmpty()) {
        result.error = tr("Nothing to export: choose CSV, XLSX or JSON");
        return result;
    }
    result.error = refuseDestinations(document, targets, reviewFiles);
    if (!result.error.isEmpty())
        return result;
    if (!targets.csv.isEmpty() && !CsvExporter::write(document, targets.csv, &result.written, &result.error))
        return result;
    if (!targets.xlsx.isEmpty()) {
        if (!XlsxExporter::write(document, targets.xlsx, &result.error))
            return result;
        result.written.append(targets.xlsx);
    }
    if (!targets.json.isEmpty()) {
        if (!JsonExporter::write(document, targets.json, &result.error))
            return result;
        result.written.append(targets.json);
    }
    result.ok = true;
    return result;
}

} // namespace gk
