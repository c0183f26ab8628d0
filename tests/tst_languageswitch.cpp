// The window's language switch, offscreen: the menus, table headers and findings change language at
// once; the open report, the reviewer's edits (undo stack) and the current cell stay.
#include "findingspane.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "reporttablemodel.h"
#include "reviewdocument.h"
#include "tablespane.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace gk;

namespace {

const QString seedName = QStringLiteral("003_a2303bdcaefa6cda.txt");
const QString totalCell = QStringLiteral("applications.new_received.total");

QStringList menuTitles(const MainWindow *window)
{
    QStringList titles;
    for (const QAction *action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

QString messageOf(const ReviewDocument *document, const QString &rule, const QString &cellId)
{
    for (const Finding &finding : document->findings()) {
        if (finding.rule == rule && finding.cells.contains(cellId))
            return finding.message;
    }
    return QString();
}

} // namespace

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("ui/language"));
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, m_dir.filePath(seedName)));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    }

    void switchingKeepsTheReview()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QString error;
        QVERIFY2(window->openFile(m_dir.filePath(seedName), &error), qPrintable(error));
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("文件(&F)"));
        ReviewDocument *document = window->document();
        document->setCellValue(totalCell, CellValue::number(221));
        QCOMPARE(document->undoStack()->count(), 1);
        const QString zhMessage = messageOf(document, QStringLiteral("applications.row_total"), totalCell);
        QVERIFY2(zhMessage.contains(QStringLiteral("相差")), qPrintable(zhMessage));
        const QString selected = QStringLiteral("applications.disclosed.natural_person");
        window->selectCell(selected);

        const QString zhVariant = messageOf(document, QStringLiteral("label.variant"),
                                            QStringLiteral("applications.carried_over.total"));
        QVERIFY2(!zhVariant.isEmpty() && !zhVariant.contains(QLatin1String("was read as")), qPrintable(zhVariant));

        QPointer<MainWindow> old = window;
        MainWindow *english = window->switchLanguage(QStringLiteral("en"));
        QVERIFY(english && english != window);
        // The messages of reading come back from a second reading in the background.
        QSignalSpy retranslated(english, &MainWindow::messagesRetranslated);
        QVERIFY(retranslated.wait(10000));
        const QString enVariant = messageOf(document, QStringLiteral("label.variant"),
                                            QStringLiteral("applications.carried_over.total"));
        QVERIFY2(enVariant.contains(QLatin1String("was read as")), qPrintable(enVariant));
        QVERIFY(english->findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
        QTRY_VERIFY(old.isNull()); // the old window closed and deleted itself
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QVERIFY(english->isVisible());
        const QStringList titles = menuTitles(english);
        QCOMPARE(titles.value(0), QStringLiteral("&File"));
        QVERIFY(titles.contains(QStringLiteral("&View")));

        // The same document: report open, edit still there and undoable, current cell kept.
        QCOMPARE(english->document(), document);
        QVERIFY(!english->isStartPageShown());
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->review()->value(totalCell).number(), 221.0);
        QCOMPARE(english->tablesPane()->currentCellId(), selected);
        // Findings, headers and tabs in English.
        const QString enMessage = messageOf(document, QStringLiteral("applications.row_total"), totalCell);
        QVERIFY2(enMessage.contains(QStringLiteral("difference 1")), qPrintable(enMessage));
        ReportTableModel *applications = english->tablesPane()->modelOf(QStringLiteral("applications"));
        QVERIFY(applications);
        QCOMPARE(applications->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString(), // whole; shown in two lines
                 QStringLiteral("1. New applications received this year"));
        QCOMPARE(english->tablesPane()->tabText(english->tablesPane()->indexOf(
                     english->tablesPane()->viewOf(QStringLiteral("applications")))),
                 QStringLiteral("Applications"));

        // The edit made before the switch undoes after it, and back.
        document->undoStack()->undo();
        QVERIFY(!document->review()->hasCorrection(totalCell));
        document->undoStack()->redo();
        QCOMPARE(document->review()->value(totalCell).number(), 221.0);

        // Through the menu, back to Chinese.
        QAction *chinese = english->findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(chinese);
        QPointer<MainWindow> englishGuard = english;
        chinese->trigger(); // queued: the switch happens from the event loop
        QTRY_VERIFY(englishGuard.isNull());
        MainWindow *back = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<MainWindow *>(w); candidate && candidate->isVisible())
                back = candidate;
        }
        QVERIFY(back);
        QCOMPARE(menuTitles(back).value(0), QStringLiteral("文件(&F)"));
        QCOMPARE(back->document(), document);
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(messageOf(document, QStringLiteral("applications.row_total"), totalCell), zhMessage);
        QVERIFY(back->findChild<QAction *>(QStringLiteral("language_zh_CN"))->isChecked());
        back->close();
    }

    /** Two switches in a row (the second while the first re-reads the messages) keep the edits and their history. */
    void switchTwiceKeepsTheHistory()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QString error;
        QVERIFY2(window->openFile(m_dir.filePath(seedName), &error), qPrintable(error));
        ReviewDocument *document = window->document();
        document->setCellValue(totalCell, CellValue::number(999));
        MainWindow *english = window->switchLanguage(QStringLiteral("en"));
        QVERIFY(english->isLoading()); // re-reading for the messages
        MainWindow *chinese = english->switchLanguage(QStringLiteral("zh_CN"));
        QSignalSpy retranslated(chinese, &MainWindow::messagesRetranslated);
        QVERIFY(retranslated.wait(10000));
        QCOMPARE(chinese->document(), document);
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->review()->value(totalCell).number(), 999.0);
        chinese->close();
    }

    /** What the reviewer is typing in a cell survives a re-check and is committed by a switch. */
    void typingSurvivesTheSwitch()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QString error;
        QVERIFY2(window->openFile(m_dir.filePath(seedName), &error), qPrintable(error));
        ReviewDocument *document = window->document();
        window->selectCell(totalCell);
        auto *view = qobject_cast<QTableView *>(window->tablesPane()->viewOf(QStringLiteral("applications")));
        QVERIFY(view);
        view->setFocus();
        view->edit(view->currentIndex());
        auto *editor = view->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("777"));
        document->recheck(); // as the background re-read does: the whole table is refreshed
        QCOMPARE(editor->text(), QStringLiteral("777"));
        MainWindow *english = window->switchLanguage(QStringLiteral("en"));
        QCOMPARE(document->review()->value(totalCell).number(), 777.0);
        english->close();
    }

    /** A report still being read when the language changes opens in the new window. */
    void switchWhileOpening()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->openFileInBackground(m_dir.filePath(seedName));
        QVERIFY(window->isLoading());
        MainWindow *english = window->switchLanguage(QStringLiteral("en"));
        QSignalSpy opened(english, &MainWindow::openFinished);
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.constFirst().at(1).toBool());
        QVERIFY(english->document()->isOpen());
        QVERIFY(!english->isStartPageShown());
        QVERIFY(english->findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
        english->close();
    }

    /** A window without delete-on-close hands its document over and is still safe to delete. */
    void switchWithoutDeleteOnClose()
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(window->openFile(m_dir.filePath(seedName), &error), qPrintable(error));
        std::unique_ptr<MainWindow> english(window->switchLanguage(QStringLiteral("en")));
        ReviewDocument *document = english->document();
        QVERIFY(document && document->isOpen());
        english.reset(); // the new window (and the document) go first
        window.reset();  // must not touch the document
    }
};

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
