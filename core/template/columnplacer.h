#pragma once

#include <QList>

#include <functional>
#include <optional>

namespace gk {

/**
 * A row's values as the arithmetic sees them while RowReader places values whose columns were lost:
 * a value (or nothing) per column, and the row's own arithmetic as a constraint on them.
 */
class ColumnPlacer
{
public:
    /** One way to fill a row: a value (or nothing) per column. */
    using Placement = QList<std::optional<double>>;
    using RowConstraint = std::function<bool(const Placement &)>;

    /** Sum of columns [from, to), blanks as 0. */
    static double sum(const Placement &placement, int from, int to);
};

} // namespace gk
