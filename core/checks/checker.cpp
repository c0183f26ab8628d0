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
    findings += ValueRules::check(report);
    findings += ApplicationRules::check(report);
    findings += ReviewRules::check(report);
    findings += PlausibilityRules::check(report);
    findings += NarrativeRules::check(report);
    findings += ComplianceRules::check(report);
    return findings;
}

QList<Finding> Checker::checkSeries(const QList<const Report *> &reports)
{
    return SeriesRules::check(reports);
}

} // namespace gk
