#include "workspaceloader.h"

#include <QThread>

namespace gk {

WorkspaceLoader::WorkspaceLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<gk::ReportSummary>>();
    qRegisterMetaType<gk::WorkspaceIndexer::Result>();
}

WorkspaceLoader::~WorkspaceLoader()
{
    stop();
}

bool WorkspaceLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkspaceLoader::cancel()
{
    if (m_indexer)
        m_indexer->cancel();
}

void WorkspaceLoader::stop()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_indexer.reset();
}

void WorkspaceLoader::open(const QString &folder)
{
    stop();
    m_indexer = std::make_unique<WorkspaceIndexer>(folder);
    WorkspaceIndexer *indexer = m_indexer.get();
    indexer->setJobs(m_jobs);
    // Signals of the indexer come from the worker thread; queued here, they are handled by the window's.
    connect(indexer, &WorkspaceIndexer::listed, this,
            [this, folder](const QList<ReportSummary> &summaries) { Q_EMIT listed(folder, summaries); },
            Qt::QueuedConnection);
    connect(indexer, &WorkspaceIndexer::summariesRead, this, &WorkspaceLoader::summariesRead, Qt::QueuedConnection);
    connect(indexer, &WorkspaceIndexer::progress, this, &WorkspaceLoader::progress, Qt::QueuedConnection);
    m_thread = QThread::create([this, indexer, folder] {
        const WorkspaceIndexer::Result result = indexer->index();
        QMetaObject::invokeMethod(this, [this, folder, result] { Q_EMIT finished(folder, result); }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace gk
