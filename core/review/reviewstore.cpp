#include "reviewstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gk {

namespace {

const QLatin1String formatId("gkreview-review");

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject valueToJson(const CellValue &value)
{
    QJsonObject object;
    switch (value.kind()) {
    case CellValue::Kind::Blank:
        object.insert(QStringLiteral("kind"), QStringLiteral("blank"));
        break;
    case CellValue::Kind::Number:
        object.insert(QStringLiteral("kind"), QStringLiteral("number"));
        object.insert(QStringLiteral("number"), value.number());
        break;
    case CellValue::Kind::Invalid:
        object.insert(QStringLiteral("kind"), QStringLiteral("invalid"));
        break;
    }
    if (!value.text().isEmpty())
        object.insert(QStringLiteral("text"), value.text());
    return object;
}

CellValue valueFromJson(const QJsonObject &object)
{
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const QString text = object.value(QStringLiteral("text")).toString();
    if (kind == QLatin1String("number"))
        return CellValue::number(object.value(QStringLiteral("number")).toDouble(), text);
    if (kind == QLatin1String("invalid"))
        return CellValue::invalid(text);
    return CellValue::blank(text);
}

} // namespace

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent)
{
}

QString ReviewStore::reviewPathFor(const QString &reportPath)
{
    return reportPath + QStringLiteral(".gkreview.json");
}

QString ReviewStore::hashOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray ReviewStore::toJson(const Data &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatId);
    root.insert(QStringLiteral("version"), formatVersion);
    QJsonObject report;
    report.insert(QStringLiteral("file"), data.reportFileName);
    report.insert(QStringLiteral("sha256"), data.reportHash);
    root.insert(QStringLiteral("report"), report);
    root.insert(QStringLiteral("reviewer"), data.reviewerName);
    root.insert(QStringLiteral("created"), isoTime(data.created));
    root.insert(QStringLiteral("modified"), isoTime(data.modified));

    // Sorted keys keep the file stable between saves (QJsonObject sorts them).
    QJsonObject corrections;
    for (auto it = data.corrections.constBegin(); it != data.corrections.constEnd(); ++it) {
        QJsonObject c;
        c.insert(QStringLiteral("value"), valueToJson(it->value));
        if (!it->note.isEmpty())
            c.insert(QStringLiteral("note"), it->note);
        c.insert(QStringLiteral("reviewer"), it->reviewer);
        c.insert(QStringLiteral("time"), isoTime(it->time));
        corrections.insert(it.key(), c);
    }
    root.insert(QStringLiteral("corrections"), corrections);

    QJsonObject verdicts;
    for (auto it = data.verdicts.constBegin(); it != data.verdicts.constEnd(); ++it) {
        QJsonObject v;
        v.insert(QStringLiteral("verdict"), QStringLiteral("accepted"));
        if (!it->note.isEmpty())
            v.insert(QStringLiteral("note"), it->note);
        v.insert(QStringLiteral("reviewer"), it->reviewer);
        v.insert(QStringLiteral("time"), isoTime(it->time));
        verdicts.insert(it.key(), v);
    }
    root.insert(QStringLiteral("verdicts"), verdicts);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ReviewStore::fromJson(const QByteArray &json, Data *data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("not a JSON object (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatId) {
        *error = tr("not a gkreview review file");
        return false;
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > formatVersion) {
        *error = tr("review format version %1 is not supported (this program reads version %2)")
                     .arg(version)
                     .arg(formatVersion);
        return false;
    }
    const QJsonObject report = root.value(QStringLiteral("report")).toObject();
    data->reportFileName = report.value(QStringLiteral("file")).toString();
    data->reportHash = report.value(QStringLiteral("sha256")).toString();
    data->reviewerName = root.value(QStringLiteral("reviewer")).toString();
    data->created = parseTime(root.value(QStringLiteral("created")));
    data->modified = parseTime(root.value(QStringLiteral("modified")));
    data->corrections.clear();
    const QJsonObject corrections = root.value(QStringLiteral("corrections")).toObject();
    for (auto it = corrections.constBegin(); it != corrections.constEnd(); ++it) {
        const QJsonObject c = it.value().toObject();
        data->corrections.insert(it.key(),
                                 Correction{valueFromJson(c.value(QStringLiteral("value")).toObject()),
                                            c.value(QStringLiteral("note")).toString(),
                                            c.value(QStringLiteral("reviewer")).toString(),
                                            parseTime(c.value(QStringLiteral("time")))});
    }
    data->verdicts.clear();
    const QJsonObject verdicts = root.value(QStringLiteral("verdicts")).toObject();
    for (auto it = verdicts.constBegin(); it != verdicts.constEnd(); ++it) {
        const QJsonObject v = it.value().toObject();
        data->verdicts.insert(it.key(), Verdict{v.value(QStringLiteral("note")).toString(),
                                                v.value(QStringLiteral("reviewer")).toString(),
                                                parseTime(v.value(QStringLiteral("time")))});
    }
    return true;
}

