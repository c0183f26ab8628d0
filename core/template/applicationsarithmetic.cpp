#include "applicationsarithmetic.h"

#include <algorithm>
#include <cmath>
#include <functional>

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
// best combination are decided, the others are left open.
bool decideExhaustively(const RuleRows &rules, QList<ColumnPlacer::Placement> &grid,
                        QList<ApplicationsArithmetic::Open> &open)
{
    long combinations = 1;
    for (const ApplicationsArithmetic::Open &o : std::as_const(open)) {
        combinations *= long(o.readings.size());
        if (combinations > exhaustiveLimit)
            return false;
    }
    int best = -1;
    QList<int> current(open.size(), 0);
    QList<QList<bool>> inBest(open.size());
    for (int k = 0; k < open.size(); ++k)
        inBest[k] = QList<bool>(open.at(k).readings.size(), false);
    QList<int> firstBest;
    std::function<void(int)> visit = [&](int k) {
        if (k == open.size()) {
            const int score = satisfiedRules(rules, grid);
            if (score > best) {
                best = score;
                firstBest = current;
                for (QList<bool> &flags : inBest)
                    flags.fill(false);
            }
            if (score == best) {
                for (int j = 0; j < open.size(); ++j)
                    inBest[j][current.at(j)] = true;
            }
            return;
        }
        for (int i = 0; i < open.at(k).readings.size(); ++i) {
            current[k] = i;
            grid[open.at(k).row] = open.at(k).readings.at(i).numbers;
            visit(k + 1);
        }
    };
    visit(0);
    for (int k = 0; k < open.size(); ++k) {
        ApplicationsArithmetic::Open &o = open[k];
        o.chosen = firstBest.at(k);
        o.decided = std::count(inBest.at(k).cbegin(), inBest.at(k).cend(), true) == 1;
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
