#include "agencyseries.h"

#include "checks/seriesrules.h"
#include "model/report.h"
#include "model/templatespec.h"

#include <QMap>

#include <algorithm>

namespace gk {

namespace {

/** Only what series.carry_mismatch reads: the applications table's 二 and 四 rows. */
Report carryReport(const ReportSummary &summary)
{
    static const TableSpec spec = [] {
        TableSpec s = *TemplateSpec::table(TemplateVersion::V2019, QStringLiteral("applications"));
        QList<RowSpec> rows;
        for (const RowSpec &row : std::as_const(s.rows)) {
            if (row.id == QLatin1String("carried_over") || row.id == QLatin1String("carried_forward"))
                rows.append(row);
        }
        s.rows = rows;
        return s;
    }();
    Report report;
    report.agency = summary.agency;
    report.year = summary.year;
    report.fileName = summary.relativePath;
    ReportTable table;
    table.spec = spec;
    table.present = true;
    for (const RowSpec &row : spec.rows) {
        for (const ColumnSpec &column : spec.columns) {
            ReportCell cell;
            cell.id = CellId::join(spec.id, row.id, column.id);
            const auto it = summary.figures.constFind(cell.id);
            if (it != summary.figures.cend())
                cell.value = CellValue::number(it.value(), QString::number(it.value()));
            table.cells.append(cell);
        }
    }
    report.tables.append(table);
    return report;
}

} // namespace

AgencySeries::AgencySeries(const QList<ReportSummary> &summaries)
    : m_summaries(summaries)
    , m_agencyOf(summaries.size(), -1)
{
    QMap<QString, QList<int>> byKey;
    for (int i = 0; i < summaries.size(); ++i) {
        const ReportSummary &summary = summaries.at(i);
        if (!summary.read || summary.year <= 0)
            continue;
        const QString key = summary.agencyKey.isEmpty() ? SeriesRules::agencyKey(summary.agency) : summary.agencyKey;
        if (!key.isEmpty())
            byKey[key].append(i);
    }
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        AgencyYears agency;
        agency.key = it.key();
        agency.reports = it.value();
        std::stable_sort(agency.reports.begin(), agency.reports.end(), [&summaries](int a, int b) {
            const ReportSummary &x = summaries.at(a);
            const ReportSummary &y = summaries.at(b);
            if (x.year != y.year)
                return x.year < y.year;
            return QString::compare(x.relativePath, y.relativePath, Qt::CaseSensitive) < 0;
        });
        agency.agency = summaries.at(agency.reports.constLast()).agency;
        for (int report : std::as_const(agency.reports))
            m_agencyOf[report] = int(m_agencies.size());
        m_agencies.append(agency);

        // Neighbours in year order, as SeriesRules::check pairs them; only consecutive years are compared.
        for (int i = 0; i + 1 < agency.reports.size(); ++i) {
            const ReportSummary &last = summaries.at(agency.reports.at(i));
            const ReportSummary &next = summaries.at(agency.reports.at(i + 1));
            if (next.year == last.year + 1)
                m_findings.append(SeriesRules::checkPair(carryReport(last), carryReport(next), agency.key));
        }
    }
    for (int f = 0; f < m_findings.size(); ++f)
        m_findingsBySubject[m_findings.at(f).subject].append(f);
}

int AgencySeries::previousYear(int report) const
{
    if (report < 0 || report >= m_agencyOf.size() || m_agencyOf.at(report) < 0)
        return -1;
    const QList<int> &reports = m_agencies.at(m_agencyOf.at(report)).reports;
    const int year = m_summaries.at(report).year;
    int previous = -1;
    // SeriesRules compares neighbours in this order; with two reports of one year, the later listed one.
    for (int other : reports) {
        if (m_summaries.at(other).year == year - 1)
            previous = other;
    }
    return previous;
}

QList<Finding> AgencySeries::findingsInto(int report) const
{
    const int previous = previousYear(report);
    if (previous < 0)
        return {};
    const QString subject = m_agencies.at(m_agencyOf.at(report)).key + QLatin1Char('|')
                            + QString::number(m_summaries.at(previous).year) + QLatin1Char('-')
                            + QString::number(m_summaries.at(report).year);
    QList<Finding> findings;
    const QList<int> indexes = m_findingsBySubject.value(subject);
    for (int f : indexes)
        findings.append(m_findings.at(f));
    return findings;
}

QString AgencySeries::carryText(int report) const
{
    if (previousYear(report) < 0)
        return QString();
    const qsizetype differing = findingsInto(report).size();
    return differing == 0 ? tr("ok") : tr("differs in %n column(s)", nullptr, int(differing));
}

QStringList AgencySeries::yearsHeader()
{
    QStringList header = {tr("agency"), tr("year"), tr("file")};
    for (const QString &id : SummaryBuilder::keyFigures())
        header.append(SummaryBuilder::keyFigureLabel(id));
    header.append(tr("carried over as last year forwarded"));
    return header;
}

QList<QStringList> AgencySeries::yearsRows() const
{
    QList<QStringList> rows;
    for (const AgencyYears &agency : m_agencies) {
        for (int report : agency.reports) {
            const ReportSummary &summary = m_summaries.at(report);
            QStringList row = {agency.agency, QString::number(summary.year), summary.relativePath};
            for (const QString &id : SummaryBuilder::keyFigures())
                row.append(SummaryBuilder::figureText(summary, id));
            row.append(carryText(report));
            rows.append(row);
        }
    }
    return rows;
}

} // namespace gk
