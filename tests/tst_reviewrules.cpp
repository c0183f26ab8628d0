#include "rulecase.h"

using namespace gk;
using namespace gk::test;

class TestReviewRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupTotal_data();
    void groupTotal();
};

void TestReviewRules::groupTotal_data()
{
    QTest::addColumn<QString>("edits");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("all zero") << QString() << QString() << QStringLiteral("none") << QString();
    QTest::newRow("review group adds up") << QStringLiteral("r.review_upheld=4,r.review_corrected=1,r.review_total=5")
                                          << QString() << QStringLiteral("none") << QString();
    QTest::newRow("review total one short")
        << QStringLiteral("r.review_upheld=4,r.review_corrected=1,r.review_total=4") << QStringLiteral("r.review_total")
        << QStringLiteral("error") << QStringLiteral("总计 = 4 ≠ 维持+纠正+其他+尚未审结 = 5 (差 1)");
    QTest::newRow("direct group pending not counted")
        << QStringLiteral("r.direct_pending=7,r.direct_total=4") << QStringLiteral("r.direct_pending")
        << QStringLiteral("error") << QStringLiteral("(差 3)");
    QTest::newRow("after group") << QStringLiteral("r.after_other=2") << QStringLiteral("r.after_total")
                                 << QStringLiteral("error") << QStringLiteral("(差 2)");
    QTest::newRow("groups are independent") << QStringLiteral("r.after_other=2") << QStringLiteral("r.review_total")
                                            << QStringLiteral("none") << QString();
    QTest::newRow("blank part could hold it: cannot be assessed")
        << QStringLiteral("r.review_total=1,r.review_pending=") << QStringLiteral("r.review_total")
        << QStringLiteral("warning") << QStringLiteral("尚未审结”");
    QTest::newRow("blank total holds at zero") << QStringLiteral("r.review_total=") << QStringLiteral("r.review_total")
                                               << QStringLiteral("none") << QString();
    QTest::newRow("uncertain placement: warning, not error")
        << QStringLiteral("r.review_upheld=1,r.review_upheld=?") << QStringLiteral("r.review_total")
        << QStringLiteral("warning") << QStringLiteral("placement");
    QTest::newRow("invalid value: not assessable") << QStringLiteral("r.review_upheld=x,r.review_total=3")
                                                   << QStringLiteral("r.review_total") << QStringLiteral("none")
                                                   << QString();
}

void TestReviewRules::groupTotal()
{
    QFETCH(QString, edits);
    QFETCH(QString, cell);
    QFETCH(QString, severity);
    QFETCH(QString, mentions);
    ReportBuilder builder;
    builder.apply(expandIds(edits));
    verifyRule(builder.report(), QStringLiteral("reviews.group_total"), expandIds(cell), severity, mentions);
}

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
