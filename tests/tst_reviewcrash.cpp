// A reviewer's work survives SIGKILL: the review is saved (atomically) after every change, so a
// killed process loses at most the edit in flight.
#include "pipeline/extractor.h"
#include "review/review.h"
#include "review/reviewstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

class tst_ReviewCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedBetweenEdits_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("after the first save") << 1;
        QTest::newRow("after a few saves") << 7;
        QTest::newRow("after many saves") << 40;
    }

    void killedBetweenEdits()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("003_a2303bdcaefa6cda.txt"));
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/003_a2303bdcaefa6cda.txt"), report));

        QProcess helper;
        helper.start(QStringLiteral(GK_HELPER_PATH), {report});
        QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
        int acknowledged = 0;
        QByteArray buffer;
        while (acknowledged < killAfter) {
            QVERIFY2(helper.waitForReadyRead(10000), "the helper stopped reporting");
            buffer += helper.readAllStandardOutput();
            qsizetype newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(newline);
                buffer.remove(0, newline + 1);
                if (line.startsWith("saved "))
                    acknowledged = line.mid(6).toInt();
            }
        }
        helper.kill(); // SIGKILL on Unix: no handler, no flush, no destructor runs
        QVERIFY(helper.waitForFinished(5000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        // No torn file: QSaveFile renames a complete file into place or leaves the old one.
        const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files);
        for (const QString &name : leftovers)
            QVERIFY2(name == QLatin1String("003_a2303bdcaefa6cda.txt")
                         || name == QLatin1String("003_a2303bdcaefa6cda.txt.gkreview.json"),
                     qPrintable(name));

        const Extractor::Result parsed = Extractor::extract(report);
        QVERIFY(parsed.ok);
        Review review;
        review.setReport(parsed.report);
        const ReviewStore::LoadResult result = ReviewStore::load(report, &review);
        QCOMPARE(result.status, ReviewStore::LoadStatus::Loaded);
        const int kept = int(review.corrections().size());
        // Everything acknowledged is there; at most the edit in flight (saved but not yet reported) more.
        QVERIFY2(kept == acknowledged || kept == acknowledged + 1,
                 qPrintable(QStringLiteral("acknowledged %1, kept %2").arg(acknowledged).arg(kept)));
        const QStringList cells = parsed.report.cellIds();
        for (int i = 0; i < acknowledged; ++i) {
            QCOMPARE(review.value(cells.at(i)).number(), 1000.0 + i);
            QCOMPARE(review.correction(cells.at(i))->note, QStringLiteral("edit %1").arg(i + 1));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ReviewCrash)
#include "tst_reviewcrash.moc"
