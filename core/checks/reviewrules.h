#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>

namespace gk {

/** reviews.group_total: per group (复议, 直接起诉, 复议后起诉) 总计 = 维持+纠正+其他+尚未审结. */
class ReviewRules
{
    Q_DECLARE_TR_FUNCTIONS(gk::ReviewRules)
public:
    static QList<Finding> check(const Report &report);
};

} // namespace gk
