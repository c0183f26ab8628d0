#include "checker.h"

#include "applicationrules.h"
#include "compliancerules.h"
#include "narrativerules.h"
#include "plausibilityrules.h"
#include "reviewrules.h"
#include "seriesrules.h"
#include "valuerules.h"

namespace gk {

QList<Finding> Checker::check(const Report &report)
{
    QList<Finding> findings = report.parseFindings;
    // Appended through const references: QList::append(QList &&) of Qt 6.4 loses elements when the
    // list it appends to is empty and unshared.
    const QList<Finding> families[] = {ValueRules::check(report),        ApplicationRules::check(report),
                                       ReviewRules::check(report),       PlausibilityRules::check(report),
                                       NarrativeRules::check(report),    ComplianceRules::check(report)};
    for (const QList<Finding> &family : families)
        findings.append(family);
    return findings;
}

QList<Finding> Checker::checkSeries(const QList<const Report *> &reports)
{
    return SeriesRules::check(reports);
}

} // namespace gk
