#include "reportloader.h"

#include "io/docxreader.h"
#include "io/readprogress.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace gk {

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent)
{
}

namespace {

QList<QPointer<QThread>> &abandonedThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

/** Runs as the application object goes: a worker must not outlive the statics the core reads with. */
void waitForAbandonedThreads()
{
    // Nobody will look at what they read: a LibreOffice conversion stops now rather than at its timeout.
    LegacyWordReader::abortConversions();
    for (const QPointer<QThread> &thread : std::as_const(abandonedThreads())) {
        if (thread)
            thread->wait();
    }
    abandonedThreads().clear();
}

/** Passes a worker's page progress to the GUI thread and tells it when to stop. */
class LoaderProgress : public ReadProgress
{
public:
    using Report = std::function<void(int, int)>;
    LoaderProgress(std::shared_ptr<std::atomic_bool> stop, Report report)
        : m_stop(std::move(stop))
        , m_report(std::move(report))
    {
    }
    void stepDone(int done, int total) override { m_report(done, total); }
    bool isCanceled() const override { return *m_stop; }

private:
    std::shared_ptr<std::atomic_bool> m_stop;
    Report m_report;
};

} // namespace

ReportLoader::~ReportLoader()
{
    // Waiting here would freeze the window for as long as LibreOffice takes (up to its timeout): a
    // worker still running is abandoned instead, its result dropped, and it deletes itself when done
    // (or is waited for when the application quits).
    if (!m_threads.isEmpty() && abandonedThreads().isEmpty())
        qAddPostRoutine(waitForAbandonedThreads);
    for (QThread *thread : std::as_const(m_threads)) {
        thread->disconnect(this);
        abandonedThreads().append(thread);
    }
    if (m_stop)
        *m_stop = true;
}

void ReportLoader::load(const QStringList &filePaths)
{
    if (filePaths.isEmpty())
        return;
    const QString filePath = filePaths.constFirst();
    const quint64 generation = ++m_generation;
    m_current = filePath;
    auto result = std::make_shared<Extractor::Result>();
    if (m_stop)
        *m_stop = true; // the read it supersedes stops at its next page
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stop = stop;
    // Progress is posted to an object of the GUI thread; the loader is looked at there only.
    auto *relay = new QObject;
    const QPointer<ReportLoader> self(this);
    auto report = [relay, self, generation, filePath](int done, int total) {
        QMetaObject::invokeMethod(
            relay,
            [self, generation, filePath, done, total] {
                if (self && generation == self->m_generation)
                    Q_EMIT self->progress(filePath, done, total);
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([filePaths, result, stop, report] {
        LoaderProgress progress(stop, report);
        ReadProgress::Scope scope(&progress);
        *result = Extractor::extract(filePaths);
    });
    connect(thread, &QThread::finished, relay, &QObject::deleteLater);
    m_threads.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, thread, generation, filePath, result] {
        m_threads.removeOne(thread);
        if (generation != m_generation)
            return; // superseded or canceled
        m_current.clear();
        Q_EMIT finished(filePath, *result);
    });
    thread->start();
}

void ReportLoader::cancel()
{
    if (!isBusy())
        return;
    ++m_generation;
    m_current.clear();
    if (m_stop)
        *m_stop = true;
    Q_EMIT canceled();
}

} // namespace gk
