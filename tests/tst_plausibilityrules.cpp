#include "rulecase.h"

using namespace gk;
using namespace gk::test;

class TestPlausibilityRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
};

void TestPlausibilityRules::rules_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("edits");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("severity");
    const QString stock = QStringLiteral("plausibility.negative_stock");
    const QString published = QStringLiteral("plausibility.published_exceeds_total");
    const QString v19 = QStringLiteral("2019");
    QTest::newRow("licensing decrease within stock") << v19 << QStringLiteral("art20_5.licensing.prev_count=150,art20_5.licensing.change=-5")
                                                     << stock << QStringLiteral("art20_5.licensing.change") << QStringLiteral("none");
    QTest::newRow("licensing decrease below zero") << v19 << QStringLiteral("art20_5.licensing.prev_count=3,art20_5.licensing.change=-5")
                                                   << stock << QStringLiteral("art20_5.licensing.change") << QStringLiteral("warning");
    QTest::newRow("penalty decrease below zero") << v19 << QStringLiteral("art20_6.penalty.change=-1") << stock
                                                 << QStringLiteral("art20_6.penalty.prev_count") << QStringLiteral("warning");
    QTest::newRow("fees decrease below zero") << v19 << QStringLiteral("art20_8.fees.prev_count=2,art20_8.fees.change=-3")
                                              << stock << QStringLiteral("art20_8.fees.change") << QStringLiteral("warning");
    QTest::newRow("decrease to exactly zero") << v19 << QStringLiteral("art20_8.fees.prev_count=3,art20_8.fees.change=-3")
                                              << stock << QStringLiteral("art20_8.fees.change") << QStringLiteral("none");
    QTest::newRow("blank change: nothing to say") << v19 << QStringLiteral("art20_8.fees.change=") << stock
                                                  << QStringLiteral("art20_8.fees.change") << QStringLiteral("none");
    QTest::newRow("2021 template has no stock") << QStringLiteral("2021") << QString() << stock << QString()
                                                << QStringLiteral("none");
    QTest::newRow("published within total") << v19 << QStringLiteral("art20_1.normative_docs.new_published=3,art20_1.normative_docs.total_published=13")
                                             << published << QStringLiteral("art20_1.normative_docs.new_published") << QStringLiteral("none");
    QTest::newRow("published exceeds total") << v19 << QStringLiteral("art20_1.normative_docs.new_published=30,art20_1.normative_docs.total_published=13")
                                             << published << QStringLiteral("art20_1.normative_docs.total_published") << QStringLiteral("warning");
    QTest::newRow("published more than made is allowed") << v19 << QStringLiteral("art20_1.regulations.new_published=3,art20_1.regulations.total_published=3")
                                                         << published << QString() << QStringLiteral("none");
}

void TestPlausibilityRules::rules()
{
    QFETCH(QString, version);
    QFETCH(QString, edits);
    QFETCH(QString, rule);
    QFETCH(QString, cell);
    QFETCH(QString, severity);
    ReportBuilder builder(version == QLatin1String("2021") ? TemplateVersion::V2021 : TemplateVersion::V2019);
    builder.apply(edits);
    verifyRule(builder.report(), rule, cell, severity, QString());
}

QTEST_GUILESS_MAIN(TestPlausibilityRules)
#include "tst_plausibilityrules.moc"
