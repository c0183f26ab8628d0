#include "reviewstore.h"

#include "storage/safewrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

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

bool isOptionalString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || value.isString();
}

bool isOptionalTime(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || (value.isString() && (value.toString().isEmpty() || parseTime(value).isValid()));
}

} // namespace

bool ReviewStore::readValue(const QJsonValue &json, CellValue *value, QString *error)
{
    if (!json.isObject()) {
        *error = tr("the value is not an object");
        return false;
    }
    const QJsonObject object = json.toObject();
    const QJsonValue text = object.value(QStringLiteral("text"));
    if (!text.isUndefined() && !text.isString()) {
        *error = tr("the value's text is not a string");
        return false;
    }
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    if (kind == QLatin1String("number")) {
        const QJsonValue number = object.value(QStringLiteral("number"));
        // QJsonValue::isDouble is true for every JSON number; a string ("abc") or null is refused.
        if (!number.isDouble() || !qIsFinite(number.toDouble())) {
            *error = tr("the value of kind \"number\" has no number");
            return false;
        }
        *value = CellValue::number(number.toDouble(), text.toString());
        return true;
    }
    if (kind == QLatin1String("invalid")) {
        *value = CellValue::invalid(text.toString());
        return true;
    }
    if (kind == QLatin1String("blank")) {
        *value = CellValue::blank(text.toString());
        return true;
    }
    *error = kind.isString() ? tr("unknown kind of value \"%1\"").arg(kind.toString()) : tr("the value has no kind");
    return false;
}

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent)
{
    m_retry.setInterval(10000);
    connect(&m_retry, &QTimer::timeout, this, &ReviewStore::saveNow);
}

QString ReviewStore::reviewPathFor(const QString &reportPath)
{
    return reportPath + QStringLiteral(".gkreview.json");
}

QString ReviewStore::hashOfFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return QString(); // a FIFO would block here
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

QString ReviewStore::hashOfReport(const Report &report, const QString &reportPath)
{
    if (report.pageFiles.size() < 2)
        return hashOfFile(reportPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &page : report.pageFiles) {
        const QString pageHash = hashOfFile(page);
        if (pageHash.isEmpty())
            return QString();
        hash.addData(pageHash.toLatin1());
        hash.addData("\n");
    }
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
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const int version = versionValue.toInt();
    if (!versionValue.isDouble() || version < 1 || version > formatVersion || versionValue.toDouble() != version) {
        *error = tr("review format version %1 is not supported (this program reads version %2)")
                     .arg(versionValue.isDouble() ? QString::number(versionValue.toDouble())
                                                  : versionValue.toVariant().toString())
                     .arg(formatVersion);
        return false;
    }
    const QJsonValue reportValue = root.value(QStringLiteral("report"));
    const QJsonObject report = reportValue.toObject();
    if (!reportValue.isObject() || !isOptionalString(report, QStringLiteral("file"))
        || !report.value(QStringLiteral("sha256")).isString()) {
        *error = tr("the report it was made for is not named (\"report\" with \"file\" and \"sha256\")");
        return false;
    }
    if (!isOptionalString(root, QStringLiteral("reviewer")) || !isOptionalTime(root, QStringLiteral("created"))
        || !isOptionalTime(root, QStringLiteral("modified"))) {
        *error = tr("the reviewer or the times are not text of the right form");
        return false;
    }
    const QJsonValue correctionsValue = root.value(QStringLiteral("corrections"));
    const QJsonValue verdictsValue = root.value(QStringLiteral("verdicts"));
    if ((!correctionsValue.isUndefined() && !correctionsValue.isObject())
        || (!verdictsValue.isUndefined() && !verdictsValue.isObject())) {
        *error = tr("\"corrections\" and \"verdicts\" must be objects");
        return false;
    }

    Data parsed;
    parsed.reportFileName = report.value(QStringLiteral("file")).toString();
    parsed.reportHash = report.value(QStringLiteral("sha256")).toString();
    parsed.reviewerName = root.value(QStringLiteral("reviewer")).toString();
    parsed.created = parseTime(root.value(QStringLiteral("created")));
    parsed.modified = parseTime(root.value(QStringLiteral("modified")));
    const QJsonObject corrections = correctionsValue.toObject();
    for (auto it = corrections.constBegin(); it != corrections.constEnd(); ++it) {
        const QJsonObject c = it.value().toObject();
        CellValue value;
        QString cause;
        if (!it.value().isObject())
            cause = tr("it is not an object");
        else if (!readValue(c.value(QStringLiteral("value")), &value, &cause))
            ;
        else if (!isOptionalString(c, QStringLiteral("note")) || !isOptionalString(c, QStringLiteral("reviewer"))
                 || !isOptionalTime(c, QStringLiteral("time")))
            cause = tr("its note, reviewer or time is not text of the right form");
        if (!cause.isEmpty()) {
            *error = tr("the correction of %1: %2").arg(it.key(), cause);
            return false;
        }
        parsed.corrections.insert(it.key(), Correction{value, c.value(QStringLiteral("note")).toString(),
                                                       c.value(QStringLiteral("reviewer")).toString(),
                                                       parseTime(c.value(QStringLiteral("time")))});
    }
    const QJsonObject verdicts = verdictsValue.toObject();
    for (auto it = verdicts.constBegin(); it != verdicts.constEnd(); ++it) {
        const QJsonObject v = it.value().toObject();
        if (!it.value().isObject() || v.value(QStringLiteral("verdict")) != QLatin1String("accepted")
            || !isOptionalString(v, QStringLiteral("note")) || !isOptionalString(v, QStringLiteral("reviewer"))
            || !isOptionalTime(v, QStringLiteral("time"))) {
            *error = tr("the verdict on finding %1 is not {\"verdict\": \"accepted\"} with text for its note, "
                        "reviewer and time").arg(it.key());
            return false;
        }
        parsed.verdicts.insert(it.key(), Verdict{v.value(QStringLiteral("note")).toString(),
                                                 v.value(QStringLiteral("reviewer")).toString(),
                                                 parseTime(v.value(QStringLiteral("time")))});
    }
    *data = parsed;
    return true;
}