ReviewStore::Data ReviewStore::dataOf(const Review &review, const QString &reportHash)
{
    Data data;
    data.reportHash = reportHash;
    data.reportFileName = review.report().fileName;
    data.reviewerName = review.reviewerName();
    data.created = review.created();
    data.modified = review.modified();
    data.corrections = review.corrections();
    data.verdicts = review.verdicts();
    return data;
}

ReviewStore::LoadResult ReviewStore::load(const QString &reportPath, Review *review)
{
    LoadResult result;
    result.currentHash = hashOfFile(reportPath);
    const QString path = reviewPathFor(reportPath);
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadStatus::Error;
        result.error = tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    QString error;
    if (!fromJson(file.readAll(), &result.data, &error)) {
        result.status = LoadStatus::Error;
        result.error = tr("%1: %2").arg(QFileInfo(path).fileName(), error);
        return result;
    }
    if (result.data.reportHash != result.currentHash) {
        result.status = LoadStatus::HashMismatch;
        return result;
    }
    apply(result.data, review);
    result.status = LoadStatus::Loaded;
    return result;
}

void ReviewStore::apply(const Data &data, Review *review)
{
    QSignalBlocker blocker(review); // one reset() below instead of a signal per field
    if (!data.reviewerName.isEmpty() && review->reviewerName().isEmpty())
        review->setReviewerName(data.reviewerName);
    blocker.unblock();
    review->restore(data.corrections, data.verdicts);
    review->setTimes(data.created, data.modified);
}

QString ReviewStore::setAside(const QString &reportPath)
{
    const QString path = reviewPathFor(reportPath);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".set-aside-") + stamp + QStringLiteral(".json");
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".set-aside-") + stamp + QLatin1Char('-') + QString::number(n)
            + QStringLiteral(".json");
    return QFile::rename(path, target) ? target : QString();
}

bool ReviewStore::save(const Review &review, const QString &reportPath, QString *error)
{
    return write(review, reportPath, hashOfFile(reportPath), error);
}

bool ReviewStore::write(const Review &review, const QString &reportPath, const QString &hash, QString *error)
{
    QSaveFile file(reviewPathFor(reportPath));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.write(toJson(dataOf(review, hash)));
    if (!file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void ReviewStore::attach(Review *review, const QString &reportPath)
{
    detach();
    m_review = review;
    m_reportPath = reportPath;
    m_reportHash = hashOfFile(reportPath); // the report is never written, so once is enough
    m_connection = connect(review, &Review::changed, this, &ReviewStore::saveNow);
}

void ReviewStore::detach()
{
    disconnect(m_connection);
    m_review = nullptr;
    m_reportPath.clear();
}

void ReviewStore::saveNow()
{
    if (!m_review)
        return;
    QString error;
    if (write(*m_review, m_reportPath, m_reportHash, &error)) {
        m_lastError.clear();
        Q_EMIT saved(reviewPathFor(m_reportPath));
    } else {
        m_lastError = error;
        Q_EMIT saveFailed(error);
    }
}

} // namespace gk
