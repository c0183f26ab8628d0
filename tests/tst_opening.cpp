// Opening reports in the window, offscreen: the error dialog names the file and the cause, a file
// dropped on the window opens (anything else is refused), the recent list keeps the last reports
// most recent first, and opening reads in the background with the window responsive.
#include "mainwindow.h"
#include "recentfiles.h"
#include "reviewdocument.h"
#include "startpage.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace gk;
using gk::test::MessageBoxCatcher;
using gk::test::dropUrls;

namespace {

const QString seedName = QStringLiteral("003_a2303bdcaefa6cda.txt");

} // namespace

class tst_Opening : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_report;

    /** A copy of the seed under another name, so that several distinct reports exist. */
    QString copyOfSeed(const QString &name)
    {
        const QString path = m_dir->filePath(name);
        if (!QFile::exists(path) && !QFile::copy(m_report, path))
            return QString();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("gkreview-tests"));
        QApplication::setApplicationName(QStringLiteral("tst_opening"));
    }

    void init()
    {
        QSettings().clear(); // no recent files, no window layout from an earlier test
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_report = m_dir->filePath(seedName);
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, m_report));
    }

    void unreadableFileShowsTheFileAndTheCause_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cause");
        QTest::newRow("missing file") << QStringLiteral("missing.txt") << QStringLiteral("no such file");
        QTest::newRow("empty file") << QStringLiteral("empty.txt") << QStringLiteral("empty");
        QTest::newRow("binary file named .txt") << QStringLiteral("binary_named_report.txt")
                                               << QStringLiteral("binary");
    }

    void unreadableFileShowsTheFileAndTheCause()
    {
        QFETCH(QString, file);
        QFETCH(QString, cause);
        const QString bad = QStringLiteral(GK_TEST_DATA_DIR "/bad/") + file;
        const QString path = m_dir->filePath(file);
        if (QFile::exists(bad))
            QVERIFY(QFile::copy(bad, path));

        MainWindow window;
        window.show();
        QString shown;
        {
            QSignalSpy finished(&window, &MainWindow::openFinished);
            MessageBoxCatcher catcher;
            window.openFileInBackground(path);
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.constFirst().at(1).toBool(), false);
            QCOMPARE(catcher.count(), 1);
            shown = catcher.text();
            QVERIFY2(shown.contains(QDir::toNativeSeparators(path)), qPrintable(shown));
            QVERIFY2(shown.contains(cause, Qt::CaseInsensitive), qPrintable(shown));
            QVERIFY(!catcher.title().isEmpty());
        }
        QVERIFY(window.isStartPageShown());
        QVERIFY(!window.isLoading());
        QVERIFY(!window.recentFiles()->files().contains(path)); // what could not be opened is not recent

        // The synchronous path used by --screenshot shows the same dialog.
        MessageBoxCatcher again;
        QVERIFY(!window.openFileInteractive(path));
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.text(), shown);
    }

    void openingReadsInTheBackground()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *busy = window.findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
        QVERIFY(busy);
        QVERIFY(!busy->isVisible());

        QSignalSpy finished(&window, &MainWindow::openFinished);
        window.openFileInBackground(m_report);
        // The call only starts the worker: nothing is open yet, the status bar shows it is busy.
        // (How long the window pauses meanwhile is measured by gkbench-open, not asserted here.)
        QVERIFY(!window.document()->isOpen());
        QVERIFY(window.isLoading());
        QVERIFY(busy->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(seedName));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.constFirst().at(1).toBool());
        QVERIFY(window.document()->isOpen());
        QCOMPARE(window.document()->filePath(), m_report);
        QVERIFY(!busy->isVisible());
        QVERIFY(!window.isLoading());
        QCOMPARE(window.recentFiles()->files().value(0), QFileInfo(m_report).absoluteFilePath());
    }

    void aNewerRequestSupersedesAnOlderOne()
    {
        const QString other = copyOfSeed(QStringLiteral("other.txt"));
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::openFinished);
        window.openFileInBackground(m_report);
        window.openFileInBackground(other);
        QVERIFY(finished.wait(10000));
        QTest::qWait(50); // a late result of the first request would arrive now
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(0).toString(), other);
        QCOMPARE(window.document()->filePath(), other);

        // Closing the report while one is being read drops it.
        window.openFileInBackground(m_report);
        window.closeReport();
        QTest::qWait(200);
        QVERIFY(!window.document()->isOpen());
        QVERIFY(!window.isLoading());
    }

    void droppingAReportOpensIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.acceptDrops());
        QSignalSpy finished(&window, &MainWindow::openFinished);
        QVERIFY(dropUrls(&window, {QUrl::fromLocalFile(m_report)}));
        QVERIFY(finished.wait(10000));
        QVERIFY(window.document()->isOpen());
        QCOMPARE(window.document()->filePath(), m_report);
        QVERIFY(!window.isStartPageShown());
    }

    void dropOfANonReportIsRefused_data()
    {
        QTest::addColumn<QUrl>("url");
        // (page images are reports now: scanned pages read by OCR; a folder opens as a workspace)
        QTest::newRow("a script") << QUrl::fromLocalFile(QStringLiteral(GK_TEST_DATA_DIR "/scans/make_scans.sh"));
        QTest::newRow("a report that is not there") << QUrl::fromLocalFile(QStringLiteral("/nonexistent/report.txt"));
        QTest::newRow("a web address") << QUrl(QStringLiteral("https://www.gov.cn/report.html"));
        QTest::newRow("a review file") << QUrl::fromLocalFile(QStringLiteral(GK_TEST_DATA_DIR "/fixtures/README.md"));
    }

    void dropOfANonReportIsRefused()
    {
        QFETCH(QUrl, url);
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::openFinished);
        QVERIFY(!dropUrls(&window, {url}));
        // A drop without an accepted enter (some platforms send it anyway) is refused too.
        QMimeData mime;
        mime.setUrls({url});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(!drop.isAccepted());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!window.isLoading());
        QVERIFY(window.isStartPageShown());
    }

    void recentFilesAreMostRecentFirstWithoutDuplicatesAndCapped()
    {
        QStringList opened;
        {
            MainWindow window;
            for (int i = 0; i < RecentFiles::maximum + 2; ++i) {
                const QString path = copyOfSeed(QStringLiteral("report_%1.txt").arg(i));
                QVERIFY(!path.isEmpty());
                QString error;
                QVERIFY2(window.openFile(path, &error), qPrintable(error));
                opened.prepend(QFileInfo(path).absoluteFilePath());
            }
            QStringList expected = opened.mid(0, RecentFiles::maximum);
            QCOMPARE(window.recentFiles()->files(), expected);

            // Opening one again moves it to the top; it is listed once.
            const QString again = expected.at(3);
            QSignalSpy finished(&window, &MainWindow::openFinished);
            window.openRecent(again);
            QVERIFY(finished.wait(10000));
            expected.removeAt(3);
            expected.prepend(again);
            QCOMPARE(window.recentFiles()->files(), expected);
            opened = expected;

            // The menu and the start page show the same list, in the same order.
            const QList<QAction *> actions = window.recentMenu()->actions();
            QVERIFY(actions.size() >= RecentFiles::maximum);
            for (int i = 0; i < RecentFiles::maximum; ++i) {
                QCOMPARE(actions.at(i)->toolTip(), expected.at(i));
                QVERIFY(actions.at(i)->text().contains(QFileInfo(expected.at(i)).fileName()));
            }
            auto *startRecent = window.startPage()->findChild<QListWidget *>(QStringLiteral("recentList"));
            QVERIFY(startRecent);
            QCOMPARE(startRecent->count(), RecentFiles::maximum);
            QCOMPARE(startRecent->item(0)->data(Qt::UserRole).toString(), expected.at(0));
        }
        // The list outlives the window.
        MainWindow later;
        QCOMPARE(later.recentFiles()->files(), opened);
    }

    void aMissingRecentFileIsExplainedAndRemoved()
    {
        const QString kept = copyOfSeed(QStringLiteral("kept.txt"));
        const QString gone = copyOfSeed(QStringLiteral("gone.txt"));
        MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.openFile(kept, &error));
        QVERIFY(window.openFile(gone, &error));
        window.closeReport();
        QVERIFY(QFile::remove(gone));

        QAction *first = window.recentMenu()->actions().value(0);
        QVERIFY(first);
        QCOMPARE(first->toolTip(), gone);
        MessageBoxCatcher catcher;
        first->trigger();
        QCOMPARE(catcher.count(), 1);
        QVERIFY2(catcher.text().contains(QDir::toNativeSeparators(gone)), qPrintable(catcher.text()));
        QVERIFY2(catcher.text().contains(QStringLiteral("no longer there")), qPrintable(catcher.text()));
        QVERIFY2(catcher.text().contains(QStringLiteral("removed from the recent")), qPrintable(catcher.text()));
        QCOMPARE(window.recentFiles()->files(), QStringList{kept});
        QCOMPARE(window.recentMenu()->actions().value(0)->toolTip(), kept);
        QVERIFY(window.isStartPageShown());
        QVERIFY(!window.isLoading());
    }
};

QTEST_MAIN(tst_Opening)
#include "tst_opening.moc"