bool ReviewStore::checkCells(const Data &data, const Report &report, QString *error)
{
    // Sorted, so the message names the same cell whatever the hash order.
    QStringList ids = data.corrections.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        if (!report.cell(id)) {
            *error = tr("it corrects the cell %1, which the report does not have").arg(id);
            return false;
        }
    }
    return true;
}

bool ReviewStore::readFile(const QString &path, const Report &report, Data *data, QString *error)
{
    const QFileInfo info(path);
    // A FIFO or a device would block read() or never end.
    if (info.exists() && !info.isFile()) {
        *error = tr("not a regular file");
        return false;
    }
    if (info.size() > maxFileSize) {
        *error = tr("%1 MB is too large for a review (at most %2 MB)")
                     .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                     .arg(maxFileSize / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!fromJson(file.read(maxFileSize + 1), data, error) || !checkCells(*data, report, error))
        return false;
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
    result.currentHash = hashOfReport(review->report(), reportPath);
    const QString path = reviewPathFor(reportPath);
    if (!QFileInfo::exists(path))
        return result;
    QString cause;
    if (!readFile(path, review->report(), &result.data, &cause)) {
        result.error = tr("%1: %2").arg(QFileInfo(path).fileName(), cause);
        result.status = LoadStatus::Error;
        result.data = Data();
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
    return write(review, reviewPathFor(reportPath), hashOfReport(review.report(), reportPath), error);
}

bool ReviewStore::write(const Review &review, const QString &path, const QString &hash, QString *error)
{
    QString cause;
    if (!SafeWrite::replace(path, toJson(dataOf(review, hash)), &cause)) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), cause);
        return false;
    }
    return true;
}

void ReviewStore::attach(Review *review, const QString &reportPath)
{
    detach();
    m_review = review;
    m_reportPath = reportPath;
    m_reviewPath = reviewPathFor(reportPath);
    m_reportHash = hashOfReport(review->report(), reportPath); // the report is never written: once is enough
    m_connection = connect(review, &Review::changed, this, &ReviewStore::saveNow);
}

void ReviewStore::detach()
{
    disconnect(m_connection);
    m_review = nullptr;
    m_reportPath.clear();
    m_reviewPath.clear();
    m_lastError.clear();
    setUnsaved(false);
}

bool ReviewStore::saveNow()
{
    if (!m_review)
        return false;
    QString error;
    if (write(*m_review, m_reviewPath, m_reportHash, &error)) {
        m_lastError.clear();
        setUnsaved(false);
        Q_EMIT saved(m_reviewPath);
        return true;
    }
    m_lastError = error;
    setUnsaved(true);
    Q_EMIT saveFailed(error);
    return false;
}

bool ReviewStore::saveAs(const QString &path, QString *error)
{
    if (!m_review) {
        *error = tr("no review is open");
        return false;
    }
    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_reportPath).canonicalFilePath()) {
        *error = tr("%1: this is the report itself, which is never written").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (target.isDir()) {
        *error = tr("%1: it is a folder").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!write(*m_review, target.absoluteFilePath(), m_reportHash, error))
        return false;
    m_reviewPath = target.absoluteFilePath();
    m_lastError.clear();
    setUnsaved(false);
    Q_EMIT saved(m_reviewPath);
    return true;
}

void ReviewStore::setUnsaved(bool unsaved)
{
    if (unsaved)
        m_retry.start(); // (re)started: the next try comes one interval after the last failure
    else
        m_retry.stop();
    if (unsaved == m_unsaved)
        return;
    m_unsaved = unsaved;
    Q_EMIT unsavedChanged(unsaved);
}

} // namespace gk
