#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>

namespace gk {

/** value.invalid (not a number, negative or fractional count) and value.blank (one finding per row). */
class ValueRules
{
    Q_DECLARE_TR_FUNCTIONS(gk::ValueRules)
public:
    static QList<Finding> check(const Report &report);
};

} // namespace gk
