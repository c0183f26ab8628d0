#include "reportsummary.h"

#include "checks/seriesrules.h"
#include "checks/sumcheck.h"
#include "export/exportdocument.h"
#include "model/templatespec.h"

#include <QDataStream>
#include <QIODevice>
#include <QSet>

namespace gk {

namespace {

const QString applications = QStringLiteral("applications");

QStringList totalsOf(const QStringList &rows)
{
    QStringList cells;
    for (const QString &row : rows)
        cells.append(CellId::join(applications, row, QStringLiteral("total")));
    return cells;
}

QStringList rowsStartingWith(const QString &prefix)
{
    QStringList rows;
    for (const RowSpec &row : TemplateSpec::allApplicationRows()) {
        if (row.id.startsWith(prefix))
            rows.append(row.id);
    }
    return rows;
}

} // namespace

ReportSummary::Status ReportSummary::status() const
{
    if (!read)
        return error.isEmpty() ? Status::NotRead : Status::Unreadable;
    if (errors > 0)
        return Status::Errors;
    if (corrections > 0 || accepted > 0)
        return Status::Reviewed;
    return warnings > 0 ? Status::Warnings : Status::Clean;
}

bool ReportSummary::operator==(const ReportSummary &other) const
{
    return path == other.path && relativePath == other.relativePath && read == other.read && error == other.error
           && format == other.format && agency == other.agency && agencyKey == other.agencyKey
           && year == other.year
           && templateName == other.templateName && published == other.published && deadlineMet == other.deadlineMet
           && errors == other.errors && warnings == other.warnings && notes == other.notes
           && corrections == other.corrections && accepted == other.accepted && ruleStatus == other.ruleStatus
           && rules == other.rules && figures == other.figures;
}

const QStringList &SummaryBuilder::arithmeticRules()
{
    static const QStringList rules = {QStringLiteral("applications.balance"), QStringLiteral("applications.row_total"),
                                      QStringLiteral("applications.result_total"),
                                      QStringLiteral("reviews.group_total")};
    return rules;
}

const QStringList &SummaryBuilder::keyFigures()
{
    static const QStringList ids = {
        QStringLiteral("new_received"), QStringLiteral("carried_over"), QStringLiteral("result_total"),
        QStringLiteral("disclosed"),    QStringLiteral("partial"),      QStringLiteral("withheld"),
        QStringLiteral("unavailable"),  QStringLiteral("rejected"),     QStringLiteral("other"),
        QStringLiteral("carried_forward"), QStringLiteral("review_total"), QStringLiteral("litigation_total")};
    return ids;
}

QString SummaryBuilder::keyFigureLabel(const QString &id)
{
    if (id == QLatin1String("new_received"))
        return tr("received");
    if (id == QLatin1String("carried_over"))
        return tr("carried over");
    if (id == QLatin1String("result_total"))
        return tr("handled, total");
    if (id == QLatin1String("disclosed"))
        return tr("disclosed");
    if (id == QLatin1String("partial"))
        return tr("partly disclosed");
    if (id == QLatin1String("withheld"))
        return tr("not disclosed");
    if (id == QLatin1String("unavailable"))
        return tr("cannot be provided");
    if (id == QLatin1String("rejected"))
        return tr("not processed");
    if (id == QLatin1String("other"))
        return tr("otherwise handled");
    if (id == QLatin1String("carried_forward"))
        return tr("carried forward");
    if (id == QLatin1String("review_total"))
        return tr("administrative reviews");
    if (id == QLatin1String("litigation_total"))
        return tr("lawsuits");
    return id;
}

QStringList SummaryBuilder::keyFigureCells(const QString &id)
{
    if (id == QLatin1String("withheld") || id == QLatin1String("unavailable") || id == QLatin1String("rejected")
        || id == QLatin1String("other"))
        return totalsOf(rowsStartingWith(id));
    if (id == QLatin1String("review_total"))
        return {QStringLiteral("reviews.all.review_total")};
    if (id == QLatin1String("litigation_total"))
        return {QStringLiteral("reviews.all.direct_total"), QStringLiteral("reviews.all.after_total")};
    return totalsOf({id});
}

QStringList SummaryBuilder::carryCells()
{
    QStringList cells;
    const TableSpec *spec = TemplateSpec::table(TemplateVersion::V2019, applications);
    for (const QString &row : {QStringLiteral("carried_over"), QStringLiteral("carried_forward")}) {
        for (const ColumnSpec &column : spec->columns)
            cells.append(CellId::join(applications, row, column.id));
    }
    return cells;
}

ReportSummary SummaryBuilder::fromDocument(const ExportDocument &document, const QString &path,
                                           const QString &relativePath)
{
    const Report &report = document.corrected();
    ReportSummary summary;
    summary.path = path;
    summary.relativePath = relativePath;
    summary.read = true;
    summary.format = report.format;
    summary.agency = report.agency;
    summary.agencyKey = SeriesRules::agencyKey(report.agency);
    summary.year = report.year;
    summary.templateName = templateVersionId(report.templateVersion);
    summary.published = report.published;
    summary.corrections = int(document.corrections().size());

    QSet<QString> openRules;
    QSet<QString> acceptedRules;
    bool late = false;
    for (const Finding &finding : document.findings()) {
        late = late || finding.rule == QLatin1String("meta.late_publication");
        if (document.verdict(finding)) {
            ++summary.accepted;
            acceptedRules.insert(finding.rule);
            continue;
        }
        openRules.insert(finding.rule);
        switch (finding.severity) {
        case Severity::Error: ++summary.errors; break;
        case Severity::Warning: ++summary.warnings; break;
        case Severity::Info: ++summary.notes; break;
        }
    }
    summary.rules = QStringList(openRules.cbegin(), openRules.cend());
    summary.rules.sort();
    if (report.year > 0 && report.published.isValid())
        summary.deadlineMet = late ? 0 : 1;

    for (const QString &rule : arithmeticRules()) {
        const QString tableId = rule.section(QLatin1Char('.'), 0, 0);
        const ReportTable *table = report.table(tableId);
        if (!table || !table->present)
            summary.ruleStatus.insert(rule, QStringLiteral("missing"));
        else if (openRules.contains(rule))
            summary.ruleStatus.insert(rule, QStringLiteral("error"));
        else if (acceptedRules.contains(rule))
            summary.ruleStatus.insert(rule, QStringLiteral("accepted"));
        else
            summary.ruleStatus.insert(rule, QStringLiteral("ok"));
    }

    for (const QString &id : keyFigures()) {
        bool any = false;
        double sum = 0;
        const QStringList cells = keyFigureCells(id);
        for (const QString &cellId : cells) {
            const CellValue value = document.value(cellId);
            if (value.isNumber()) {
                any = true;
                sum += value.number();
            }
        }
        if (any)
            summary.figures.insert(id, sum);
    }
    const QStringList carry = carryCells();
    for (const QString &cellId : carry) {
        const CellValue value = document.value(cellId);
        if (value.isNumber())
            summary.figures.insert(cellId, value.number());
    }
    return summary;
}

ReportSummary SummaryBuilder::unreadable(const QString &path, const QString &relativePath, const QString &error)
{
    ReportSummary summary;
    summary.path = path;
    summary.relativePath = relativePath;
    summary.error = error;
    return summary;
}

QStringList SummaryBuilder::header()
{
    QStringList header = {tr("file"),     tr("format"),        tr("agency"), tr("year"),     tr("template"),
                          tr("published"), tr("deadline met"), tr("status"), tr("errors"),   tr("warnings"),
                          tr("notes"),    tr("corrections"),   tr("accepted findings")};
    header.append(arithmeticRules());
    for (const QString &id : keyFigures())
        header.append(keyFigureLabel(id));
    header.append(tr("why it could not be read"));
    return header;
}

QString SummaryBuilder::statusId(ReportSummary::Status status)
{
    switch (status) {
    case ReportSummary::Status::NotRead: return QStringLiteral("not_read");
    case ReportSummary::Status::Unreadable: return QStringLiteral("unreadable");
    case ReportSummary::Status::Errors: return QStringLiteral("errors");
    case ReportSummary::Status::Warnings: return QStringLiteral("warnings");
    case ReportSummary::Status::Clean: return QStringLiteral("clean");
    case ReportSummary::Status::Reviewed: return QStringLiteral("reviewed");
    }
    return QString();
}

QString SummaryBuilder::statusText(ReportSummary::Status status)
{
    switch (status) {
    case ReportSummary::Status::NotRead: return tr("not yet read");
    case ReportSummary::Status::Unreadable: return tr("unreadable");
    case ReportSummary::Status::Errors: return tr("errors");
    case ReportSummary::Status::Warnings: return tr("warnings");
    case ReportSummary::Status::Clean: return tr("clean");
    case ReportSummary::Status::Reviewed: return tr("reviewed");
    }
    return QString();
}

QString SummaryBuilder::figureText(const ReportSummary &summary, const QString &id)
{
    const auto it = summary.figures.constFind(id);
    return it == summary.figures.cend() ? QString() : SumCheck::formatNumber(it.value());
}

QStringList SummaryBuilder::row(const ReportSummary &summary)
{
    if (!summary.read) {
        QStringList row = {summary.relativePath, summary.format};
        while (row.size() < header().size() - 1)
            row.append(QString());
        row[7] = statusText(summary.status());
        row.append(summary.error);
        return row;
    }
    const QString deadline = summary.deadlineMet < 0 ? QString() : summary.deadlineMet ? tr("yes") : tr("no");
    QStringList row = {summary.relativePath,
                       summary.format,
                       summary.agency,
                       summary.year > 0 ? QString::number(summary.year) : QString(),
                       summary.templateName,
                       summary.published.isValid() ? summary.published.toString(Qt::ISODate) : QString(),
                       deadline,
                       statusText(summary.status()),
                       QString::number(summary.errors),
                       QString::number(summary.warnings),
                       QString::number(summary.notes),
                       QString::number(summary.corrections),
                       QString::number(summary.accepted)};
    for (const QString &rule : arithmeticRules())
        row.append(summary.ruleStatus.value(rule));
    for (const QString &id : keyFigures())
        row.append(figureText(summary, id));
    row.append(QString());
    return row;
}

QByteArray SummaryBuilder::encode(const ReportSummary &summary)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(encodingVersion) << summary.read << summary.error << summary.format << summary.agency
        << summary.agencyKey << qint32(summary.year) << summary.templateName << summary.published
        << qint32(summary.deadlineMet) << qint32(summary.errors) << qint32(summary.warnings) << qint32(summary.notes)
        << qint32(summary.corrections) << qint32(summary.accepted) << summary.ruleStatus << summary.rules
        << summary.figures;
    return bytes;
}

bool SummaryBuilder::decode(const QByteArray &bytes, ReportSummary *summary)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    in >> version;
    if (version != encodingVersion)
        return false;
    ReportSummary s;
    qint32 year = 0, deadline = 0, errors = 0, warnings = 0, notes = 0, corrections = 0, accepted = 0;
    in >> s.read >> s.error >> s.format >> s.agency >> s.agencyKey >> year >> s.templateName >> s.published
        >> deadline >> errors >> warnings >> notes >> corrections >> accepted >> s.ruleStatus >> s.rules >> s.figures;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    s.year = year;
    s.deadlineMet = deadline;
    s.errors = errors;
    s.warnings = warnings;
    s.notes = notes;
    s.corrections = corrections;
    s.accepted = accepted;
    s.path = summary->path;
    s.relativePath = summary->relativePath;
    *summary = s;
    return true;
}

} // namespace gk
