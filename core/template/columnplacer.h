#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gk {

/**
 * Places values whose columns were lost in flattening. Two problems:
 * - blank cells dropped: k known values (in order) over n columns;
 * - separators dropped: runs of digits ("640020470") to be cut into n values.
 * Candidates are filtered by the row's own arithmetic (a caller-supplied constraint); the caller
 * ranks what is left with the table's column arithmetic. Enumeration is bounded, so a
 * pathological row costs milliseconds, not minutes.
 */
class ColumnPlacer
{
public:
    /** One way to fill a row: a value (or nothing) per column. */
    using Placement = QList<std::optional<double>>;
    using RowConstraint = std::function<bool(const Placement &)>;

    /** Where a value of a digit split came from: the group and the characters within it. */
    struct Piece
    {
        int group = 0;
        int offset = 0;
        int length = 0;
    };
    struct Split
    {
        Placement values;
        QList<Piece> pieces;
    };

    /**
     * Every order-preserving way to put `values` into `columnCount` columns that satisfies
     * `fits`; each candidate also gives the column of each value. Leftmost placements first.
     */
    static QList<QList<int>> placeValues(const QList<double> &values, int columnCount, const RowConstraint &fits,
                                         int limit = 5000);
    /**
     * Every way to cut `groups` (digit runs separated by spaces in the source, each optionally
     * starting with a sign) into exactly `columnCount` values without leading zeros that
     * satisfies `fits`.
     */
    static QList<Split> splitDigits(const QStringList &groups, int columnCount, const RowConstraint &fits,
                                    int limit = 5000);
    static Placement placementOf(const QList<double> &values, const QList<int> &columns, int columnCount);
    /** Sum of columns [from, to), blanks as 0. */
    static double sum(const Placement &placement, int from, int to);
};

} // namespace gk
