#include "applicationsarithmetic.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace gk {

namespace {

constexpr int candidatesPerRow = 400;

/** The rows the table's rules add up, looked up once: the rules are counted for every combination. */
struct RuleRows
{
    explicit RuleRows(const TableSpec &spec)
        : columns(int(spec.columns.size()))
        , newReceived(spec.rowIndex(QStringLiteral("new_received")))
        , carriedOver(spec.rowIndex(QStringLiteral("carried_over")))
        , resultTotal(spec.rowIndex(QStringLiteral("result_total")))
        , carriedForward(spec.rowIndex(QStringLiteral("carried_forward")))
    {
        for (int r = 0; r < spec.rows.size(); ++r) {
            if (r != newReceived && r != carriedOver && r != resultTotal && r != carriedForward)
                outcomes.append(r);
        }
    }
    int columns;
    int newReceived;
    int carriedOver;
    int resultTotal;
    int carriedForward;
    QList<int> outcomes;
};

int satisfiedRules(const RuleRows &rules, const QList<ColumnPlacer::Placement> &grid)
{
    const auto value = [&](int row, int column) { return row < 0 ? 0.0 : grid.at(row).at(column).value_or(0.0); };
    int satisfied = 0;
    for (int c = 0; c < rules.columns; ++c) {
        if (std::abs(value(rules.newReceived, c) + value(rules.carriedOver, c) - value(rules.resultTotal, c) -
                     value(rules.carriedForward, c)) < 1e-9)
            ++satisfied;
        double outcomes = 0;
        for (const int r : rules.outcomes)
            outcomes += value(r, c);
        if (std::abs(outcomes - value(rules.resultTotal, c)) < 1e-9)
            ++satisfied;
    }
    return satisfied;
}

} // namespace

