#include "clibatch.h"

#include "cliprogress.h"
#include "export/exportfile.h"
#include "workspace/agencyseries.h"
#include "workspace/orderedbatch.h"
#include "workspace/reportanalysis.h"
#include "workspace/summarywriter.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace gk {

namespace {

constexpr int exitOk = 0;
constexpr int exitFindings = 1;
constexpr int exitUnreadable = 2;

struct BatchItem
{
    AnalysedReport report;
    QStringList written;
    QString exportError;
    /** The report's rows of the cells file, encoded on the worker thread. */
    QByteArray cells;
};

QString findingLine(const Finding &f)
{
    QString line = QStringLiteral("  %1 %2 [%3] %4").arg(severityId(f.severity), f.rule, f.cells.join(QStringLiteral(", ")),
                                                          f.message);
    if (!f.expression.isEmpty())
        line += QStringLiteral(" — ") + f.expression;
    return line;
}

/** The same targets, each under its folder at the report's relative path. */
ExportTargets targetsFor(const ExportTargets &folders, const QString &relativePath)
{
    ExportTargets targets;
    if (!folders.csv.isEmpty())
        targets.csv = QDir(folders.csv).filePath(relativePath);
    if (!folders.xlsx.isEmpty())
        targets.xlsx = QDir(folders.xlsx).filePath(relativePath + QLatin1String(".xlsx"));
    if (!folders.json.isEmpty())
        targets.json = QDir(folders.json).filePath(relativePath + QLatin1String(".json"));
    return targets;
}

bool makeParents(const ExportTargets &targets, QString *error)
{
    for (const QString &path : {targets.csv, targets.xlsx, targets.json}) {
        if (!path.isEmpty() && !ExportFile::makeFolder(QFileInfo(path).absolutePath(), error))
            return false;
    }
    return true;
}

} // namespace

CliBatch::CliBatch(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CliBatch::defaultJobs()
{
    return std::max(1, QThread::idealThreadCount());
}

bool CliBatch::takeJobs(QStringList &arguments, int *jobs, QString *error)
{
    *jobs = defaultJobs();
    const qsizetype at = arguments.indexOf(QStringLiteral("--jobs"));
    if (at < 0)
        return true;
    bool ok = false;
    const int n = at + 1 < arguments.size() ? arguments.at(at + 1).toInt(&ok) : 0;
    if (!ok || n < 1 || n > 256) {
        *error = tr("--jobs takes a number of threads from 1 to 256");
        return false;
    }
    *jobs = n;
    arguments.remove(at, 2);
    return true;
}

bool CliBatch::takeSummary(QStringList &arguments, QString *summary, QString *error)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--summary"));
    if (at < 0)
        return true;
    const QString path = at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        *error = tr("--summary takes a file ending in .csv or .xlsx");
        return false;
    }
    *summary = path;
    arguments.remove(at, 2);
    return true;
}

int CliBatch::run(const QList<FoundReport> &reports, const Options &options)
{
    const bool exporting = !options.targets.isEmpty() || !options.charts.isEmpty();
    int parts = ReportAnalysis::Summary;
    if (options.check)
        parts |= ReportAnalysis::FindingsAsRead;
    if (!options.summary.isEmpty())
        parts |= ReportAnalysis::Cells;
    if (exporting)
        parts |= ReportAnalysis::Document;

    SummaryWriter writer(options.summary);
    if (!options.summary.isEmpty()) {
        QString error;
        if (!writer.begin(&error)) {
            m_err << error << Qt::endl;
            return exitUnreadable;
        }
    }

    bool anyError = false;
    bool anyUnreadable = false;
    QList<ReportSummary> summaries;
    summaries.reserve(reports.size());
    CliProgress progress(m_err, int(reports.size()));
    const bool stdoutIsTerminal = isatty(fileno(stdout)) == 1;

    const auto work = [&](int index) {
        const FoundReport &found = reports.at(index);
        BatchItem item;
        item.report = ReportAnalysis::analyse(found.path, found.relativePath, parts);
        item.cells = SummaryWriter::encodeCells(item.report.cells);
        item.report.cells.clear();
        if (item.report.document && !options.targets.isEmpty()) {
            const ExportTargets targets = targetsFor(options.targets, found.relativePath);
            if (!makeParents(targets, &item.exportError))
                return item;
            const ExportJob::Result result = ExportJob::run(*item.report.document, targets);
            item.written = result.written;
            if (!result.ok)
                item.exportError = result.error;
        }
        return item;
    };
    const auto deliver = [&](int index, BatchItem &&item) {
        const AnalysedReport &report = item.report;
        const ReportSummary &summary = report.summary;
        // The progress line is redrawn after anything printed on the terminal, never over it.
        if (!summary.read || !item.exportError.isEmpty() || !report.reviewWarning.isEmpty()
            || (stdoutIsTerminal && (options.check || !item.written.isEmpty())))
            progress.clear();
        if (!summary.read) {
            m_err << summary.error << Qt::endl;
            anyUnreadable = true;
        } else if (!report.reviewWarning.isEmpty() && (exporting || !options.summary.isEmpty())) {
            m_err << tr("warning: %1").arg(report.reviewWarning) << Qt::endl;
        }
        if (summary.read && options.check) {
            int counts[3] = {0, 0, 0};
            for (const Finding &f : report.findingsAsRead)
                ++counts[int(f.severity)];
            m_out << tr("%1: %2 error(s), %3 warning(s), %4 note(s)")
                         .arg(summary.relativePath)
                         .arg(counts[int(Severity::Error)])
                         .arg(counts[int(Severity::Warning)])
                         .arg(counts[int(Severity::Info)])
                  << '\n';
            for (const Finding &f : report.findingsAsRead)
                m_out << findingLine(f) << '\n';
            anyError = anyError || counts[int(Severity::Error)] > 0;
        }
        if (report.document && !options.charts.isEmpty() && item.exportError.isEmpty()) {
            const QString folder = QDir(options.charts).filePath(summary.relativePath);
            if (!m_chartsExporter(*report.document, folder, &item.written, &item.exportError)) {
                // the error is printed below
            }
        }
        for (const QString &path : std::as_const(item.written))
            m_out << QDir::toNativeSeparators(path) << '\n';
        if (!item.exportError.isEmpty()) {
            m_err << item.exportError << Qt::endl;
            anyUnreadable = true;
        }
        writer.addEncodedCells(item.cells);
        summaries.append(summary);
        progress.setDone(index + 1);
    };
    OrderedBatch<BatchItem>::run(int(reports.size()), options.jobs > 0 ? options.jobs : defaultJobs(), work, deliver);
    progress.finish();

    const AgencySeries series(summaries);
    if (options.check) {
        for (const Finding &f : series.findings())
            m_out << findingLine(f) << '\n';
    }
    m_out << Qt::flush;
    if (!options.summary.isEmpty()) {
        QStringList written;
        QString error;
        if (!writer.finish(summaries, series, &written, &error)) {
            m_err << error << Qt::endl;
            return exitUnreadable;
        }
        if (exporting || !options.check) {
            for (const QString &path : std::as_const(written))
                m_out << QDir::toNativeSeparators(path) << '\n';
            m_out << Qt::flush;
        }
    }
    if (anyUnreadable)
        return exitUnreadable;
    return anyError ? exitFindings : exitOk;
}

} // namespace gk
