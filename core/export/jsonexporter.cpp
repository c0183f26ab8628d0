#include "jsonexporter.h"

#include "exportfile.h"
#include "reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gk {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject JsonExporter::toJson(const ExportDocument &document)
{
    QJsonObject object = ReportJson::toJson(document.corrected(), document.findings());

    QJsonObject corrections;
    QStringList ids = document.corrections().keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const Correction correction = document.corrections().value(id);
        QJsonObject c;
        c.insert(QStringLiteral("value_as_read"), document.originalValue(id).toJson());
        c.insert(QStringLiteral("value"), correction.value.toJson());
        if (correction.value.isInvalid())
            c.insert(QStringLiteral("text"), correction.value.text());
        c.insert(QStringLiteral("note"), correction.note);
        c.insert(QStringLiteral("reviewer"), correction.reviewer);
        c.insert(QStringLiteral("time"), timeJson(correction.time));
        corrections.insert(id, c);
    }
    object.insert(QStringLiteral("corrections"), corrections);

    QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
    for (int i = 0; i < findings.size() && i < document.findings().size(); ++i) {
        QJsonObject f = findings.at(i).toObject();
        const std::optional<Verdict> verdict = document.verdict(document.findings().at(i));
        f.insert(QStringLiteral("verdict"), verdict ? QStringLiteral("accepted") : QStringLiteral("open"));
        if (verdict) {
            f.insert(QStringLiteral("verdict_note"), verdict->note);
            f.insert(QStringLiteral("verdict_reviewer"), verdict->reviewer);
            f.insert(QStringLiteral("verdict_time"), timeJson(verdict->time));
        }
        findings.replace(i, f);
    }
    object.insert(QStringLiteral("findings"), findings);

    QJsonObject review;
    review.insert(QStringLiteral("reviewer"), document.reviewerName());
    review.insert(QStringLiteral("modified"), timeJson(document.reviewModified()));
    object.insert(QStringLiteral("review"), review);
    return object;
}

bool JsonExporter::write(const ExportDocument &document, const QString &path, QString *error)
{
    return ExportFile::save(path, QJsonDocument(toJson(document)).toJson(QJsonDocument::Indented), error);
}

} // namespace gk
