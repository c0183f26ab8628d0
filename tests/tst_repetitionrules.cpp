// table.repeated: a report that holds its tables more than once (one report pasted again and again)
// says so in one finding per table, instead of one layout.extra_row finding per row of every copy.
#include "checks/checker.h"
#include "checks/repetitionrules.h"
#include "i18n/translations.h"
#include "model/templatelabels.h"
#include "pipeline/extractor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

class tst_RepetitionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void repeatedReportIsOneFindingPerTable_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<int>("copies");
        for (const QString &seed : {QStringLiteral("003_a2303bdcaefa6cda.txt"), QStringLiteral("001_7097c5c10f7e9ea9.txt")}) {
            for (int copies : {1, 2, 5})
                QTest::newRow(qPrintable(QStringLiteral("%1 × %2").arg(seed.left(3)).arg(copies))) << seed << copies;
        }
    }

    void repeatedReportIsOneFindingPerTable()
    {
        QFETCH(QString, seed);
        QFETCH(int, copies);
        QFile in(QStringLiteral(GK_SHARED_DIR "/seeds/") + seed);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray text = in.readAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("repeated.txt"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < copies; ++i)
            out.write(text + "\n");
        out.close();

        const Extractor::Result result = Extractor::extract(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QList<Finding> findings = Checker::check(result.report);
        int repeated = 0, extraRows = 0;
        for (const Finding &f : findings) {
            if (f.rule == QLatin1String("table.repeated")) {
                ++repeated;
                QVERIFY2(f.message.contains(QStringLiteral("%1 times").arg(copies)), qPrintable(f.message));
                for (const ReportTable &table : result.report.tables) { // every repeated table named
                    if (table.present && !table.extraRows.isEmpty())
                        QVERIFY2(f.message.contains(TemplateLabels::title(table.spec)), qPrintable(f.message));
                }
                QCOMPARE(f.severity, Severity::Warning);
            }
            extraRows += f.rule == QLatin1String("layout.extra_row") ? 1 : 0;
        }
        int present = 0;
        for (const ReportTable &table : result.report.tables)
            present += table.present ? 1 : 0;
        if (copies == 1) {
            QCOMPARE(repeated, 0);
            QVERIFY(RepetitionRules::repeatedRows(result.report).isEmpty());
        } else {
            QCOMPARE(repeated, 1);  // one finding for the report
            QVERIFY(present > 0);
            QCOMPARE(extraRows, 0);      // the copies' rows are named by those findings
        }
    }
};

QTEST_MAIN(tst_RepetitionRules)
#include "tst_repetitionrules.moc"
