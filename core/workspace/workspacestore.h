#pragma once

#include "reportsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace gk {

/**
 * The index of a workspace folder in SQLite (Qt SQL, QSQLITE): for each report its relative path,
 * size, modification time, SHA-256, the time of the review beside it, and its summary (key figures,
 * finding counts). A cache only: a store that is corrupt, of another program or of another version
 * is set aside (renamed, never deleted) and rebuilt. One object per thread: a Qt SQL connection may
 * only be used by the thread that opened it.
 */
class WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(gk::WorkspaceStore)
public:
    static constexpr int formatVersion = 2;

    struct Entry
    {
        qint64 size = -1;
        qint64 modified = 0;  // ms since the epoch
        QString sha256;
        qint64 reviewModified = 0; // 0: no review beside the report
        ReportSummary summary;
    };

    explicit WorkspaceStore(const QString &folder);
    ~WorkspaceStore();
    WorkspaceStore(const WorkspaceStore &) = delete;
    WorkspaceStore &operator=(const WorkspaceStore &) = delete;

    /** `.gkreview-workspace.sqlite` */
    static QString fileName();
    /** Inside the folder when it can be written there, else in the user's data folder (named after the folder's path). */
    static QString pathFor(const QString &folder);

    /** Opens (or creates) the store; one that cannot be trusted is set aside first. False with a one-line error. */
    bool open(QString *error);
    QString path() const { return m_path; }
    /** The file a broken store was moved to when open() set it aside, else empty. */
    QString setAsidePath() const { return m_setAside; }

    /** Every stored report by relative path; an entry whose summary cannot be read is left out (it is read again). */
    QHash<QString, Entry> entries() const;
    bool put(const QString &relativePath, const Entry &entry);
    bool remove(const QString &relativePath);
    bool beginTransaction();
    bool commit();

private:
    bool openConnection(QString *error);
    bool isTrusted() const;
    bool create(QString *error);
    void closeConnection();
    bool setAside(QString *error);

    QString m_folder;
    QString m_path;
    QString m_connection;
    QString m_setAside;
};

} // namespace gk
