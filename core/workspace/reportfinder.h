#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gk {

/** One report file of a batch: where it is, and the name it goes by in summaries (relative to its folder). */
struct FoundReport
{
    QString path;
    QString relativePath;
    /** From the folder's walk (inFolder() only): size, modification time, and that of the review beside it. */
    qint64 size = -1;
    qint64 modified = 0;    // ms since the epoch
    qint64 reviewModified = 0; // 0: no review
};

/**
 * Turns the paths a user gives (files and folders) into the report files to read: folders are walked
 * recursively for every format the window opens; the order is the paths' order, and inside a folder
 * the relative paths sorted by code point, so a run never depends on the file system's order.
 */
class ReportFinder
{
    Q_DECLARE_TR_FUNCTIONS(gk::ReportFinder)
public:
    /** The suffixes (lower case, no dot) of the formats the window opens. */
    static const QStringList &suffixes();
    /** A report by its name: a known suffix, and not a review, a set-aside review or a workspace store. */
    static bool isReportName(const QString &fileName);
    /** Every report under the folder, sorted by relative path. */
    static QList<FoundReport> inFolder(const QString &folder);
    /**
     * Files given are taken as they are (whatever their suffix: the reader says what is wrong with
     * them); folders are walked. A path that does not exist is kept, so it is reported as unreadable.
     * A file reached twice is listed once.
     */
    static QList<FoundReport> find(const QStringList &paths);
};

} // namespace gk
