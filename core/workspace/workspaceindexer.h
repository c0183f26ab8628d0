#pragma once

#include "reportsummary.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

namespace gk {

/**
 * Indexes a workspace folder: lists its reports, takes the summary of every unchanged one from the
 * store (same size, time and review; or same SHA-256), reads the others on `jobs` threads and saves
 * them. index() blocks; the window runs it on a thread of its own and listens to the signals, which
 * come from that thread.
 */
class WorkspaceIndexer : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        /** Why the store could not be used (the reports are still read), or why nothing could be listed. */
        QString error;
        QString storePath;
        /** A broken store moved aside (and rebuilt), else empty. */
        QString setAsidePath;
        int total = 0;
        /** Files read (new or changed) in this run. */
        int read = 0;
        bool cancelled = false;
    };

    explicit WorkspaceIndexer(const QString &folder, QObject *parent = nullptr);

    void setJobs(int jobs) { m_jobs = jobs; }
    QString folder() const { return m_folder; }
    Result index();
    /** Thread-safe: index() stops after the reports being read. */
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    /** Every report of the folder, in order: stored summaries for unchanged files, "not yet read" for the others. */
    void listed(const QList<gk::ReportSummary> &summaries);
    /** Reports read, by their index in the list (batched, in order). */
    void summariesRead(const QList<int> &indexes, const QList<gk::ReportSummary> &summaries);
    void progress(int done, int total);

private:
    QString m_folder;
    int m_jobs = 0;
    std::atomic_bool m_cancel{false};
};

} // namespace gk
