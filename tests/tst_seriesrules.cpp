#include "rulecase.h"

using namespace gk;
using namespace gk::test;

class TestSeriesRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void carryMismatch_data();
    void carryMismatch();
};

void TestSeriesRules::carryMismatch_data()
{
    QTest::addColumn<QString>("agency1");
    QTest::addColumn<int>("year1");
    QTest::addColumn<QString>("forward");
    QTest::addColumn<QString>("agency2");
    QTest::addColumn<int>("year2");
    QTest::addColumn<QString>("over");
    QTest::addColumn<int>("expected");
    const QString a = QStringLiteral("高新区(新市区)");
    QTest::newRow("carried over as forwarded") << a << 2020 << QStringLiteral("35") << a << 2021 << QStringLiteral("35") << 0;
    QTest::newRow("carried over differs") << a << 2020 << QStringLiteral("35") << a << 2021 << QStringLiteral("30") << 1;
    QTest::newRow("later year listed first") << a << 2021 << QStringLiteral("35") << a << 2020 << QStringLiteral("30") << 1;
    QTest::newRow("traditional script is the same agency") << a << 2020 << QStringLiteral("35") << QStringLiteral("高新區(新市區)") << 2021 << QStringLiteral("30") << 1;
    QTest::newRow("other agency") << a << 2020 << QStringLiteral("35") << QStringLiteral("保康县") << 2021 << QStringLiteral("30") << 0;
    QTest::newRow("years not consecutive") << a << 2019 << QStringLiteral("35") << a << 2021 << QStringLiteral("30") << 0;
    QTest::newRow("blank carried over: nothing to compare") << a << 2020 << QStringLiteral("35") << a << 2021 << QString() << 0;
}

void TestSeriesRules::carryMismatch()
{
    QFETCH(QString, agency1);
    QFETCH(int, year1);
    QFETCH(QString, forward);
    QFETCH(QString, agency2);
    QFETCH(int, year2);
    QFETCH(QString, over);
    QFETCH(int, expected);
    ReportBuilder first;
    first.report().agency = agency1;
    first.report().year = year1;
    // forward is always the earlier year's 四, over the later year's 二, whichever file comes first.
    const bool swapped = year1 > year2;
    ReportBuilder second;
    second.report().agency = agency2;
    second.report().year = year2;
    ReportBuilder &earlier = swapped ? second : first;
    ReportBuilder &later = swapped ? first : second;
    earlier.apply(QStringLiteral("applications.carried_forward.total=") + forward);
    later.apply(QStringLiteral("applications.carried_over.total=") + over);
    const QList<Finding> findings = Checker::checkSeries({&first.report(), &second.report()});
    QCOMPARE(findings.size(), expected);
    for (const Finding &f : findings) {
        QCOMPARE(f.rule, QStringLiteral("series.carry_mismatch"));
        QCOMPARE(f.severity, Severity::Warning);
        QVERIFY(f.cells.contains(QStringLiteral("applications.carried_over.total")));
        QVERIFY(f.expression.contains(QStringLiteral("(差 5)")));
    }
}

QTEST_GUILESS_MAIN(TestSeriesRules)
#include "tst_seriesrules.moc"
