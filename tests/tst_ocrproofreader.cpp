// The arithmetic as the proof-reader of OCR values (OcrProofreader): a value is certain when its
// reading is confident or every sum it takes part in holds; otherwise it is uncertain, and where one
// other reading of one digit makes every sum hold, the finding offers it as the likely correction.
#include "io/ocr/ocrproofreader.h"
#include "reportbuilder.h"
#include "scannedreport.h"

#include <QTest>

using namespace gk;
using test::ReportBuilder;
using test::scanned;

namespace {

// Three applications by natural persons, all disclosed: every sum holds.
const QString consistent = QStringLiteral(
    "applications.new_received.natural_person=3,applications.new_received.total=3,"
    "applications.disclosed.natural_person=3,applications.disclosed.total=3,"
    "applications.result_total.natural_person=3,applications.result_total.total=3");

} // namespace

class TestOcrProofreader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void certainty_data()
    {
        QTest::addColumn<QString>("edits");
        QTest::addColumn<QStringList>("doubtful");
        QTest::addColumn<QStringList>("uncertain");
        QTest::addColumn<QString>("suggestedCell");
        QTest::addColumn<double>("suggestedValue");

        const QString disclosed = QStringLiteral("applications.disclosed.natural_person");
        QTest::newRow("doubtful digit confirmed by every sum")
            << consistent << QStringList{disclosed} << QStringList{} << QString() << 0.0;
        QTest::newRow("doubtful 8 where the sums want 3: uncertain, 3 offered")
            << consistent + QStringLiteral(",") + disclosed + QStringLiteral("=8") << QStringList{disclosed}
            << QStringList{disclosed} << disclosed << 3.0;
        QTest::newRow("doubtful 1 where the sums want 7: uncertain, 7 offered")
            << QStringLiteral("applications.new_received.natural_person=7,applications.new_received.total=7,"
                              "applications.disclosed.natural_person=1,applications.disclosed.total=7,"
                              "applications.result_total.natural_person=7,applications.result_total.total=7")
            << QStringList{disclosed} << QStringList{disclosed} << disclosed << 7.0;
        QTest::newRow("confident reading stays certain even where a sum fails")
            << consistent + QStringLiteral(",") + disclosed + QStringLiteral("=8") << QStringList{} << QStringList{}
            << QString() << 0.0;
        const QString total = QStringLiteral("applications.disclosed.total");
        QTest::newRow("two doubtful misreads in one row: both uncertain, nothing offered")
            << consistent + QStringLiteral(",") + disclosed + QStringLiteral("=8,") + total + QStringLiteral("=8")
            << QStringList{disclosed, total} << QStringList{disclosed, total} << QString() << 0.0;
        const QString licensing = QStringLiteral("art20_5.licensing.decisions");
        QTest::newRow("doubtful value no sum checks: uncertain")
            << licensing + QStringLiteral("=7") << QStringList{licensing} << QStringList{licensing} << QString() << 0.0;
        QTest::newRow("ink nothing could read: uncertain")
            << consistent + QStringLiteral(",applications.carried_over.research=") << QStringList{QStringLiteral("applications.carried_over.research")}
            << QStringList{QStringLiteral("applications.carried_over.research")} << QString() << 0.0;
    }

    void certainty()
    {
        QFETCH(QString, edits);
        QFETCH(QStringList, doubtful);
        QFETCH(QStringList, uncertain);
        QFETCH(QString, suggestedCell);
        QFETCH(double, suggestedValue);
        const Report report = scanned(edits, doubtful);
        QStringList gotUncertain;
        for (const ReportTable &table : report.tables) {
            for (const ReportCell &cell : table.cells) {
                if (cell.uncertain)
                    gotUncertain.append(cell.id);
            }
        }
        QCOMPARE(gotUncertain, uncertain);
        QStringList findingCells;
        QString gotSuggestion;
        double gotValue = 0;
        for (const Finding &finding : report.parseFindings) {
            QCOMPARE(finding.rule, QStringLiteral("ocr.unconfirmed"));
            findingCells += finding.cells;
            if (!finding.suggestedCell.isEmpty()) {
                gotSuggestion = finding.suggestedCell;
                gotValue = finding.suggestedValue;
            }
        }
        QCOMPARE(findingCells, uncertain);
        QCOMPARE(gotSuggestion, suggestedCell);
        QCOMPARE(gotValue, suggestedValue);
    }

    /** A report read by any other reader has no readings and is left alone. */
    void otherFormatsUntouched()
    {
        Report report = ReportBuilder().apply(consistent + QStringLiteral(",applications.disclosed.natural_person=8")).report();
        OcrProofreader::proofread(&report, {});
        QVERIFY(report.parseFindings.isEmpty());
        QVERIFY(!report.cell(QStringLiteral("applications.disclosed.natural_person"))->uncertain);
    }

    void confusableDigits_data()
    {
        QTest::addColumn<QChar>("digit");
        QTest::addColumn<QChar>("other");
        QTest::newRow("3 and 8") << QChar(u'3') << QChar(u'8');
        QTest::newRow("8 and 3") << QChar(u'8') << QChar(u'3');
        QTest::newRow("1 and 7") << QChar(u'1') << QChar(u'7');
        QTest::newRow("7 and 1") << QChar(u'7') << QChar(u'1');
        QTest::newRow("0 and 6") << QChar(u'0') << QChar(u'6');
        QTest::newRow("6 and 0") << QChar(u'6') << QChar(u'0');
    }
    void confusableDigits()
    {
        QFETCH(QChar, digit);
        QFETCH(QChar, other);
        QVERIFY(OcrProofreader::confusableWith(digit).contains(other));
    }
};

QTEST_GUILESS_MAIN(TestOcrProofreader)
#include "tst_ocrproofreader.moc"
