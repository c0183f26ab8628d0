#include "reportloader.h"

#include "io/docxreader.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

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
}

void ReportLoader::load(const QString &filePath)
{
    const quint64 generation = ++m_generation;
    m_current = filePath;
    auto result = std::make_shared<Extractor::Result>();
    QThread *thread = QThread::create([filePath, result] { *result = Extractor::extract(filePath); });
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
    Q_EMIT canceled();
}

} // namespace gk
