#include "checks/compliancerules.h"
#include "rulecase.h"
#include "seedtext.h"

using namespace gk;
using namespace gk::test;

class TestComplianceRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void governmentAsAWhole_data();
    void governmentAsAWhole();
    void latePublication_data();
    void latePublication();
    void missingSection_data();
    void missingSection();
};

void TestComplianceRules::governmentAsAWhole_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<bool>("government");
    QTest::newRow("人民政府") << QStringLiteral("安泽县人民政府") << true;
    QTest::newRow("bare county") << QStringLiteral("保康县") << true;
    QTest::newRow("bare district") << QStringLiteral("沈阳市沈河区") << true;
    QTest::newRow("parenthesised region, 繁體") << QStringLiteral("高新區(新市區)") << true;
    QTest::newRow("banner") << QStringLiteral("科尔沁右翼前旗") << true;
    QTest::newRow("政府 only") << QStringLiteral("乌鲁木齐市政府") << true;
    QTest::newRow("government office is a department") << QStringLiteral("工布江达县人民政府办公室") << false;
    QTest::newRow("bureau") << QStringLiteral("保康县教育局") << false;
    QTest::newRow("commission") << QStringLiteral("沈阳市卫生健康委员会") << false;
    QTest::newRow("委") << QStringLiteral("某市发展改革委") << false;
    QTest::newRow("provincial department") << QStringLiteral("湖北省财政厅") << false;
    QTest::newRow("centre") << QStringLiteral("某市政务服务中心") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestComplianceRules::governmentAsAWhole()
{
    QFETCH(QString, agency);
    QFETCH(bool, government);
    QCOMPARE(ComplianceRules::isGovernmentAsAWhole(agency), government);
}

void TestComplianceRules::latePublication_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("seed 004: department after 31 January")
        << QStringLiteral("工布江达县人民政府办公室") << 2020 << QDate(2021, 2, 8) << true << QStringLiteral("2021-01-31");
    QTest::newRow("seed 000: government before 31 March") << QStringLiteral("保康县") << 2020 << QDate(2021, 2, 2) << false << QString();
    QTest::newRow("seed 001: government before 31 March")
        << QStringLiteral("安泽县人民政府") << 2021 << QDate(2022, 2, 15) << false << QString();
    QTest::newRow("seed 002: district in 繁體 in January") << QStringLiteral("高新區(新市區)") << 2020 << QDate(2021, 1, 30) << false << QString();
    QTest::newRow("department on 31 January") << QStringLiteral("保康县教育局") << 2020 << QDate(2021, 1, 31) << false << QString();
    QTest::newRow("government in April") << QStringLiteral("保康县人民政府") << 2020 << QDate(2021, 4, 1) << true << QStringLiteral("2021-03-31");
    QTest::newRow("unknown agency in April") << QString() << 2020 << QDate(2021, 4, 1) << true << QStringLiteral("2021-01-31");
    QTest::newRow("no date") << QStringLiteral("保康县教育局") << 2020 << QDate() << false << QString();
    QTest::newRow("no year") << QStringLiteral("保康县教育局") << 0 << QDate(2021, 6, 1) << false << QString();
}

void TestComplianceRules::latePublication()
{
    QFETCH(QString, agency);
    QFETCH(int, year);
    QFETCH(QDate, published);
    QFETCH(bool, fires);
    QFETCH(QString, mentions);
    ReportBuilder builder;
    builder.report().agency = agency;
    builder.report().year = year;
    builder.report().published = published;
    verifyRule(builder.report(), QStringLiteral("meta.late_publication"), QString(),
               fires ? QStringLiteral("warning") : QStringLiteral("none"), mentions);
}

void TestComplianceRules::missingSection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("tables");
    QTest::addColumn<QStringList>("missing");
    for (const char *seed : {"000", "001", "002", "003", "004"}) {
        const QString text = seedText(QString::fromLatin1(seed));
        QTest::addRow("seed %s has all six sections", seed) << text << true << QStringList();
    }
    const QString all = QStringLiteral("一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                                       "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n");
    QTest::newRow("all six") << all << false << QStringList();
    QTest::newRow("section five missing")
        << QString(all).remove(QStringLiteral("五、存在的主要问题及改进情况\n")) << false << QStringList{QStringLiteral("五")};
    QTest::newRow("section six missing and four unnumbered")
        << QString(all).remove(QStringLiteral("六、其他需要报告的事项\n")).replace(QStringLiteral("四、政府"), QStringLiteral("政府"))
        << false << QStringList{QStringLiteral("四"), QStringLiteral("六")};
    QTest::newRow("繁體 headings") << QStringLiteral("一、總體情況\n二、主動公開政府信息情況\n三、收到和處理政府信息公開申請情況\n"
                                                   "四、政府信息公開行政復議、行政訴訟情況\n五、存在的主要問題及改進情況\n六、其他需要報告的事項\n")
                                 << false << QStringList();
    QTest::newRow("mention in prose is not a heading")
        << QStringLiteral("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议、行政诉讼情况、"
                          "存在的主要问题及改进情况以及其他需要报告的事项。")
        << false << QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"),
                       QStringLiteral("五"), QStringLiteral("六")};
    QTest::newRow("tables stand in for lost headings of 二 三 四")
        << QStringLiteral("一、总体情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n") << true << QStringList();
}

void TestComplianceRules::missingSection()
{
    QFETCH(QString, text);
    QFETCH(bool, tables);
    QFETCH(QStringList, missing);
    QVERIFY(!text.isEmpty());
    ReportBuilder builder;
    builder.text(text);
    for (ReportTable &table : builder.report().tables)
        table.present = tables;
    QStringList found;
    for (const Finding &f : withRule(Checker::check(builder.report()), QStringLiteral("meta.missing_section"))) {
        QCOMPARE(f.severity, Severity::Warning);
        found.append(f.subject);
    }
    QCOMPARE(found, missing);
}

QTEST_GUILESS_MAIN(TestComplianceRules)
#include "tst_compliancerules.moc"
