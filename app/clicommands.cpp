#include "clicommands.h"

#include "clibatch.h"

#include "checks/checker.h"
#include "export/exportdocument.h"
#include "export/exportjob.h"
#include "export/reportjson.h"
#include "pipeline/extractor.h"
#include "review/review.h"
#include "review/reviewstore.h"
#include "workspace/reportfinder.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonDocument>

namespace gk {

namespace {

constexpr int exitOk = 0;
constexpr int exitFindings = 1;
constexpr int exitUnreadable = 2;

} // namespace

CliCommands::CliCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CliCommands::usage()
{
    m_err << tr("usage: gkreview-cli extract FILE|PAGE-IMAGE...\n"
                "       gkreview-cli check [--jobs N] [--summary FILE.csv|FILE.xlsx] FILE|FOLDER...\n"
                "       gkreview-cli export [--csv DIR|FILE.csv] [--xlsx FILE] [--json FILE] [--charts DIR]\n"
                "                           [--chart-size WxH] [--review REVIEWFILE] REPORT\n"
                "       gkreview-cli export [--csv DIR] [--xlsx DIR] [--json DIR] [--charts DIR] [--jobs N]\n"
                "                           [--summary FILE.csv|FILE.xlsx] FILE|FOLDER...\n")
          << tr("option: --lang zh_CN|en  the language of messages and findings (default: the system's)\n")
          << tr("Folders are read recursively; with several reports each export option names a folder.\n")
          << Qt::flush;
    return exitUnreadable;
}

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage();
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(2);
    if (command == QLatin1String("extract") && !rest.isEmpty())
        return extract(rest);
    if (command != QLatin1String("check") && command != QLatin1String("export"))
        return usage();
    CliBatch::Options options;
    QString error;
    if (!CliBatch::takeJobs(rest, &options.jobs, &error) || !CliBatch::takeSummary(rest, &options.summary, &error)) {
        m_err << error << Qt::endl;
        return exitUnreadable;
    }
    if (command == QLatin1String("check")) {
        if (rest.isEmpty())
            return usage();
        options.check = true;
        return runBatch(rest, options);
    }
    return exportReport(rest, options);
}

int CliCommands::extract(const QStringList &filePaths)
{
    const Extractor::Result result = Extractor::extract(filePaths);
    if (!result.ok) {
        m_err << result.error << Qt::endl;
        return exitUnreadable;
    }
    const QByteArray json =
        QJsonDocument(ReportJson::toJson(result.report, Checker::check(result.report))).toJson(QJsonDocument::Indented);
    // The UTF-8 bytes go out as they are: through QString and the stream's encoder they would be held
    // twice more (a 50 MB report pasted 600 times gives 90 MB of JSON).
    m_out.flush();
    QIODevice *device = m_out.device();
    if (!device) {
        m_out << QString::fromUtf8(json) << Qt::flush;
        return exitOk;
    }
    // A full disk or a closed pipe must not pass for a whole report.
    auto *file = qobject_cast<QFileDevice *>(device);
    if (device->write(json) != json.size() || (file && !file->flush())) {
        m_err << tr("Cannot write the JSON of %1: %2").arg(result.report.fileName, device->errorString()) << Qt::endl;
        return exitUnreadable;
    }
    return exitOk;
}

int CliCommands::check(const QStringList &paths)
{
    CliBatch::Options options;
    options.check = true;
    return runBatch(paths, options);
}

int CliCommands::runBatch(const QStringList &paths, const CliBatch::Options &options)
{
    CliBatch batch(m_out, m_err);
    if (m_chartsExporter)
        batch.setChartsExporter(m_chartsExporter);
    return batch.run(ReportFinder::find(paths), options);
}

bool CliCommands::isBatch(const QStringList &paths)
{
    return paths.size() != 1 || QFileInfo(paths.first()).isDir();
}

