// The window when the review cannot be saved: the reviewer is told without a modal dialog (a scripted
// run goes on), quitting or closing the report stops while corrections exist only in memory (save
// elsewhere / discard / cancel), and File ▸ Save Review As… exists.
#include "failingfolder.h"

#include "mainwindow.h"
#include "reviewdocument.h"
#include "unsavedreviewguard.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

namespace {

const QString seedName = QStringLiteral("003_a2303bdcaefa6cda.txt");
const QString totalCell = QStringLiteral("applications.new_received.total");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(UnsavedReviewGuard::Choice)

class tst_UnsavedReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void quitWithUnsavedCorrections_data()
    {
        QTest::addColumn<UnsavedReviewGuard::Choice>("choice");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<bool>("savedElsewhere");
        QTest::newRow("cancel keeps the window") << UnsavedReviewGuard::Choice::Cancel << false << false;
        QTest::newRow("discard quits") << UnsavedReviewGuard::Choice::Discard << true << false;
        QTest::newRow("save elsewhere, then quit") << UnsavedReviewGuard::Choice::SaveElsewhere << true << true;
    }

    void quitWithUnsavedCorrections()
    {
        QFETCH(UnsavedReviewGuard::Choice, choice);
        QFETCH(bool, closes);
        QFETCH(bool, savedElsewhere);
        FailingFolder folder(FailingFolder::FileSizeLimit);
        QString why;
        QVERIFY(folder.setUp(&why));
        const QString report = folder.filePath(seedName);
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, report));
        QTemporaryDir elsewhere;
        const QString elsewherePath = elsewhere.filePath(QStringLiteral("saved.gkreview.json"));

        MainWindow window;
        window.show();
        QVERIFY(window.openFileInteractive(report));
        ReviewDocument *document = window.document();
        document->store()->setRetryInterval(3600 * 1000); // no retry while the test looks
        auto *guard = window.findChild<UnsavedReviewGuard *>();
        QVERIFY(guard);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("saveReviewAsAction")));
        int asked = 0;
        guard->setChoiceAsker([&](const QString &error) {
            ++asked;
            // Saving elsewhere works once the limit is lifted; the failure itself stays unsaved.
            folder.recover();
            return error.isEmpty() ? UnsavedReviewGuard::Choice::Cancel : choice;
        });
        guard->setPathAsker([&](const QString &) { return elsewherePath; });

        folder.fail();
        document->setCellValue(totalCell, CellValue::number(221));
        const bool unsaved = document->store()->hasUnsavedChanges();
        const bool blocked = QApplication::activeModalWidget() != nullptr;
        auto *notice = window.findChild<QMessageBox *>(QStringLiteral("saveErrorNotice"));
        const bool noticeShown = notice && notice->isVisible();
        folder.recover();

        QVERIFY(unsaved);
        QVERIFY(!blocked); // a scripted run goes on
        QVERIFY(noticeShown);
        QCOMPARE(window.close(), closes);
        QCOMPARE(asked, 1);
        QCOMPARE(window.isVisible(), !closes);
        QCOMPARE(QFile::exists(elsewherePath), savedElsewhere);
        if (savedElsewhere) {
            QVERIFY(readAll(elsewherePath).contains("221"));
            QCOMPARE(document->store()->reviewPath(), elsewherePath);
        }
        if (!closes) {
            QVERIFY(document->store()->hasUnsavedChanges());
            QCOMPARE(document->review()->corrections().size(), 1);
            guard->setChoiceAsker([](const QString &) { return UnsavedReviewGuard::Choice::Discard; });
        }
    }

    void nothingUnsavedQuitsAtOnce()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(seedName);
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, report));
        MainWindow window;
        window.show();
        QVERIFY(window.openFileInteractive(report));
        int asked = 0;
        window.findChild<UnsavedReviewGuard *>()->setChoiceAsker([&](const QString &) {
            ++asked;
            return UnsavedReviewGuard::Choice::Cancel;
        });
        window.document()->setCellValue(totalCell, CellValue::number(221));
        QVERIFY(!window.document()->store()->hasUnsavedChanges());
        QVERIFY(window.close());
        QCOMPARE(asked, 0);
    }
};

QTEST_MAIN(tst_UnsavedReview)
#include "tst_unsavedreview.moc"
