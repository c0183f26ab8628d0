// Inputs a user opens by mistake or that arrive damaged (tests/data/bad/, made by
// tests/data/make_fixtures.py): never a crash, never a silent zero. Either a refusal whose one line
// names the file and the cause, or, for a damaged report, what could be read plus findings that say
// what is missing.

#include "checks/checker.h"
#include "pipeline/extractor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

namespace {

const QString badDir = QStringLiteral(GK_TEST_DATA_DIR "/bad");
const QString goldenDir = QStringLiteral(GK_SHARED_DIR "/golden");

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList rules;
    for (const Finding &finding : findings)
        rules.append(finding.rule);
    return rules;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedWithTheFileAndTheCause_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("cause"); // a word the one-line reason must contain
        QTest::newRow("empty file") << QDir(badDir).filePath(QStringLiteral("empty.txt")) << QStringLiteral("empty");
        QTest::newRow("png image opened as a report")
            << QDir(badDir).filePath(QStringLiteral("image.png")) << QStringLiteral("binary");
        QTest::newRow("binary bytes named .txt")
            << QDir(badDir).filePath(QStringLiteral("binary_named_report.txt")) << QStringLiteral("binary");
        QTest::newRow("file that does not exist")
            << QDir(badDir).filePath(QStringLiteral("no_such_report.txt")) << QStringLiteral("no such file");
        QTest::newRow("folder instead of a file") << badDir << QStringLiteral("folder");
    }
    void refusedWithTheFileAndTheCause()
    {
        QFETCH(QString, path);
        QFETCH(QString, cause);
        const Extractor::Result result = Extractor::extract(path);
        QVERIFY2(!result.ok, "a bad input was accepted as a report");
        const QString name = QFileInfo(path).fileName();
        QVERIFY2(result.error.startsWith(name + QLatin1Char(':')),
                 qPrintable(QStringLiteral("the reason does not start with “%1:”: %2").arg(name, result.error)));
        QVERIFY2(result.error.contains(cause, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("the reason does not name the cause “%1”: %2").arg(cause, result.error)));
        QVERIFY2(!result.error.contains(QLatin1Char('\n')), qPrintable(result.error));
    }

    // A report cut in the middle of the applications table (and of a UTF-8 character): the rows
    // before the cut are read as printed, the rest is reported missing, nothing is invented.
    void truncatedReportKeepsWhatWasRead()
    {
        const QString path = QDir(badDir).filePath(QStringLiteral("truncated_in_applications.txt"));
        const Extractor::Result result = Extractor::extract(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QList<Finding> findings = Checker::check(result.report);
        const QStringList rules = rulesOf(findings);
        QVERIFY2(rules.contains(QLatin1String("table.missing_row")) || rules.contains(QLatin1String("table.missing")),
                 qPrintable(QStringLiteral("no table.missing_row / table.missing finding; fired: ") +
                            rules.join(QStringLiteral(", "))));

        // The file is seed 003 cut inside “6.属于四类过程性信息”: the rows above it are complete.
        QFile goldenFile(QDir(goldenDir).filePath(QStringLiteral("003_a2303bdcaefa6cda.json")));
        QVERIFY(goldenFile.open(QIODevice::ReadOnly));
        const QJsonObject golden = QJsonDocument::fromJson(goldenFile.readAll()).object();
        const QJsonObject cells = golden.value(QLatin1String("cells")).toObject();
        const QStringList completeRows = {
            QStringLiteral("applications.new_received"),           QStringLiteral("applications.carried_over"),
            QStringLiteral("applications.disclosed"),              QStringLiteral("applications.partial"),
            QStringLiteral("applications.withheld_state_secret"),  QStringLiteral("applications.withheld_law_prohibited"),
            QStringLiteral("applications.withheld_three_safety"),  QStringLiteral("applications.withheld_third_party"),
            QStringLiteral("applications.withheld_internal")};
        QStringList misses;
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            const QString row = it.key().left(it.key().lastIndexOf(QLatin1Char('.')));
            if (!row.startsWith(QLatin1String("art20_")) && !completeRows.contains(row))
                continue;
            const CellValue value = result.report.value(it.key());
            if (!value.isNumber() || qAbs(value.number() - it.value().toDouble()) > 1e-6)
                misses.append(QStringLiteral("%1: want %2, got “%3”")
                                  .arg(it.key(), QString::number(it.value().toDouble()), value.displayText()));
        }
        QVERIFY2(misses.isEmpty(), qPrintable(misses.join(QStringLiteral("; "))));
        // Nothing after the cut is made up: the total row was never printed.
        QVERIFY(result.report.value(QStringLiteral("applications.result_total.total")).isBlank());
    }

    // A huge file is refused from its size, before it is read: the user waits for no memory-eating
    // read. The file is sparse, so the test costs no disk.
    void hugeFileIsRefusedByItsSize()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge_report.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(100ll * 1024 * 1024));
        file.close();

        const Extractor::Result result = Extractor::extract(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("huge_report.txt:")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("large"), Qt::CaseInsensitive), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
