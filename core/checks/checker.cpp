#include "checker.h"

#include "applicationrules.h"
#include "compliancerules.h"
#include "narrativerules.h"
#include "plausibilityrules.h"
#include "repetitionrules.h"
#include "reviewrules.h"
#include "seriesrules.h"
#include "valuerules.h"

namespace gk {

QList<Finding> Checker::check(const Report &report)
{
    // A repeated table is one finding, not one layout.extra_row per row of every copy.
    const QSet<QString> repeated = RepetitionRules::repeatedRows(report);
    QList<Finding> findings;
    if (repeated.isEmpty()) {
        findings = report.parseFindings;
    } else {
        for (const Finding &finding : report.parseFindings) {
            if (finding.rule != QLatin1String("layout.extra_row") || !repeated.contains(finding.subject))
                findings.append(finding);
        }
    }
    // Appended through const references: QList::append(QList &&) of Qt 6.4 loses elements when the
    // list it appends to is empty and unshared.
    const QList<Finding> families[] = {ValueRules::check(report),        ApplicationRules::check(report),
                                       ReviewRules::check(report),       PlausibilityRules::check(report),
                                       NarrativeRules::check(report),    ComplianceRules::check(report),
                                       RepetitionRules::check(report)};
    for (const QList<Finding> &family : families)
        findings.append(family);
    return findings;
}

QList<Finding> Checker::checkSeries(const QList<const Report *> &reports)
{
    return SeriesRules::check(reports);
}

} // namespace gk
