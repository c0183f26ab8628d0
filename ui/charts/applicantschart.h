#pragma once

#include "chartbuilder.h"

namespace gk {

/** Applications by type of applicant: received this year and carried over from last year. */
class ApplicantsChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(gk::ApplicantsChart)
public:
    QString id() const override;
    QString title() const override;
    QString shortTitle() const override;
    ChartData build(const Report &report) const override;
};

} // namespace gk
