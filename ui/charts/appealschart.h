#pragma once

#include "chartbuilder.h"

namespace gk {

/** 行政复议 and the two kinds of 行政诉讼: outcomes per group, with the printed total beside them. */
class AppealsChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(gk::AppealsChart)
public:
    QString id() const override;
    QString title() const override;
    QString shortTitle() const override;
    ChartData build(const Report &report) const override;
};

} // namespace gk
