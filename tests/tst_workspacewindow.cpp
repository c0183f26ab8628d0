#include "agencyview.h"
#include "mainwindow.h"
#include "recentworkspaces.h"
#include "reviewdocument.h"
#include "trendchart.h"
#include "workspace/agencyseries.h"
#include "workspacecontroller.h"
#include "workspacefilter.h"
#include "workspacemodel.h"
#include "workspacepane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

/**
 * The workspace in the window: the list under QAbstractItemModelTester while the indexer fills it,
 * sorted and filtered, a double click opening the report, next/previous, the list following the
 * reviewer's edits, the agency view with its years, and a dropped folder.
 */
class TestWorkspaceWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

    static void copy(const QString &from, const QString &to, const QString &replace = QString(),
                     const QString &with = QString())
    {
        QFile in(from);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        if (!replace.isEmpty())
            text.replace(replace, with);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile out(to);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
    }

    static QString seed(const QString &stem) { return QStringLiteral(GK_SHARED_DIR "/seeds/%1.txt").arg(stem); }

    /** Opens the folder in the window and waits for the indexing to end. */
    static bool openAndWait(MainWindow &window, const QString &folder)
    {
        QSignalSpy indexed(window.workspace(), &WorkspaceController::indexed);
        window.workspace()->openFolder(folder);
        return indexed.wait(120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("workspace"));
        const QStringList seeds = QDir(QStringLiteral(GK_SHARED_DIR "/seeds")).entryList({QStringLiteral("*.txt")});
        for (const QString &name : seeds)
            copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + name, m_folder + QStringLiteral("/seeds/") + name);
        // Seed 003 (沈河区 2020, 四 35) and its "2021" report, whose 二 stays 7.
        copy(seed(QStringLiteral("003_a2303bdcaefa6cda")), m_folder + QStringLiteral("/shenhe/2021.txt"),
             QStringLiteral("2020"), QStringLiteral("2021"));
        copy(QStringLiteral(GK_TEST_DATA_DIR "/bad/empty.txt"), m_folder + QStringLiteral("/bad/empty.txt"));
    }

    void listFilledInTheBackgroundUnderTheModelTester()
    {
        MainWindow window;
        WorkspaceModel *model = window.workspace()->model();
        QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(window.workspace()->pane()->filter(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(window.workspace()->pane()->progressBar(), &QProgressBar::valueChanged);
        QVERIFY(openAndWait(window, m_folder));
        QVERIFY(window.workspace()->dock()->isVisibleTo(&window));
        QCOMPARE(model->rowCount(), 7);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(model->readCount(), 7);
        // the folder's order: bad/, seeds/, shenhe/
        QCOMPARE(model->index(0, WorkspaceModel::FileColumn).data().toString(), QStringLiteral("bad/empty.txt"));
        QCOMPARE(model->index(0, WorkspaceModel::StatusColumn).data(WorkspaceModel::StatusRole).toInt(),
                 int(ReportSummary::Status::Unreadable));
        QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("empty.txt")));
        const int shenhe2021 = model->rowOfPath(m_folder + QStringLiteral("/shenhe/2021.txt"));
        QVERIFY(shenhe2021 >= 0);
        QCOMPARE(model->index(shenhe2021, WorkspaceModel::YearColumn).data().toInt(), 2021);
        QCOMPARE(model->index(shenhe2021, WorkspaceModel::CarryColumn).data().toString(),
                 model->series().carryText(shenhe2021));
        QVERIFY(!model->index(shenhe2021, WorkspaceModel::CarryColumn).data().toString().isEmpty());
        QCOMPARE(model->series().findingsInto(shenhe2021).size(), 2);
        // a second opening reads nothing, and the list is the same
        const QList<ReportSummary> before = model->summaries();
        QSignalSpy indexed(window.workspace(), &WorkspaceController::indexed);
        window.workspace()->openFolder(m_folder);
        QVERIFY(indexed.wait(60000));
        QCOMPARE(indexed.first().at(1).value<WorkspaceIndexer::Result>().read, 0);
        QCOMPARE(model->summaries().size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QVERIFY(model->summaries().at(i) == before.at(i));
    }

    void sortedAndFiltered_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << QString() << -1 << QString() << 7;
        QTest::newRow("by agency text") << QStringLiteral("沈河") << -1 << QString() << 2;
        QTest::newRow("by year") << QStringLiteral("2021") << -1 << QString() << 2;
        QTest::newRow("unreadable only") << QString() << int(ReportSummary::Status::Unreadable) << QString() << 1;
        QTest::newRow("by rule: blank cells") << QString() << -1 << QStringLiteral("value.blank") << -1;
        QTest::newRow("no report has this rule") << QString() << -1 << QStringLiteral("no.such_rule") << 0;
    }
    void sortedAndFiltered()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(QString, rule);
        QFETCH(int, rows);
        MainWindow window;
        QVERIFY(openAndWait(window, m_folder));
        WorkspacePane *pane = window.workspace()->pane();
        WorkspaceModel *model = window.workspace()->model();
        pane->textFilter()->setText(text);
        pane->statusFilter()->setCurrentIndex(pane->statusFilter()->findData(status));
        if (!rule.isEmpty())
            pane->filter()->setRule(rule);
        if (rows < 0) {
            // as many as the reports with an open finding of the rule
            rows = 0;
            for (const ReportSummary &s : model->summaries())
                rows += s.rules.contains(rule);
            QVERIFY(rows > 0);
        }
        QCOMPARE(pane->filter()->rowCount(), rows);
        pane->view()->sortByColumn(WorkspaceModel::YearColumn, Qt::DescendingOrder);
        int last = 1 << 30;
        for (int r = 0; r < pane->filter()->rowCount(); ++r) {
            const int year = pane->filter()->index(r, WorkspaceModel::YearColumn).data(WorkspaceModel::SortRole).toInt();
            QVERIFY(year <= last);
            last = year;
        }
    }

    void openNextAndFollowTheReviewer()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_folder));
        WorkspacePane *pane = window.workspace()->pane();
        WorkspaceModel *model = window.workspace()->model();
        const QString first = m_folder + QStringLiteral("/seeds/000_930612e95d48d6b0.txt");
        QVERIFY(pane->selectPath(first));
        QSignalSpy opened(&window, &MainWindow::openFinished);
        Q_EMIT pane->view()->activated(pane->view()->currentIndex()); // a double click, or Enter
        QVERIFY(opened.wait(30000));
        QCOMPARE(window.document()->filePath(), first);

        // the reviewer corrects a cell: the list follows at once
        const int row = model->rowOfPath(first);
        QCOMPARE(model->summary(row).corrections, 0);
        window.document()->setCellValue(QStringLiteral("applications.new_received.total"), CellValue::number(12345));
        QCOMPARE(model->summary(row).corrections, 1);
        QCOMPARE(model->index(row, WorkspaceModel::CorrectionsColumn).data().toInt(), 1);
        QVERIFY(model->summary(row).errors > 0); // 12345 breaks the row total

        // next report without going back to the list
        opened.clear();
        QVERIFY(window.workspace()->stepReport(1));
        QVERIFY(opened.wait(30000));
        QCOMPARE(window.document()->filePath(), m_folder + QStringLiteral("/seeds/001_7097c5c10f7e9ea9.txt"));
        QCOMPARE(pane->currentPath(), window.document()->filePath());
        opened.clear();
        QVERIFY(window.workspace()->stepReport(-1));
        QVERIFY(opened.wait(30000));
        QCOMPARE(window.document()->filePath(), first);
    }

    void agencyViewShowsTheYearsSideBySide()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_folder));
        WorkspaceModel *model = window.workspace()->model();
        AgencyView *view = window.workspace()->agencyView();
        const int row = model->rowOfPath(m_folder + QStringLiteral("/shenhe/2021.txt"));
        window.workspace()->pane()->selectPath(m_folder + QStringLiteral("/shenhe/2021.txt"));
        QCOMPARE(view->shownRow(), row);
        QVERIFY(view->agency().contains(QStringLiteral("沈河")));
        QTableWidget *table = view->table();
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("2020"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("2021"));
        const int carryRow = table->rowCount() - 1;
        QVERIFY(table->item(carryRow, 0)->text().isEmpty());
        QCOMPARE(table->item(carryRow, 1)->text(), model->series().carryText(row));
        QVERIFY(table->item(carryRow, 1)->toolTip().contains(QStringLiteral("35")));
        // 新收 220 both years, from the table of the first row
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("220"));
        QCOMPARE(view->trendChart()->lineCount(), 3);
        QCOMPARE(view->trendChart()->points(0), (QList<QPointF>{{2020, 220}, {2021, 220}}));
    }

    void languageSwitchKeepsTheWorkspace()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QVERIFY(openAndWait(*window, m_folder));
        MainWindow *next = window->switchLanguage(QStringLiteral("en"));
        QVERIFY(next && next != window);
        QSignalSpy indexed(next->workspace(), &WorkspaceController::indexed);
        QVERIFY(indexed.wait(60000));
        QCOMPARE(next->workspace()->model()->rowCount(), 7);
        QCOMPARE(next->workspace()->folder(), QDir(m_folder).absolutePath());
        QCOMPARE(indexed.first().at(1).value<WorkspaceIndexer::Result>().read, 0);
        next->close();
        delete next;
    }

    void droppedFolderOpensAsAWorkspace()
    {
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_folder)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy indexed(window.workspace(), &WorkspaceController::indexed);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(indexed.wait(60000));
        QCOMPARE(window.workspace()->model()->rowCount(), 7);
        QCOMPARE(window.workspace()->recent()->folders().value(0), QDir(m_folder).absolutePath());
        QVERIFY(!window.workspace()->recentMenu()->actions().isEmpty());
    }
};

QTEST_MAIN(TestWorkspaceWindow)
#include "tst_workspacewindow.moc"
