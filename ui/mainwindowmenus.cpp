// MainWindow: its menus and actions (with their shortcuts), the language menu, the recent list and the
// context menu of a cell.
#include "mainwindow.h"

#include "chartpane.h"
#include "exportdialog.h"
#include "findingspane.h"
#include "helpdialogs.h"
#include "i18n/translations.h"
#include "io/filereader.h"
#include "model/templatelabels.h"
#include "pdfpageview.h"
#include "pendingreviewbar.h"
#include "recentfiles.h"
#include "reviewdocument.h"
#include "sourceview.h"
#include "startpage.h"
#include "tablespane.h"
#include "unsavedreviewguard.h"
#include "workspace/workspacecontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

namespace gk {

namespace {

/** The key a desktop user expects first, then whatever else the platform binds to the action. */
QList<QKeySequence> withStandard(const QKeySequence &expected, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys{expected};
    for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace

void MainWindow::createLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    // The languages are named in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> choices{
        {QString(), tr("System Language")},
        {QStringLiteral("zh_CN"), Translations::nativeName(QStringLiteral("zh_CN"))},
        {QStringLiteral("en"), Translations::nativeName(QStringLiteral("en"))}};
    for (const auto &[language, name] : choices) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language_") + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setActionGroup(group);
        // Queued: the switch deletes this window and with it the menu that is still being handled.
        connect(action, &QAction::triggered, this,
                [this, id = language] { switchLanguage(id); }, Qt::QueuedConnection); // clang: no capture of a binding
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        // Several files chosen together are the page images of one scanned report.
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open a Report"), QString(),
                                                                FileReader::nameFilters().join(QStringLiteral(";;")));
        if (!paths.isEmpty())
            openChosenFiles(paths);
    });
    open->setShortcut(QKeySequence::Open);
    connect(m_startPage, &StartPage::openRequested, open, &QAction::trigger);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_workspace = new WorkspaceController(this, file);
    file->addAction(tr("&Start Page"), this, &MainWindow::closeReport);
    m_closeAction = file->addAction(tr("&Close Report"), this, &MainWindow::closeReport);
    m_closeAction->setShortcuts(withStandard(QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close));
    file->addSeparator();
    QAction *saveAs = file->addAction(tr("Save Review &As…"), m_unsaved, &UnsavedReviewGuard::saveReviewAs);
    saveAs->setObjectName(QStringLiteral("saveReviewAsAction"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        ExportDialog dialog(m_document, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(dialog.summary(), 8000);
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setEnabled(false);
    m_exportAction = exportAction;
    file->addSeparator();
    m_reportActions.append(file->addAction(tr("Export C&hart…"), this, [this] {
        showCharts();
        m_charts->exportCurrentChart();
    }));
    m_reportActions.last()->setObjectName(QStringLiteral("exportChartAction"));
    m_reportActions.append(file->addAction(tr("Export All Char&ts…"), this, [this] { m_charts->exportAllCharts(); }));
    m_reportActions.last()->setObjectName(QStringLiteral("exportAllChartsAction"));
    file->addSeparator();
    m_reportActions.append(file->addAction(tr("Export Review &Report…"), this, &MainWindow::exportReviewReport));
    m_reportActions.last()->setObjectName(QStringLiteral("exportReviewReportAction"));
    m_reportActions.last()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_reportActions.append(file->addAction(tr("&Print…"), this, &MainWindow::printReviewReport));
    m_reportActions.last()->setObjectName(QStringLiteral("printAction"));
    m_reportActions.last()->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(withStandard(QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *editCell = edit->addAction(tr("&Edit Cell"), this, [this] { m_tables->editCurrentCell(); });
    editCell->setShortcut(Qt::Key_F2);
    editCell->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the table views handle F2 themselves
    QAction *note = edit->addAction(tr("Cell &Note…"), this, [this] { editNote(m_tables->currentCellId()); });
    note->setObjectName(QStringLiteral("noteAction"));
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *revert = edit->addAction(tr("Re&vert to Value as Read"), this,
                                      [this] { m_document->revertCells(m_tables->selectedCellIds()); });
    revert->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // Delete in the tables reverts too (an editor open in a cell keeps Delete for its text).
    auto *revertKey = new QAction(tr("Revert to Value as Read"), m_tables);
    revertKey->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    revertKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(revertKey, &QAction::triggered, revert, &QAction::trigger);
    m_tables->addAction(revertKey);
    QAction *suggestion = edit->addAction(tr("Apply Suggested &Correction"), this, &MainWindow::applySuggestion);
    suggestion->setObjectName(QStringLiteral("applySuggestionAction"));
    suggestion->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    suggestion->setStatusTip(tr("Writes the value the selected finding suggests (an OCR digit the sums point to)"));
    m_reportActions << suggestion;
    QAction *move = edit->addAction(tr("&Move Value to Column…"), this,
                                    [this] { moveValueDialog(m_tables->currentCellId()); });
    move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *fillSelection = edit->addAction(tr("Fill &Blanks in Selection with 0"), this, [this] {
        fillBlanks(m_tables->selectedCellIds());
    });
    fillSelection->setObjectName(QStringLiteral("fillSelectionAction"));
    QAction *fillTable = edit->addAction(tr("Fill Blanks in &Table with 0"), this, [this] {
        fillBlanks(m_tables->currentTableCellIds());
    });
    fillTable->setObjectName(QStringLiteral("fillTableAction"));
    m_reportActions << fillSelection << fillTable;
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, &MainWindow::findInSource);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find Ne&xt"), this, [this] { findAgain(false); });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), this, [this] { findAgain(true); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    edit->addAction(tr("Reviewer &Name…"), this, &MainWindow::setReviewerName);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    QAction *next = review->addAction(tr("&Next Finding"), this, &MainWindow::nextFinding);
    next->setShortcut(Qt::Key_F8);
    QAction *previous = review->addAction(tr("&Previous Finding"), this, &MainWindow::previousFinding);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction *accept = review->addAction(tr("&Accept Finding as Is…"), this, [this] { m_findings->acceptCurrent(); });
    accept->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    review->addAction(tr("&Reopen Finding"), this, [this] { m_findings->reopenCurrent(); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->actions().value(0)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_viewMenu->actions().value(1)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *source = m_viewMenu->addAction(tr("Focus &Source"), this,
                                            [this] { m_sourceTabs->currentWidget()->setFocus(); });
    source->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *tables = m_viewMenu->addAction(tr("Focus &Tables"), this, [this] {
        if (QWidget *w = m_tables->currentWidget())
            w->setFocus();
    });
    tables->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    // The table views take Tab and Ctrl+Tab for their cells, so switching tables is the window's.
    m_viewMenu->addSeparator();
    QAction *nextTable = m_viewMenu->addAction(tr("Ne&xt Table"), this, [this] { stepTable(1); });
    nextTable->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    QAction *previousTable = m_viewMenu->addAction(tr("Pre&vious Table"), this, [this] { stepTable(-1); });
    previousTable->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    QAction *findings = m_viewMenu->addAction(tr("Focus &Findings"), this, [this] { m_findings->view()->setFocus(); });
    findings->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    m_viewMenu->addSeparator();
    // The page view's zoom: window-wide keys, as in a PDF reader (Ctrl+wheel over the page too).
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), this, [this] { showPage(); m_pageView->zoomIn(); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    QList<QKeySequence> zoomInKeys = withStandard(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Plus)))
        zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    zoomIn->setShortcuts(zoomInKeys);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), this, [this] { showPage(); m_pageView->zoomOut(); });
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcuts(withStandard(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    QAction *fitWidth = m_viewMenu->addAction(tr("Fit &Width"), this, [this] { showPage(); m_pageView->fitWidth(); });
    fitWidth->setObjectName(QStringLiteral("fitWidthAction"));
    fitWidth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *fitPage = m_viewMenu->addAction(tr("Fit &Page"), this, [this] { showPage(); m_pageView->fitPage(); });
    fitPage->setObjectName(QStringLiteral("fitPageAction"));
    fitPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_pageActions << zoomIn << zoomOut << fitWidth << fitPage;
    m_viewMenu->addSeparator();
    createLanguageMenu(m_viewMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *rules = help->addAction(tr("&Rules Reference"), this, [this] {
        auto *dialog = new RulesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // beside the review, not over it
    });
    rules->setObjectName(QStringLiteral("rulesAction"));
    rules->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    help->addAction(tr("&About gkreview"), this, [this] { AboutBox::show(this); })->setMenuRole(QAction::AboutRole);
}

void MainWindow::stepTable(int delta)
{
    const int count = m_tables->count();
    if (count == 0 || !m_document->isOpen())
        return;
    const bool hadFocus = m_tables->isAncestorOf(QApplication::focusWidget());
    m_tables->setCurrentIndex((m_tables->currentIndex() + delta + count) % count);
    if (hadFocus)
        m_tables->currentWidget()->setFocus();
}

void MainWindow::setUpTabOrder()
{
    // Reading order: source, then the tables (rebuilt per report, so they would otherwise come last),
    // then the bar above them, the findings and the history. Inside a table Tab moves between cells
    // as in a spreadsheet; Ctrl+Tab leaves it.
    QList<QWidget *> chain{m_source};
    if (auto *tabBar = m_tables->findChild<QTabBar *>(QString(), Qt::FindDirectChildrenOnly))
        chain.append(tabBar);
    for (const QString &tableId : m_tables->tableIds())
        chain.append(m_tables->viewOf(tableId));
    for (QWidget *w : m_pendingBar->findChildren<QPushButton *>())
        chain.append(w);
    for (QWidget *w : m_findings->findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->window() == m_findings->window()) // not a combo's popup
            chain.append(w);
    }
    chain.append(m_undoView);
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (chain.at(i - 1)->window() == chain.at(i)->window()) // a floating dock has its own order
            QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(m_recent->title(path)), this,
                                                  [this, path] { openRecent(path); });
        action->setToolTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_startPage->setRecentFiles(*m_recent);
}

void MainWindow::showCellMenu(const QString &cellId, const QPoint &globalPosition)
{
    const ReportCell *cell = m_document->report().cell(cellId);
    if (!cell)
        return;
    QMenu menu(this);
    menu.addAction(tr("Edit Value"), this, [this] { m_tables->editCurrentCell(); });
    menu.addAction(tr("Note…"), this, [this, cellId] { editNote(cellId); });
    QAction *revert = menu.addAction(tr("Revert to Value as Read"), this,
                                     [this, cellId] { m_document->revertCell(cellId); });
    revert->setEnabled(m_document->review()->hasCorrection(cellId));
    menu.addAction(tr("Fill &Blanks in Selection with 0"), this, [this] { fillBlanks(m_tables->selectedCellIds()); });
    menu.addSeparator();
    const bool uncertain = cell->uncertain && !m_document->review()->hasCorrection(cellId);
    QAction *confirm = menu.addAction(tr("Confirm This Column"), this,
                                      [this, cellId] { m_document->confirmPlacement(cellId); });
    confirm->setEnabled(uncertain);
    QMenu *move = menu.addMenu(tr("Move Value to Column"));
    const CellId id = CellId::parse(cellId);
    if (const ReportTable *table = m_document->report().table(id.table)) {
        for (const ColumnSpec &column : table->spec.columns) {
            if (column.id == id.column)
                continue;
            const QString target = CellId::join(id.table, id.row, column.id);
            const QString value = m_document->review()->value(target).displayText();
            const QString label = TemplateLabels::column(column);
            move->addAction(value.isEmpty() ? label : tr("%1 (holds %2; they swap)").arg(label, value),
                            this, [this, cellId, target] { m_document->moveValue(cellId, target); });
        }
    }
    menu.exec(globalPosition);
}

} // namespace gk
