#include "workspacestore.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace gk {

namespace {

const QString formatName = QStringLiteral("gkreview-workspace");

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("gk-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool folderIsWritable(const QString &folder)
{
    // QFileInfo::isWritable() reads the mode bits, which lie on read-only mounts; try a file instead.
    QFile probe(QDir(folder).filePath(QStringLiteral(".gkreview-write-test")));
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    probe.remove();
    return true;
}

} // namespace

WorkspaceStore::WorkspaceStore(const QString &folder)
    : m_folder(QDir(folder).absolutePath())
    , m_path(pathFor(folder))
    , m_connection(nextConnectionName())
{
}

WorkspaceStore::~WorkspaceStore()
{
    closeConnection();
}

QString WorkspaceStore::fileName()
{
    return QStringLiteral(".gkreview-workspace.sqlite");
}

QString WorkspaceStore::pathFor(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    if (folderIsWritable(absolute))
        return QDir(absolute).filePath(fileName());
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash((canonical.isEmpty() ? absolute : canonical).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(data).filePath(QStringLiteral("workspaces/") + QFileInfo(absolute).fileName() + QLatin1Char('-')
                               + QString::fromLatin1(hash) + QLatin1String(".sqlite"));
}

bool WorkspaceStore::openConnection(QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("Cannot make the folder of the workspace index %1").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = tr("Cannot open the workspace index %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    // The index is a cache: losing the last writes in a power cut only means reading those files again.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return true;
}

void WorkspaceStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool WorkspaceStore::isTrusted() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return false;
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta")))
        return false;
    QHash<QString, QString> meta;
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());
    if (meta.value(QStringLiteral("format")) != formatName
        || meta.value(QStringLiteral("version")) != QString::number(formatVersion))
        return false;
    return query.exec(QStringLiteral("SELECT path, size, modified, sha256, review_modified, summary FROM reports LIMIT 1"));
}

bool WorkspaceStore::create(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE reports (path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL, "
                       "sha256 TEXT NOT NULL, review_modified INTEGER NOT NULL, agency TEXT, year INTEGER, "
                       "status TEXT, errors INTEGER, warnings INTEGER, summary BLOB NOT NULL)"),
        QStringLiteral("INSERT INTO meta VALUES ('format', '%1')").arg(formatName),
        QStringLiteral("INSERT INTO meta VALUES ('version', '%1')").arg(formatVersion)};
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("Cannot write the workspace index %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
            return false;
        }
    }
    QSqlQuery folder(db);
    folder.prepare(QStringLiteral("INSERT INTO meta VALUES ('folder', ?)"));
    folder.addBindValue(m_folder);
    folder.exec();
    return true;
}

bool WorkspaceStore::setAside(QString *error)
{
    closeConnection();
    const QString aside = m_path + QLatin1String(".set-aside-")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz"));
    if (!QFile::rename(m_path, aside)) {
        *error = tr("The workspace index %1 cannot be trusted and cannot be moved aside")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // The journal files of a store belong to it: they must not be replayed into the new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_setAside = aside;
    return true;
}

bool WorkspaceStore::open(QString *error)
{
    m_setAside.clear();
    const bool existed = QFileInfo::exists(m_path);
    if (!openConnection(error))
        return false;
    if (existed && isTrusted())
        return true;
    bool empty = !existed;
    if (existed) {
        // An empty file (a crash before the first write) is simply started; anything else is kept aside.
        empty = QFileInfo(m_path).size() == 0;
        if (!empty) {
            if (!setAside(error) || !openConnection(error))
                return false;
        }
    }
    return create(error);
}

QHash<QString, WorkspaceStore::Entry> WorkspaceStore::entries() const
{
    QHash<QString, Entry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT path, size, modified, sha256, review_modified, summary FROM reports")))
        return entries;
    const QDir folder(m_folder);
    while (query.next()) {
        Entry entry;
        const QString relative = query.value(0).toString();
        if (!SummaryBuilder::decode(query.value(5).toByteArray(), &entry.summary))
            continue;
        entry.size = query.value(1).toLongLong();
        entry.modified = query.value(2).toLongLong();
        entry.sha256 = query.value(3).toString();
        entry.reviewModified = query.value(4).toLongLong();
        entry.summary.relativePath = relative;
        entry.summary.path = folder.filePath(relative);
        entries.insert(relative, entry);
    }
    return entries;
}

bool WorkspaceStore::put(const QString &relativePath, const Entry &entry)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO reports (path, size, modified, sha256, review_modified, agency, "
                                 "year, status, errors, warnings, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(relativePath);
    query.addBindValue(entry.size);
    query.addBindValue(entry.modified);
    query.addBindValue(entry.sha256);
    query.addBindValue(entry.reviewModified);
    query.addBindValue(entry.summary.agency);
    query.addBindValue(entry.summary.year);
    query.addBindValue(SummaryBuilder::statusId(entry.summary.status()));
    query.addBindValue(entry.summary.errors);
    query.addBindValue(entry.summary.warnings);
    query.addBindValue(SummaryBuilder::encode(entry.summary));
    return query.exec();
}

bool WorkspaceStore::remove(const QString &relativePath)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM reports WHERE path = ?"));
    query.addBindValue(relativePath);
    return query.exec();
}

bool WorkspaceStore::beginTransaction()
{
    return QSqlDatabase::database(m_connection, false).transaction();
}

bool WorkspaceStore::commit()
{
    return QSqlDatabase::database(m_connection, false).commit();
}

} // namespace gk
