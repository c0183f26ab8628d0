#pragma once

#include "chartbuilder.h"

namespace gk {

/**
 * The Article 20 tables (第二十条), one bar per cell: rules and documents, licensing, penalties and
 * coercion, fees, procurement. Counts, yearly changes (本年增/减) and amounts (万元) are three panels,
 * each with its own value axis.
 */
class Article20Chart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(gk::Article20Chart)
public:
    QString id() const override;
    QString title() const override;
    QString shortTitle() const override;
    ChartData build(const Report &report) const override;
};

} // namespace gk