namespace {

// Coordinate descent: each open row in turn takes the reading that satisfies the most rules.
void descend(const RuleRows &rules, QList<ColumnPlacer::Placement> &grid, QList<ApplicationsArithmetic::Open> &open)
{
    for (int pass = 0; pass < 4; ++pass) {
        bool changed = false;
        for (int k = 0; k < open.size(); ++k) {
            ApplicationsArithmetic::Open &o = open[k];
            int bestScore = -1;
            int choice = o.chosen;
            const int count = int(std::min<qsizetype>(o.readings.size(), candidatesPerRow));
            for (int i = 0; i < count; ++i) {
                grid[o.row] = o.readings.at(i).numbers;
                const int score = satisfiedRules(rules, grid);
                if (score > bestScore) {
                    bestScore = score;
                    choice = i;
                }
            }
            grid[o.row] = o.readings.at(choice).numbers;
            changed = changed || choice != o.chosen;
            o.chosen = choice;
        }
        if (!changed)
            break;
    }
}

constexpr long exhaustiveLimit = 20000;

// Every combination of readings, when there are few: the rows whose reading is the same in every
// best combination are decided, the others are left open. Combinations are visited in order, the
// last open row changing fastest; each rule's per-column sums are kept per depth, so a combination
// costs the rows that changed, not the whole table.
bool decideExhaustively(const RuleRows &rules, QList<ColumnPlacer::Placement> &grid,
                        QList<ApplicationsArithmetic::Open> &open)
{
    long combinations = 1;
    for (const ApplicationsArithmetic::Open &o : std::as_const(open)) {
        combinations *= long(o.readings.size());
        if (combinations > exhaustiveLimit)
            return false;
    }
    const int columns = rules.columns;
    const int depth = int(open.size());
    // Each row's part in the two rules: 一 + 二 − 三（七） − 四 = 0 and Σ results − 三（七） = 0.
    const auto balanceSign = [&](int row) {
        if (row == rules.newReceived || row == rules.carriedOver)
            return 1.0;
        return row == rules.resultTotal || row == rules.carriedForward ? -1.0 : 0.0;
    };
    const auto outcomeSign = [&](int row) {
        if (row == rules.resultTotal)
            return -1.0;
        return rules.outcomes.contains(row) ? 1.0 : 0.0;
    };
    // Level 0: the rows that are not open. Level k + 1: level k with open row k's current reading.
    std::vector<double> sums(size_t(depth + 1) * 2 * size_t(columns), 0.0);
    for (int r = 0; r < grid.size(); ++r) {
        if (std::any_of(open.cbegin(), open.cend(), [&](const ApplicationsArithmetic::Open &o) { return o.row == r; }))
            continue;
        for (int c = 0; c < columns; ++c) {
            const double v = grid.at(r).at(c).value_or(0.0);
            sums[size_t(c)] += balanceSign(r) * v;
            sums[size_t(columns + c)] += outcomeSign(r) * v;
        }
    }
    std::vector<std::vector<double>> values(open.size()); // per open row: its readings' values, flat
    for (int k = 0; k < depth; ++k) {
        for (const RowReading &reading : std::as_const(open.at(k).readings)) {
            for (int c = 0; c < columns; ++c)
                values[size_t(k)].push_back(reading.numbers.at(c).value_or(0.0));
        }
    }
    std::vector<int> current(size_t(depth), 0);
    const auto extend = [&](int k) {
        const double *from = sums.data() + size_t(k) * 2 * size_t(columns);
        double *to = sums.data() + size_t(k + 1) * 2 * size_t(columns);
        const double *v = values[size_t(k)].data() + size_t(current[size_t(k)]) * size_t(columns);
        const double balance = balanceSign(open.at(k).row), outcome = outcomeSign(open.at(k).row);
        for (int c = 0; c < columns; ++c) {
            to[c] = from[c] + balance * v[c];
            to[columns + c] = from[columns + c] + outcome * v[c];
        }
    };
    for (int k = 0; k < depth; ++k)
        extend(k);

    int best = -1;
    std::vector<int> firstBest;
    std::vector<std::vector<bool>> inBest(open.size());
    for (int k = 0; k < depth; ++k)
        inBest[size_t(k)].assign(size_t(open.at(k).readings.size()), false);
    const double *leaf = sums.data() + size_t(depth) * 2 * size_t(columns);
    while (true) {
        int score = 0;
        for (int c = 0; c < 2 * columns; ++c)
            score += std::abs(leaf[c]) < 1e-9 ? 1 : 0;
        if (score > best) {
            best = score;
            firstBest = current;
            for (std::vector<bool> &flags : inBest)
                std::fill(flags.begin(), flags.end(), false);
        }
        if (score == best) {
            for (int k = 0; k < depth; ++k)
                inBest[size_t(k)][size_t(current[size_t(k)])] = true;
        }
        int k = depth - 1;
        while (k >= 0 && ++current[size_t(k)] == int(open.at(k).readings.size())) {
            current[size_t(k)] = 0;
            --k;
        }
        if (k < 0)
            break;
        for (int j = k; j < depth; ++j)
            extend(j);
    }
    for (int k = 0; k < depth; ++k) {
        ApplicationsArithmetic::Open &o = open[k];
        o.chosen = firstBest.at(size_t(k));
        o.decided = std::count(inBest.at(size_t(k)).cbegin(), inBest.at(size_t(k)).cend(), true) == 1;
        grid[o.row] = o.readings.at(o.chosen).numbers;
    }
    return true;
}

} // namespace

void ApplicationsArithmetic::decide(const TableSpec &spec, const QList<ColumnPlacer::Placement> &known, QList<Open> &open)
{
    if (open.isEmpty())
        return;
    QList<ColumnPlacer::Placement> grid = known;
    for (const Open &o : std::as_const(open))
        grid[o.row] = o.readings.first().numbers;
    const RuleRows rules(spec);
    if (decideExhaustively(rules, grid, open))
        return;
    // Too many combinations: choose row by row, and leave every such row marked as a guess.
    descend(rules, grid, open);
    for (Open &o : open)
        o.decided = false;
}

} // namespace gk
