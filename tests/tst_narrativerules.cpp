#include "checks/narrativerules.h"
#include "rulecase.h"
#include "seedtext.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace gk;
using namespace gk::test;

class TestNarrativeRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mismatch_data();
    void mismatch();
    void seedsAgreeWithTheirTables_data();
    void seedsAgreeWithTheirTables();
};

void TestNarrativeRules::mismatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("edits");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("stated");
    const QString received = QStringLiteral("a.new_received.total=220,a.carried_over.total=7");
    QTest::newRow("seed 003 wording agrees") << QStringLiteral("2020年通过网络、邮寄、当面等形式共接受依申请公开政府信息220件。")
                                             << received << QString() << QString();
    QTest::newRow("received disagrees") << QStringLiteral("全年共收到政府信息公开申请221件。") << received
                                        << QStringLiteral("applications.new_received.total") << QStringLiteral("收到政府信息公开申请221件");
    QTest::newRow("received counts carried over too") << QStringLiteral("本年度共受理政府信息公开申请227件。") << received
                                                      << QString() << QString();
    QTest::newRow("新收 in 繁體 disagrees") << QStringLiteral("本年新收政府信息公開申請7件，均已辦結。")
                                          << QStringLiteral("a.new_received.total=3") << QStringLiteral("applications.new_received.total")
                                          << QStringLiteral("新收政府信息公開申請7件");
    QTest::newRow("approximation is not a statement") << QStringLiteral("共收到申请200余件。") << received << QString() << QString();
    QTest::newRow("comparison with last year is not the figure") << QStringLiteral("收到申请同比增加15件。") << received
                                                               << QString() << QString();
    QTest::newRow("other kind of request") << QStringLiteral("受理群众信访举报申请35件。") << received << QString() << QString();
    QTest::newRow("without 申请 it is not about applications") << QStringLiteral("受理政务服务事项3025件。") << received << QString() << QString();
    QTest::newRow("disclosed disagrees") << QStringLiteral("其中，予以公开9件，部分公开2件。")
                                         << QStringLiteral("a.disclosed.total=7") << QStringLiteral("applications.disclosed.total")
                                         << QStringLiteral("予以公开9件");
    QTest::newRow("disclosed agrees") << QStringLiteral("予以公开7件。") << QStringLiteral("a.disclosed.total=7") << QString() << QString();
    QTest::newRow("review disagrees") << QStringLiteral("全年发生行政复议案件3件。") << QStringLiteral("r.review_total=5")
                                      << QStringLiteral("reviews.all.review_total") << QStringLiteral("行政复议案件3件");
    QTest::newRow("review agrees") << QStringLiteral("被申请行政复议5件。") << QStringLiteral("r.review_total=5") << QString() << QString();
    QTest::newRow("litigation sums both kinds") << QStringLiteral("被提起行政诉讼13件。")
                                                << QStringLiteral("r.direct_total=11,r.after_total=2") << QString() << QString();
    QTest::newRow("litigation disagrees") << QStringLiteral("被提起行政诉讼12件。") << QStringLiteral("r.direct_total=11,r.after_total=2")
                                          << QStringLiteral("reviews.all.direct_total") << QStringLiteral("行政诉讼12件");
    QTest::newRow("combined review and litigation is not a statement of either")
        << QStringLiteral("行政复议和行政诉讼共3件。") << QStringLiteral("r.review_total=1") << QString() << QString();
    QTest::newRow("blank table value: nothing to compare") << QStringLiteral("共收到申请5件。") << QStringLiteral("a.new_received.total=")
                                                           << QString() << QString();
}

void TestNarrativeRules::mismatch()
{
    QFETCH(QString, text);
    QFETCH(QString, edits);
    QFETCH(QString, cell);
    QFETCH(QString, stated);
    ReportBuilder builder;
    const QString prefix = QStringLiteral("一、总体情况\n");
    builder.text(prefix + text);
    builder.apply(expandIds(edits));
    const QList<Finding> findings = withRule(Checker::check(builder.report()), QStringLiteral("narrative.mismatch"));
    if (cell.isEmpty()) {
        QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.constFirst().message));
        return;
    }
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.constFirst();
    QCOMPARE(f.severity, Severity::Warning);
    QVERIFY(f.cells.contains(cell));
    QVERIFY(!f.spans.isEmpty());
    // The first span is the sentence, on the original (possibly 繁體) text.
    const QString sentence = builder.report().text.mid(f.spans.constFirst().start, f.spans.constFirst().length);
    QVERIFY2(sentence.contains(stated), qPrintable(sentence));
    QVERIFY(f.message.contains(stated));
}

void TestNarrativeRules::seedsAgreeWithTheirTables_data()
{
    QTest::addColumn<QString>("seed");
    for (const char *seed : {"000", "001", "002", "003", "004"})
        QTest::addRow("seed %s", seed) << QString::fromLatin1(seed);
}

void TestNarrativeRules::seedsAgreeWithTheirTables()
{
    QFETCH(QString, seed);
    // The seed's prose with the tables as the golden file reads them (independent of the parser).
    const QString path = seedPath(seed);
    QVERIFY(!path.isEmpty());
    QFile golden(QStringLiteral(GK_SHARED_DIR "/golden/") + QFileInfo(path).completeBaseName() + QStringLiteral(".json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(golden.readAll()).object();
    ReportBuilder builder(object.value(QStringLiteral("template")).toString() == QLatin1String("2021") ? TemplateVersion::V2021
                                                                                                    : TemplateVersion::V2019);
    builder.text(seedText(seed));
    const QJsonObject cells = object.value(QStringLiteral("cells")).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        if (!builder.report().cell(it.key()))
            continue;
        if (it.value().isDouble())
            builder.set(it.key(), it.value().toDouble());
        else
            builder.blank(it.key());
    }
    const QList<Finding> findings = Checker::check(builder.report());
    for (const QString &rule : {QStringLiteral("narrative.mismatch"), QStringLiteral("meta.missing_section")}) {
        const QList<Finding> fired = withRule(findings, rule);
        QVERIFY2(fired.isEmpty(), fired.isEmpty() ? "" : qPrintable(fired.constFirst().message));
    }
}

QTEST_GUILESS_MAIN(TestNarrativeRules)
#include "tst_narrativerules.moc"
