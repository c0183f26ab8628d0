#include "reportloader.h"

#include <QThread>

#include <memory>

namespace gk {

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent)
{
}

ReportLoader::~ReportLoader()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ReportLoader::load(const QString &filePath)
{
    const quint64 generation = ++m_generation;
    m_current = filePath;
    auto result = std::make_shared<Extractor::Result>();
    QThread *thread = QThread::create([filePath, result] { *result = Extractor::extract(filePath); });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, generation, filePath, result] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (generation != m_generation)
            return; // superseded or canceled
        m_current.clear();
        Q_EMIT finished(filePath, *result);
    });
    Q_EMIT started(filePath);
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
