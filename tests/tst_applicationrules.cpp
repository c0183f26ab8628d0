#include "rulecase.h"

using namespace gk;
using namespace gk::test;

class TestApplicationRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void fingerprintIsStable();
    void mixedTemplateUsesActualRows();
};

namespace {
// 5 applications by natural persons, all disclosed: every identity holds.
const QString consistent = QStringLiteral(
    "a.new_received.natural_person=5,a.new_received.total=5,a.disclosed.natural_person=5,a.disclosed.total=5,"
    "a.result_total.natural_person=5,a.result_total.total=5,");
} // namespace

void TestApplicationRules::rules_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("edits");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("mentions");

    const QString balance = QStringLiteral("applications.balance");
    const QString row = QStringLiteral("applications.row_total");
    const QString result = QStringLiteral("applications.result_total");
    const QString v19 = QStringLiteral("2019");
    const QString v21 = QStringLiteral("2021");
    const QString none = QStringLiteral("none");
    const QString error = QStringLiteral("error");
    const QString warning = QStringLiteral("warning");

    QTest::newRow("all zero: balance holds") << v19 << QString() << balance << QString() << none << QString();
    QTest::newRow("consistent: balance holds") << v19 << consistent << balance << QString() << none << QString();
    QTest::newRow("consistent: row totals hold") << v19 << consistent << row << QString() << none << QString();
    QTest::newRow("consistent: result totals hold") << v19 << consistent << result << QString() << none << QString();
    QTest::newRow("2021 consistent: all hold") << v21 << consistent << QString() << QString() << none << QString();
    QTest::newRow("carried forward one too many breaks balance")
        << v19 << consistent + QStringLiteral("a.carried_forward.natural_person=1,a.carried_forward.total=1")
        << balance << QStringLiteral("a.carried_forward.natural_person") << error
        << QStringLiteral("一+二 = 5 ≠ 三（七）+四 = 6 (差 1)");
    QTest::newRow("balance on total column too")
        << v19 << consistent + QStringLiteral("a.carried_forward.natural_person=1,a.carried_forward.total=1")
        << balance << QStringLiteral("a.carried_forward.total") << error << QStringLiteral("(差 1)");
    QTest::newRow("row total off by one")
        << v19 << consistent + QStringLiteral("a.new_received.total=6") << row
        << QStringLiteral("a.new_received.total") << error << QStringLiteral("总计 = 6 ≠ 自然人+…+其他 = 5 (差 1)");
    QTest::newRow("row total of a withheld row")
        << v19 << QStringLiteral("a.withheld_process.research=2") << row << QStringLiteral("a.withheld_process.total")
        << error << QStringLiteral("(差 2)");
    QTest::newRow("2019 other row counts in result total")
        << v19 << consistent + QStringLiteral("a.other.natural_person=1,a.other.total=1") << result
        << QStringLiteral("a.other.natural_person") << error << QStringLiteral("三（七） = 5 ≠ 三（一）+…+三（六） = 6");
    QTest::newRow("2021 other_other row counts in result total")
        << v21 << consistent + QStringLiteral("a.other_other.natural_person=1,a.other_other.total=1") << result
        << QStringLiteral("a.other_other.natural_person") << error << QStringLiteral("(差 1)");
    QTest::newRow("2021 other_no_fee row counts in result total")
        << v21 << consistent + QStringLiteral("a.other_no_fee.commercial=2,a.other_no_fee.total=2") << result
        << QStringLiteral("a.other_no_fee.total") << error << QStringLiteral("(差 2)");
    QTest::newRow("result total too high")
        << v19 << consistent + QStringLiteral("a.result_total.natural_person=7,a.result_total.total=7") << result
        << QStringLiteral("a.result_total.natural_person") << error << QStringLiteral("(差 2)");
    QTest::newRow("blank holds at zero: no arithmetic finding")
        << v19 << consistent + QStringLiteral("a.disclosed.commercial=") << QString()
        << QStringLiteral("a.disclosed.commercial") << none << QString();
    QTest::newRow("blank part could hold the missing one: cannot be assessed")
        << v19 << consistent + QStringLiteral("a.new_received.commercial=,a.new_received.total=6") << row
        << QStringLiteral("a.new_received.total") << warning
        << QStringLiteral("“一、本年新收政府信息公开申请数量 · 商业企业”");
    QTest::newRow("cannot be assessed names the value needed")
        << v19 << consistent + QStringLiteral("a.new_received.commercial=,a.new_received.total=8") << row
        << QStringLiteral("a.new_received.total") << warning << QStringLiteral("hold 3");
    QTest::newRow("blank part cannot absorb a surplus: error")
        << v19 << consistent + QStringLiteral("a.new_received.commercial=,a.new_received.total=4") << row
        << QStringLiteral("a.new_received.total") << error << QStringLiteral("(差 1)");
    QTest::newRow("blank total with known parts: cannot be assessed")
        << v19 << consistent + QStringLiteral("a.result_total.natural_person=") << result
        << QStringLiteral("a.result_total.natural_person") << warning << QStringLiteral("hold 5");
    QTest::newRow("blank on the low side could absorb: cannot be assessed")
        << v19 << consistent + QStringLiteral("a.carried_over.natural_person=,a.carried_forward.natural_person=1")
        << balance << QStringLiteral("a.carried_forward.natural_person") << warning << QStringLiteral("hold 1");
    QTest::newRow("blank on the high side cannot absorb: error")
        << v19 << consistent + QStringLiteral("a.carried_over.natural_person=,a.new_received.natural_person=6")
        << balance << QStringLiteral("a.new_received.natural_person") << error << QStringLiteral("(差 1)");
    QTest::newRow("uncertain cell: column failure is a placement warning")
        << v19
        << consistent + QStringLiteral("a.carried_forward.natural_person=1,a.carried_forward.total=1,"
                                       "a.carried_forward.natural_person=?")
        << balance << QStringLiteral("a.carried_forward.natural_person") << warning << QStringLiteral("placement");
    QTest::newRow("uncertain cell elsewhere: total column still an error")
        << v19
        << consistent + QStringLiteral("a.carried_forward.natural_person=1,a.carried_forward.total=1,"
                                       "a.carried_forward.natural_person=?")
        << balance << QStringLiteral("a.carried_forward.total") << error << QString();
    QTest::newRow("uncertain cell: row sum stays assessable")
        << v19 << consistent + QStringLiteral("a.new_received.total=6,a.new_received.natural_person=?") << row
        << QStringLiteral("a.new_received.total") << error << QString();
    QTest::newRow("invalid value: row not assessable")
        << v19 << consistent + QStringLiteral("a.new_received.total=x") << row << QStringLiteral("a.new_received.total")
        << none << QString();
    QTest::newRow("invalid value: column not assessable")
        << v19 << consistent + QStringLiteral("a.new_received.natural_person=x,a.new_received.total=9") << balance
        << QStringLiteral("a.new_received.natural_person") << none << QString();
}

