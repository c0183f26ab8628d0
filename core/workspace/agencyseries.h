#pragma once

#include "model/finding.h"
#include "reportsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace gk {

/** The reports of one agency, by year. */
struct AgencyYears
{
    /** SeriesRules::agencyKey of the name. */
    QString key;
    /** The name as the latest report prints it. */
    QString agency;
    /** Indexes into the summaries, by year, then by relative path. */
    QList<int> reports;
};

/**
 * Links the years of each agency in a batch: groups the summaries by agency (names normalised by
 * SeriesRules::agencyKey), runs series.carry_mismatch over consecutive years from the figures the
 * summaries keep, and lays out the year-by-year table of the key figures.
 */
class AgencySeries
{
    Q_DECLARE_TR_FUNCTIONS(gk::AgencySeries)
public:
    explicit AgencySeries(const QList<ReportSummary> &summaries);

    const QList<AgencyYears> &agencies() const { return m_agencies; }
    /** series.carry_mismatch findings, agency by agency, year by year. */
    const QList<Finding> &findings() const { return m_findings; }
    /** The carry-over findings between a report and the one of the year before (indexes into summaries). */
    QList<Finding> findingsInto(int report) const;
    /** The index of the same agency's report of the year before, or −1. */
    int previousYear(int report) const;
    /** "ok", "differs in N columns", or empty when there is no report of the year before. */
    QString carryText(int report) const;

    static QStringList yearsHeader();
    QList<QStringList> yearsRows() const;

private:
    QList<ReportSummary> m_summaries;
    QList<AgencyYears> m_agencies;
    QList<Finding> m_findings;
    QHash<QString, QList<int>> m_findingsBySubject;
    /** For each summary: its agency's index in m_agencies, or −1. */
    QList<int> m_agencyOf;
};

} // namespace gk
