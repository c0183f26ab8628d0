#pragma once

#include "pipeline/extractor.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace gk {

/**
 * Extracts a report off the GUI thread: a .doc goes through LibreOffice (seconds) and a big PDF
 * takes longer, and the window must stay responsive meanwhile. The core extractor is GUI-free and
 * keeps its caches per thread, so one worker thread per request is enough. A newer request
 * supersedes an older one (the older result is dropped); a worker still running when the loader goes
 * is abandoned, not waited for.
 */
class ReportLoader : public QObject
{
    Q_OBJECT
public:
    explicit ReportLoader(QObject *parent = nullptr);
    ~ReportLoader() override;

    void load(const QString &filePath) { load(QStringList{filePath}); }
    /** A report read from these files: one file, or the page images of a scan in page order. The
     *  signals name the request by its first file. */
    void load(const QStringList &filePaths);
    /** Drops the result of the running request, if any, and stops a read that can stop (OCR). */
    void cancel();
    bool isBusy() const { return !m_current.isEmpty(); }
    QString currentFile() const { return m_current; }

Q_SIGNALS:
    /** Emitted on the GUI thread with what the extractor returned (ok, or an error naming the file). */
    void finished(const QString &filePath, const gk::Extractor::Result &result);
    void canceled();
    /** A read that goes page by page (OCR of a scanned report) has `done` of `total` pages read. */
    void progress(const QString &filePath, int done, int total);

private:
    std::shared_ptr<std::atomic_bool> m_stop;
    QList<QThread *> m_threads;
    quint64 m_generation = 0;
    QString m_current;
};

} // namespace gk
