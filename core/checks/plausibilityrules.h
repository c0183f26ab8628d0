#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>

namespace gk {

/**
 * Soft checks (warnings) on the Article 20 tables: figures that cannot both be right, though no
 * printed formula ties them. See docs/rules.md for why these and not more.
 */
class PlausibilityRules
{
    Q_DECLARE_TR_FUNCTIONS(gk::PlausibilityRules)
public:
    static QList<Finding> check(const Report &report);
};

} // namespace gk
