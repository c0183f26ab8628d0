#pragma once

#include "chartbuilder.h"

namespace gk {

/** How the applications were answered: 三（一）…（六）, summed over the rows of each group (总计 column). */
class OutcomesChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(gk::OutcomesChart)
public:
    QString id() const override;
    QString title() const override;
    QString shortTitle() const override;
    ChartData build(const Report &report) const override;
};

} // namespace gk
