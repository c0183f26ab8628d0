#pragma once

#include "export/exportjob.h"
#include "workspace/reportfinder.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

#include <functional>

namespace gk {

class ExportDocument;

/**
 * `check` and `export` over many reports (files and folders): read on `jobs` threads, printed and
 * written in the order of the files whatever the number of jobs, with progress on a terminal, an
 * optional summary (one row per report, the years of each agency, the cells of the whole corpus) and
 * the carry-over check across consecutive years of each agency.
 */
class CliBatch
{
    Q_DECLARE_TR_FUNCTIONS(gk::CliBatch)
public:
    using ChartsExporter = std::function<bool(const ExportDocument &document, const QString &folder,
                                              QStringList *written, QString *error)>;

    struct Options
    {
        int jobs = 0;
        QString summary;
        /** Folders: each report's files go under its relative path. */
        ExportTargets targets;
        QString charts;
        bool check = false;
    };

    CliBatch(QTextStream &out, QTextStream &err);
    void setChartsExporter(const ChartsExporter &exporter) { m_chartsExporter = exporter; }

    /** Exit status: 0 clean, 1 a report with errors (check only), 2 a file unreadable or not written. */
    int run(const QList<FoundReport> &reports, const Options &options);

    static int defaultJobs();
    /** Takes "--jobs N" out of the arguments; false (with a message) when N is not a positive number. */
    static bool takeJobs(QStringList &arguments, int *jobs, QString *error);
    /** Takes "--summary FILE" out of the arguments; false when FILE is missing or not .csv/.xlsx. */
    static bool takeSummary(QStringList &arguments, QString *summary, QString *error);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    ChartsExporter m_chartsExporter;
};

} // namespace gk
