#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>

namespace gk {

/**
 * narrative.mismatch: a number the prose states for a table quantity (applications received,
 * disclosed, 行政复议, 行政诉讼) that disagrees with the table. Only clear patterns count.
 */
class NarrativeRules
{
    Q_DECLARE_TR_FUNCTIONS(gk::NarrativeRules)
public:
    static QList<Finding> check(const Report &report);
    /**
     * The text in 简体 with every position where it was in the original (a character whose
     * simplified form has another length is kept as it is), so matches give source spans.
     */
    static QString alignedSimplified(const QString &text);
};

} // namespace gk
