#pragma once

#include "workspace/reportsummary.h"
#include "workspace/workspaceindexer.h"

#include <QObject>

#include <memory>

class QThread;

namespace gk {

/**
 * Indexes a workspace folder on a thread of its own (which reads the reports on all cores), and
 * hands the window what it finds through queued signals, so the window never waits for a file.
 */
class WorkspaceLoader : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceLoader(QObject *parent = nullptr);
    ~WorkspaceLoader() override;

    /** Starts indexing `folder`; one still running is cancelled first. */
    void open(const QString &folder);
    void cancel();
    bool isRunning() const;
    /** Threads that read reports (default: every core but the window's share). */
    void setJobs(int jobs) { m_jobs = jobs; }

Q_SIGNALS:
    void listed(const QString &folder, const QList<gk::ReportSummary> &summaries);
    void summariesRead(const QList<int> &indexes, const QList<gk::ReportSummary> &summaries);
    void progress(int done, int total);
    void finished(const QString &folder, const gk::WorkspaceIndexer::Result &result);

private:
    void stop();

    QThread *m_thread = nullptr;
    /** Lives in the window's thread; index() runs on m_thread, its signals queued here. */
    std::unique_ptr<WorkspaceIndexer> m_indexer;
    int m_jobs = 0;
};

} // namespace gk
