#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>
#include <QDate>

namespace gk {

/** meta.late_publication (条例 第四十九条) and meta.missing_section (the six required sections). */
class ComplianceRules
{
    Q_DECLARE_TR_FUNCTIONS(gk::ComplianceRules)
public:
    static QList<Finding> check(const Report &report);

    /**
     * True for a people's government as a whole (本级政府: "保康县人民政府", "保康县", "高新區(新市區)"),
     * false for one of its departments ("…人民政府办公室", "…教育局") and for an empty name.
     */
    static bool isGovernmentAsAWhole(const QString &agency);
    /** 31 January (department) or 31 March (government as a whole) of year + 1. */
    static QDate deadline(int year, bool governmentAsAWhole);

private:
    static QList<Finding> checkPublication(const Report &report);
    static QList<Finding> checkSections(const Report &report);
};

} // namespace gk
