#include "columnplacer.h"

namespace gk {

namespace {

// Bounds the search on hostile input (a line of thousands of digits): enough for any real row.
constexpr long maximumSteps = 200'000;
constexpr int maximumDigitsPerValue = 9;

void choose(const QList<double> &values, int columnCount, const ColumnPlacer::RowConstraint &fits, int limit,
            QList<int> &current, QList<QList<int>> &out, long &steps)
{
    if (out.size() >= limit || ++steps > maximumSteps)
        return;
    const int placed = current.size();
    if (placed == values.size()) {
        if (!fits || fits(ColumnPlacer::placementOf(values, current, columnCount)))
            out.append(current);
        return;
    }
    const int first = placed == 0 ? 0 : current.last() + 1;
    const int remaining = values.size() - placed;
    for (int column = first; column <= columnCount - remaining; ++column) {
        current.append(column);
        choose(values, columnCount, fits, limit, current, out, steps);
        current.removeLast();
    }
}

struct SplitSearch
{
    const QStringList &groups;
    int columnCount;
    const ColumnPlacer::RowConstraint &fits;
    int limit;
    QList<ColumnPlacer::Split> out;
    ColumnPlacer::Split current;
    long steps = 0;
    QList<int> digitsAfter; // digits in groups after index g

    void run(int group, int offset)
    {
        if (out.size() >= limit || ++steps > maximumSteps)
            return;
        const int made = current.values.size();
        if (group == groups.size()) {
            if (made == columnCount && (!fits || fits(current.values)))
                out.append(current);
            return;
        }
        const QString &g = groups.at(group);
        if (offset == g.size()) {
            run(group + 1, 0);
            return;
        }
        const int groupsLeft = groups.size() - group - 1;
        const int needed = columnCount - made;
        if (needed <= groupsLeft)
            return; // every later group needs at least one value
        int start = offset;
        bool negative = false;
        if (offset == 0 && (g.at(0) == QLatin1Char('-') || g.at(0) == QLatin1Char('+'))) {
            negative = g.at(0) == QLatin1Char('-');
            ++start;
        }
        if (start >= g.size())
            return;
        const int available = g.size() - start;
        const int maximumLength = g.at(start) == QLatin1Char('0') ? 1 : std::min(available, maximumDigitsPerValue);
        for (int length = 1; length <= maximumLength; ++length) {
            const int restOfGroup = available - length;
            // the rest of this group and the later groups must still be able to make the rest
            const int stillNeeded = needed - 1;
            const int digitsLeft = restOfGroup + digitsAfter.at(group);
            if (stillNeeded > digitsLeft)
                continue;
            if (stillNeeded < groupsLeft + (restOfGroup > 0 ? 1 : 0))
                continue;
            double value = g.mid(start, length).toDouble();
            if (negative)
                value = -value;
            current.values.append(value);
            current.pieces.append({group, offset, start - offset + length});
            run(group, start + length);
            current.values.removeLast();
            current.pieces.removeLast();
        }
    }
};

} // namespace

ColumnPlacer::Placement ColumnPlacer::placementOf(const QList<double> &values, const QList<int> &columns,
                                                  int columnCount)
{
    Placement placement(columnCount);
    for (int i = 0; i < values.size() && i < columns.size(); ++i)
        placement[columns.at(i)] = values.at(i);
    return placement;
}

QList<QList<int>> ColumnPlacer::placeValues(const QList<double> &values, int columnCount, const RowConstraint &fits,
                                            int limit)
{
    QList<QList<int>> out;
    if (values.size() > columnCount)
        return out;
    QList<int> current;
    long steps = 0;
    choose(values, columnCount, fits, limit, current, out, steps);
    return out;
}

QList<ColumnPlacer::Split> ColumnPlacer::splitDigits(const QStringList &groups, int columnCount,
                                                     const RowConstraint &fits, int limit)
{
    SplitSearch search{groups, columnCount, fits, limit, {}, {}, 0, {}};
    search.digitsAfter.resize(groups.size());
    int after = 0;
    for (int g = groups.size() - 1; g >= 0; --g) {
        search.digitsAfter[g] = after;
        for (const QChar c : groups.at(g)) {
            if (c.isDigit())
                ++after;
        }
    }
    if (!groups.isEmpty())
        search.run(0, 0);
    return search.out;
}

double ColumnPlacer::sum(const Placement &placement, int from, int to)
{
    double total = 0;
    for (int i = from; i < to && i < placement.size(); ++i)
        total += placement.at(i).value_or(0.0);
    return total;
}

} // namespace gk
