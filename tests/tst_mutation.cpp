#include "checks/applicationrules.h"
#include "checks/checker.h"
#include "pipeline/extractor.h"
#include "seedtext.h"

#include <QTest>

using namespace gk;
using namespace gk::test;

/**
 * Every +1 change of a statistics cell must be caught: the arithmetic rules are the reason the tool
 * exists, and a rule that silently misses a cell is worse than no rule.
 */
class TestMutation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMutantIsCaught_data();
    void everyMutantIsCaught();
    void decidableMutantsAreCaughtDespiteBlanks();

private:
    static QStringList mutableCells(const Report &report);
};

namespace {

bool namesCellAsError(const QList<Finding> &findings, const QString &cellId, QString *why = nullptr)
{
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error && f.cells.contains(cellId))
            return true;
        if (why && f.cells.contains(cellId))
            *why += f.rule + QLatin1Char(':') + severityId(f.severity) + QLatin1Char(' ') + f.expression + QLatin1Char(';');
    }
    return false;
}

QList<Finding> errorsOf(const QList<Finding> &findings)
{
    QList<Finding> errors;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            errors.append(f);
    }
    return errors;
}

void mutate(Report &report, const QString &cellId)
{
    ReportCell *cell = report.cell(cellId);
    // A blank is an unknown number; the mutant writes it as 1 (0 + 1).
    const double value = cell->value.isNumber() ? cell->value.number() : 0;
    cell->value = CellValue::number(value + 1, QString::number(value + 1));
}

/** The identities of report-model.md, each as left cells = right cells, written out independently. */
struct Identity
{
    QStringList left;
    QStringList right;
    /** Across rows or column groups: a value in a guessed column decides nothing (a row sum does). */
    bool placementSensitive = true;
};

QList<Identity> identities(const Report &report)
{
    QList<Identity> result;
    if (const ReportTable *t = report.table(QStringLiteral("applications")); t && t->present) {
        const QStringList results = ApplicationRules::resultRowIds(t->spec);
        for (const RowSpec &row : t->spec.rows) {
            Identity rowTotal;
            rowTotal.placementSensitive = false;
            for (const ColumnSpec &column : t->spec.columns) {
                const QString id = CellId::join(t->spec.id, row.id, column.id);
                (column.id == QLatin1String("total") ? rowTotal.left : rowTotal.right).append(id);
            }
            result.append(rowTotal);
        }
        for (const ColumnSpec &column : t->spec.columns) {
            auto id = [&](const char *rowId) { return CellId::join(t->spec.id, QString::fromLatin1(rowId), column.id); };
            result.append({{id("new_received"), id("carried_over")}, {id("result_total"), id("carried_forward")}});
            Identity total{{id("result_total")}, {}};
            for (const QString &rowId : results)
                total.right.append(CellId::join(t->spec.id, rowId, column.id));
            result.append(total);
        }
    }
    if (const ReportTable *t = report.table(QStringLiteral("reviews")); t && t->present) {
        for (const char *group : {"review", "direct", "after"}) {
            const QString g = QStringLiteral("reviews.all.") + QString::fromLatin1(group) + QLatin1Char('_');
            result.append({{g + QStringLiteral("total")},
                           {g + QStringLiteral("upheld"), g + QStringLiteral("corrected"), g + QStringLiteral("other"),
                            g + QStringLiteral("pending")}});
        }
    }
    return result;
}

/** Broken whatever the blanks hold, and not only because of a value in a guessed column. */
bool decidablyBroken(const Report &report, const Identity &identity)
{
    double sums[2] = {0, 0};
    bool blanks[2] = {false, false};
    const QStringList *sides[2] = {&identity.left, &identity.right};
    for (int s = 0; s < 2; ++s) {
        for (const QString &id : *sides[s]) {
            const ReportCell *cell = report.cell(id);
            if (!cell || (cell->uncertain && identity.placementSensitive) || cell->value.isInvalid())
                return false;
            if (cell->value.isBlank())
                blanks[s] = true;
            else
                sums[s] += cell->value.number();
        }
    }
    if (qFuzzyCompare(1 + sums[0], 1 + sums[1]))
        return false;
    const int low = sums[0] < sums[1] ? 0 : 1;
    return !blanks[low];
}

} // namespace

QStringList TestMutation::mutableCells(const Report &report)
{
    QStringList ids;
    for (const QString &id : report.cellIds()) {
        if (id.startsWith(QStringLiteral("applications.")) || id.startsWith(QStringLiteral("reviews.")))
            ids.append(id);
    }
    return ids;
}

void TestMutation::everyMutantIsCaught_data()
{
    QTest::addColumn<QString>("seed");
    for (const char *seed : {"000", "001", "003", "004"})
        QTest::addRow("seed %s", seed) << QString::fromLatin1(seed);
}

void TestMutation::everyMutantIsCaught()
{
    QFETCH(QString, seed);
    const Extractor::Result extracted = Extractor::extract(seedPath(seed));
    QVERIFY2(extracted.ok, qPrintable(extracted.error));
    const QList<Finding> clean = errorsOf(Checker::check(extracted.report));
    QVERIFY2(clean.isEmpty(), clean.isEmpty() ? "" : qPrintable(clean.constFirst().rule + QLatin1Char(' ') + clean.constFirst().expression));

    const QStringList cells = mutableCells(extracted.report);
    QVERIFY(cells.size() >= 15 + 7 * 23);
    QStringList missed;
    for (const QString &cellId : cells) {
        Report mutant = extracted.report;
        mutate(mutant, cellId);
        QString why;
        if (!namesCellAsError(Checker::check(mutant), cellId, &why))
            missed.append(cellId + QStringLiteral(" [") + why + QLatin1Char(']'));
    }
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("uncaught mutants: ") + missed.join(QStringLiteral(", "))));
}

void TestMutation::decidableMutantsAreCaughtDespiteBlanks()
{
    const Extractor::Result extracted = Extractor::extract(seedPath(QStringLiteral("002")));
    QVERIFY2(extracted.ok, qPrintable(extracted.error));
    const QList<Finding> clean = errorsOf(Checker::check(extracted.report));
    QVERIFY2(clean.isEmpty(), clean.isEmpty() ? "" : qPrintable(clean.constFirst().rule + QLatin1Char(' ') + clean.constFirst().expression));

    int decidable = 0;
    QStringList missed;
    for (const QString &cellId : mutableCells(extracted.report)) {
        Report mutant = extracted.report;
        mutate(mutant, cellId);
        bool mustCatch = false;
        for (const Identity &identity : identities(mutant)) {
            if ((identity.left.contains(cellId) || identity.right.contains(cellId)) && decidablyBroken(mutant, identity))
                mustCatch = true;
        }
        if (!mustCatch)
            continue;
        ++decidable;
        QString why;
        if (!namesCellAsError(Checker::check(mutant), cellId, &why))
            missed.append(cellId + QStringLiteral(" [") + why + QLatin1Char(']'));
    }
    QVERIFY2(decidable > 0, "no mutant of seed 002 is decidable: the oracle or the extraction is off");
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("uncaught mutants: ") + missed.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestMutation)
#include "tst_mutation.moc"