void TestApplicationRules::rules()
{
    QFETCH(QString, version);
    QFETCH(QString, edits);
    QFETCH(QString, rule);
    QFETCH(QString, cell);
    QFETCH(QString, severity);
    QFETCH(QString, mentions);
    ReportBuilder builder(version == QLatin1String("2021") ? TemplateVersion::V2021 : TemplateVersion::V2019);
    builder.apply(expandIds(edits));
    const QStringList rules = rule.isEmpty() ? QStringList{QStringLiteral("applications.balance"),
                                                           QStringLiteral("applications.row_total"),
                                                           QStringLiteral("applications.result_total")}
                                             : QStringList{rule};
    for (const QString &r : rules)
        verifyRule(builder.report(), r, expandIds(cell), severity, mentions);
}

void TestApplicationRules::fingerprintIsStable()
{
    ReportBuilder builder;
    builder.apply(expandIds(consistent + QStringLiteral("a.new_received.total=6")));
    const QList<Finding> first = withRule(Checker::check(builder.report()), QStringLiteral("applications.row_total"));
    builder.apply(expandIds(QStringLiteral("a.new_received.total=9")));
    const QList<Finding> second = withRule(Checker::check(builder.report()), QStringLiteral("applications.row_total"));
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(first.constFirst().fingerprint(), second.constFirst().fingerprint());
    QVERIFY(first.constFirst().fingerprint().startsWith(QStringLiteral("applications.row_total|")));
}

void TestApplicationRules::mixedTemplateUsesActualRows()
{
    ReportBuilder builder(TemplateVersion::V2021);
    // A 2021 table with the single 2019 （六）其他处理 row instead of the three 2021 rows.
    ReportTable *table = builder.report().table(QStringLiteral("applications"));
    TableSpec spec = table->spec;
    QList<RowSpec> rows;
    for (const RowSpec &r : spec.rows) {
        if (r.id == QLatin1String("other_no_correction"))
            rows.append(TemplateSpec::table(TemplateVersion::V2019, QStringLiteral("applications"))->rows.at(
                TemplateSpec::table(TemplateVersion::V2019, QStringLiteral("applications"))->rowIndex(
                    QStringLiteral("other"))));
        else if (!r.id.startsWith(QStringLiteral("other_")))
            rows.append(r);
    }
    spec.rows = rows;
    table->spec = spec;
    table->cells.clear();
    for (const RowSpec &r : spec.rows) {
        for (const ColumnSpec &c : spec.columns) {
            ReportCell cell;
            cell.id = CellId::join(spec.id, r.id, c.id);
            cell.value = CellValue::number(0);
            table->cells.append(cell);
        }
    }
    builder.apply(expandIds(consistent + QStringLiteral("a.other.natural_person=1,a.other.total=1")));
    verifyRule(builder.report(), QStringLiteral("applications.result_total"),
               QStringLiteral("applications.other.natural_person"), QStringLiteral("error"), QString());
}

QTEST_GUILESS_MAIN(TestApplicationRules)
#include "tst_applicationrules.moc"
