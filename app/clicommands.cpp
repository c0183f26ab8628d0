#include "clicommands.h"

#include "checks/checker.h"
#include "export/exportdocument.h"
#include "export/exportjob.h"
#include "export/reportjson.h"
#include "pipeline/extractor.h"
#include "review/review.h"
#include "review/reviewstore.h"

#include <QDir>
#include <QFile>
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
    m_err << tr("usage: gkreview-cli extract FILE\n"
                "       gkreview-cli check FILE...\n"
                "       gkreview-cli export [--csv DIR|FILE.csv] [--xlsx FILE] [--json FILE] [--charts DIR]\n"
                "                           [--chart-size WxH] [--review REVIEWFILE] REPORT\n")
          << tr("option: --lang zh_CN|en  the language of messages and findings (default: the system's)\n")
          << Qt::flush;
    return exitUnreadable;
}

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage();
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("extract") && rest.size() == 1)
        return extract(rest.first());
    if (command == QLatin1String("check") && !rest.isEmpty())
        return check(rest);
    if (command == QLatin1String("export"))
        return exportReport(rest);
    return usage();
}

int CliCommands::extract(const QString &filePath)
{
    const Extractor::Result result = Extractor::extract(filePath);
    if (!result.ok) {
        m_err << result.error << Qt::endl;
        return exitUnreadable;
    }
    const QJsonObject json = ReportJson::toJson(result.report, Checker::check(result.report));
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)) << Qt::flush;
    return exitOk;
}

int CliCommands::check(const QStringList &filePaths)
{
    bool anyError = false;
    bool anyUnreadable = false;
    QList<Report> reports;
    for (const QString &path : filePaths) {
        Extractor::Result result = Extractor::extract(path);
        if (!result.ok) {
            m_err << result.error << Qt::endl;
            anyUnreadable = true;
            continue;
        }
        const QList<Finding> findings = Checker::check(result.report);
        int counts[3] = {0, 0, 0};
        for (const Finding &f : findings)
            ++counts[int(f.severity)];
        m_out << tr("%1: %2 error(s), %3 warning(s), %4 note(s)")
                     .arg(result.report.fileName)
                     .arg(counts[int(Severity::Error)])
                     .arg(counts[int(Severity::Warning)])
                     .arg(counts[int(Severity::Info)])
              << '\n';
        for (const Finding &f : findings) {
            m_out << QStringLiteral("  %1 %2 [%3] %4").arg(severityId(f.severity), f.rule, f.cells.join(QStringLiteral(", ")),
                                                           f.message);
            if (!f.expression.isEmpty())
                m_out << QStringLiteral(" — ") << f.expression;
            m_out << '\n';
        }
        anyError = anyError || counts[int(Severity::Error)] > 0;
        reports.append(std::move(result.report));
    }
    if (reports.size() > 1) {
        QList<const Report *> series;
        for (const Report &r : std::as_const(reports))
            series.append(&r);
        const QList<Finding> seriesFindings = Checker::checkSeries(series);
        for (const Finding &f : seriesFindings) {
            m_out << QStringLiteral("  %1 %2 [%3] %4\n").arg(severityId(f.severity), f.rule, f.cells.join(QStringLiteral(", ")),
                                                             f.message);
            anyError = anyError || f.severity == Severity::Error;
        }
    }
    m_out << Qt::flush;
    if (anyUnreadable)
        return exitUnreadable;
    return anyError ? exitFindings : exitOk;
}

int CliCommands::exportReport(const QStringList &arguments)
{
    ExportTargets targets;
    QString charts;
    QString reviewPath;
    QString reportPath;
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
        } else if (argument.startsWith(QLatin1String("--")) || !reportPath.isEmpty()) {
            return usage();
        } else {
            reportPath = argument;
        }
    }
    if (reportPath.isEmpty() || (targets.isEmpty() && charts.isEmpty()))
        return usage();
    if (!charts.isEmpty() && !m_chartsExporter) {
        m_err << tr("Cannot write the charts to %1: this build of gkreview-cli has no chart export")
                     .arg(QDir::toNativeSeparators(charts))
              << Qt::endl;
        return exitUnreadable;
    }

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
        if (data.reportHash != ReviewStore::hashOfFile(reportPath)) {
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
    return exitOk;
}

} // namespace gk