int CliCommands::exportReport(const QStringList &arguments, const CliBatch::Options &batchOptions)
{
    ExportTargets targets;
    QString charts;
    QString reviewPath;
    QStringList reportPaths;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString *option = argument == QLatin1String("--csv")      ? &targets.csv
                          : argument == QLatin1String("--xlsx")   ? &targets.xlsx
                          : argument == QLatin1String("--json")   ? &targets.json
                          : argument == QLatin1String("--charts") ? &charts
                          : argument == QLatin1String("--review") ? &reviewPath
                                                                  : nullptr;
        if (option) {
            if (i + 1 >= arguments.size())
                return usage();
            *option = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usage();
        } else {
            reportPaths.append(argument);
        }
    }
    if (reportPaths.isEmpty() || (targets.isEmpty() && charts.isEmpty() && batchOptions.summary.isEmpty()))
        return usage();
    if (!charts.isEmpty() && !m_chartsExporter) {
        m_err << tr("Cannot write the charts to %1: this build of gkreview-cli has no chart export")
                     .arg(QDir::toNativeSeparators(charts))
              << Qt::endl;
        return exitUnreadable;
    }
    if (isBatch(reportPaths) || (targets.isEmpty() && charts.isEmpty())) {
        if (!reviewPath.isEmpty())
            return usage();
        CliBatch::Options options = batchOptions;
        options.targets = targets;
        options.charts = charts;
        return runBatch(reportPaths, options);
    }
    const QString reportPath = reportPaths.first();

    const Extractor::Result extracted = Extractor::extract(reportPath);
    if (!extracted.ok) {
        m_err << extracted.error << Qt::endl;
        return exitUnreadable;
    }
    Review review;
    review.setReport(extracted.report);
    if (!reviewPath.isEmpty()) {
        ReviewStore::Data data;
        QString error;
        if (!ReviewStore::readFile(reviewPath, review.report(), &data, &error)) {
            m_err << tr("Cannot read the review %1: %2").arg(QDir::toNativeSeparators(reviewPath), error) << Qt::endl;
            return exitUnreadable;
        }
        if (data.reportHash != ReviewStore::hashOfReport(review.report(), reportPath)) {
            m_err << tr("warning: the review %1 was made for other contents of %2; applied as asked")
                         .arg(QDir::toNativeSeparators(reviewPath), QFileInfo(reportPath).fileName())
                  << Qt::endl;
        }
        ReviewStore::apply(data, &review);
    } else {
        const ReviewStore::LoadResult loaded = ReviewStore::load(reportPath, &review);
        if (loaded.status == ReviewStore::LoadStatus::Error) {
            m_err << tr("Cannot read the review beside the report: %1").arg(loaded.error) << Qt::endl;
            return exitUnreadable;
        }
        if (loaded.status == ReviewStore::LoadStatus::HashMismatch) {
            m_err << tr("warning: the review %1 was made for other contents of the report and is not applied "
                        "(pass it with --review to apply it anyway)")
                         .arg(QDir::toNativeSeparators(ReviewStore::reviewPathFor(reportPath)))
                  << Qt::endl;
        }
    }

    const ExportDocument document = ExportDocument::fromReview(review);
    QStringList written;
    if (!targets.isEmpty()) {
        const ExportJob::Result result
            = ExportJob::run(document, targets, reviewPath.isEmpty() ? QStringList() : QStringList{reviewPath});
        written = result.written;
        if (!result.ok) {
            m_err << result.error << Qt::endl;
            return exitUnreadable;
        }
    }
    if (!charts.isEmpty()) {
        QString error;
        if (!m_chartsExporter(document, charts, &written, &error)) {
            m_err << error << Qt::endl;
            return exitUnreadable;
        }
    }
    for (const QString &path : std::as_const(written))
        m_out << QDir::toNativeSeparators(path) << '\n';
    m_out << Qt::flush;
    if (!batchOptions.summary.isEmpty())
        return runBatch(reportPaths, batchOptions);
    return exitOk;
}

} // namespace gk
