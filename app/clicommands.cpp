#include "clicommands.h"

#include "checks/checker.h"
#include "export/reportjson.h"
#include "pipeline/extractor.h"

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
                "       gkreview-cli check FILE...\n")
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

} // namespace gk
