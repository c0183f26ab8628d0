#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace gk {

/**
 * Places values whose columns were lost in flattening. Two problems:
 * - blank cells dropped: k known values (in order) over n columns;
 * - separators dropped: runs of digits ("640020470") to be cut into n values.
 * Candidates are checked against the row's own arithmetic (a caller-supplied constraint); the
 * caller ranks what is left with the table's column arithmetic. Every candidate list is in order
 * of plausibility: the first is the best guess.
 */
class ColumnPlacer
{
public:
    /** One way to fill a row: a value (or nothing) per column. */
    using Placement = QList<std::optional<double>>;
    using RowConstraint = std::function<bool(const Placement &)>;

    /** Every order-preserving way to put `values` into `columnCount` columns that satisfies `fits`. */
    static QList<Placement> placeValues(const QList<double> &values, int columnCount, const RowConstraint &fits,
                                        int limit = 20000);
    /**
     * Every way to cut `groups` (digit runs, separated by spaces in the source; a sign starts a
     * new value) into exactly `columnCount` values without leading zeros that satisfies `fits`.
     * `cuts` receives, per candidate, the character offsets (within the joined groups) of each value.
     */
    static QList<Placement> splitDigits(const QStringList &groups, int columnCount, const RowConstraint &fits,
                                        int limit = 20000);
    /** Sum of the given columns, blanks as 0. */
    static double sum(const Placement &placement, int from, int to);
};

} // namespace gk
