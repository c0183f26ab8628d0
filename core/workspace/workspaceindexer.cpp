#include "workspaceindexer.h"

#include "orderedbatch.h"
#include "reportanalysis.h"
#include "reportfinder.h"
#include "review/reviewstore.h"
#include "workspacestore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace gk {

namespace {

struct Indexed
{
    WorkspaceStore::Entry entry;
};

} // namespace

WorkspaceIndexer::WorkspaceIndexer(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(QDir(folder).absolutePath())
{
}

WorkspaceIndexer::Result WorkspaceIndexer::index()
{
    Result result;
    if (!QFileInfo(m_folder).isDir()) {
        result.error = tr("%1: no such folder").arg(QDir::toNativeSeparators(m_folder));
        return result;
    }
    const QList<FoundReport> found = ReportFinder::inFolder(m_folder);
    result.total = int(found.size());

    WorkspaceStore store(m_folder);
    QString storeError;
    const bool storeOpen = store.open(&storeError);
    result.storePath = store.path();
    result.setAsidePath = store.setAsidePath();
    if (!storeOpen)
        result.error = storeError;
    QHash<QString, WorkspaceStore::Entry> stored = storeOpen ? store.entries() : QHash<QString, WorkspaceStore::Entry>();

    QList<ReportSummary> summaries;
    summaries.reserve(found.size());
    QList<int> toRead;
    QList<WorkspaceStore::Entry> fresh(found.size());
    if (storeOpen)
        store.beginTransaction();
    for (int i = 0; i < found.size(); ++i) {
        const FoundReport &report = found.at(i);
        WorkspaceStore::Entry &entry = fresh[i];
        entry.size = report.size;
        entry.modified = report.modified;
        entry.reviewModified = report.reviewModified;
        const auto it = stored.find(report.relativePath);
        bool unchanged = false;
        if (it != stored.end() && it->size == entry.size && it->reviewModified == entry.reviewModified) {
            if (it->modified == entry.modified) {
                unchanged = true;
            } else if (ReviewStore::hashOfFile(report.path) == it->sha256) {
                // Touched (copied, checked out again) but the same bytes: keep it, remember the new time.
                unchanged = true;
                it->modified = entry.modified;
                store.put(report.relativePath, *it);
            }
        }
        if (unchanged) {
            summaries.append(it->summary);
            stored.erase(it);
        } else {
            summaries.append(SummaryBuilder::unreadable(report.path, report.relativePath, QString()));
            toRead.append(i);
            if (it != stored.end())
                stored.erase(it);
        }
    }
    // What is left in the store is no longer in the folder.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        store.remove(it.key());
    if (storeOpen)
        store.commit();
    Q_EMIT listed(summaries);
    Q_EMIT progress(result.total - int(toRead.size()), result.total);

    const int already = result.total - int(toRead.size());
    QList<int> batchIndexes;
    QList<ReportSummary> batch;
    QElapsedTimer sinceSent;
    sinceSent.start();
    const auto send = [&] {
        if (batch.isEmpty())
            return;
        Q_EMIT summariesRead(batchIndexes, batch);
        batchIndexes.clear();
        batch.clear();
        sinceSent.restart();
    };
    if (storeOpen)
        store.beginTransaction();
    const auto work = [&](int k) {
        const int i = toRead.at(k);
        const FoundReport &report = found.at(i);
        Indexed item;
        item.entry = fresh.at(i);
        item.entry.sha256 = ReviewStore::hashOfFile(report.path);
        item.entry.summary = ReportAnalysis::analyse(report.path, report.relativePath).summary;
        return item;
    };
    const auto deliver = [&](int k, Indexed &&item) {
        const int i = toRead.at(k);
        if (storeOpen) {
            store.put(found.at(i).relativePath, item.entry);
            // Commit now and then, so an interrupted first run keeps what it has read.
            if ((k + 1) % 500 == 0) {
                store.commit();
                store.beginTransaction();
            }
        }
        batchIndexes.append(i);
        batch.append(item.entry.summary);
        // The timing only decides how often the window hears of progress, never what it hears.
        if (sinceSent.elapsed() >= 100 || batch.size() >= 200) {
            send();
            Q_EMIT progress(already + k + 1, result.total);
        }
    };
    const int jobs = m_jobs > 0 ? m_jobs : std::max(1, QThread::idealThreadCount());
    result.read = OrderedBatch<Indexed>::run(int(toRead.size()), jobs, work, deliver, &m_cancel);
    send();
    if (storeOpen)
        store.commit();
    result.cancelled = result.read < toRead.size();
    Q_EMIT progress(already + result.read, result.total);
    result.ok = true;
    return result;
}

} // namespace gk
