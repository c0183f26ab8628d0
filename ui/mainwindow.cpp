#include "mainwindow.h"

#include "helpdialogs.h"
#include "notedialog.h"
#include "reviewreportwriter.h"
#include "workspace/workspacecontroller.h"
#include "exportdialog.h"
#include "chartpane.h"
#include "findbar.h"
#include "findingsfilter.h"
#include "findingsmodel.h"
#include "reporttablemodel.h"
#include "findingspane.h"
#include "i18n/translations.h"
#include "io/filereader.h"
#include "model/templatelabels.h"
#include "pdfpageview.h"
#include "pendingreviewbar.h"
#include "recentfiles.h"
#include "reportloader.h"
#include "reviewdocument.h"
#include "severitystyle.h"
#include "sourceview.h"
#include "startpage.h"
#include "tablespane.h"
#include "workspace/workspacecontroller.h"
#include "unsavedreviewguard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCollator>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QTabBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

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

MainWindow::MainWindow(QWidget *parent, ReviewDocument *document)
    : QMainWindow(parent)
    , m_document(document ? document : new ReviewDocument(this))
    , m_recent(new RecentFiles(this))
    , m_loader(new ReportLoader(this))
{
    m_document->setParent(this);
    m_unsaved = new UnsavedReviewGuard(m_document, this);
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::sampleChosen, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::fileChosen, this, &MainWindow::openRecent);

    m_source = new SourceView(this);
    m_source->setObjectName(QStringLiteral("sourceView"));
    // A PDF is shown as printed (Page) beside the text as read (Text); other formats have only the text.
    m_pageView = new PdfPageView(this);
    m_pageView->setObjectName(QStringLiteral("pageView"));
    m_sourceTabs = new QTabWidget(this);
    m_sourceTabs->setObjectName(QStringLiteral("sourceTabs"));
    m_sourceTabs->setDocumentMode(true);
    m_sourceTabs->addTab(m_pageView, tr("Page"));
    m_sourceTabs->addTab(m_source, tr("Text"));
    m_tables = new TablesPane(m_document, this);
    m_tables->setObjectName(QStringLiteral("tablesPane"));
    m_pendingBar = new PendingReviewBar(this);
    m_pendingBar->hide();
    connect(m_pendingBar, &PendingReviewBar::applyRequested, m_document, &ReviewDocument::applyPendingReview);
    connect(m_pendingBar, &PendingReviewBar::setAsideRequested, m_document, &ReviewDocument::setPendingReviewAside);

    auto *tablesSide = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tablesSide);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_pendingBar);
    tablesLayout->addWidget(m_tables);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sourceTabs);
    m_splitter->addWidget(tablesSide);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({480, 880}); // the tables need the room; the text wraps

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_startPage);
    m_findBar = new FindBar(m_document, this);
    m_findBar->hide();
    connect(m_findBar, &FindBar::matchesChanged, this, &MainWindow::markFindMatches);
    connect(m_findBar, &FindBar::matchActivated, this, &MainWindow::goToMatch);
    connect(m_findBar, &FindBar::closed, this, [this] {
        markFindMatches(QString(), {});
        if (QWidget *w = m_tables->currentWidget())
            w->setFocus();
    });
    m_reviewPage = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(m_reviewPage);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->setSpacing(0);
    reviewLayout->addWidget(m_findBar);
    reviewLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(m_reviewPage);
    setCentralWidget(m_stack);

    createDocks();
    createActions();

    m_countsLabel = new QLabel(this);
    m_savedLabel = new QLabel(this);
    m_countsLabel->setContentsMargins(12, 0, 6, 0);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // busy until a reader tells how far it is (OCR: pages)
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_savedLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_document, &ReviewDocument::reportChanged, this, &MainWindow::showDocument);
    connect(m_document, &ReviewDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ReviewDocument::pendingReviewChanged, this, &MainWindow::updatePendingBar);
    connect(m_document->store(), &ReviewStore::saved, this, [this](const QString &path) {
        m_savedLabel->setText(tr("Review saved"));
        m_savedLabel->setToolTip(path);
    });
    connect(m_document->store(), &ReviewStore::saveFailed, this, [this](const QString &error) {
        m_savedLabel->setText(tr("The review could not be saved: %1").arg(error));
    });
    connect(m_tables, &TablesPane::currentCellChanged, this, [this](const QString &cellId) {
        if (!m_syncing)
            showCellInSource(cellId);
    });
    connect(m_tables, &TablesPane::contextMenuRequested, this, &MainWindow::showCellMenu);
    connect(m_source, &SourceView::positionClicked, this, [this](qsizetype position) {
        const QString cellId = m_document->cellAt(position);
        if (!cellId.isEmpty())
            selectCell(cellId);
    });
    connect(m_pageView, &PdfPageView::pointClicked, this, [this](int page, const QPointF &point) {
        const QString cellId = m_document->cellAtPoint(page, point);
        if (!cellId.isEmpty())
            selectCell(cellId);
    });
    connect(m_findings, &FindingsPane::findingActivated, this, &MainWindow::selectFinding);
    connect(m_findings, &FindingsPane::findingsActivated, this, &MainWindow::selectFindings);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(m_loader, &ReportLoader::finished, this, &MainWindow::onReportLoaded);
    connect(m_loader, &ReportLoader::canceled, this, [this] { setBusy(QString()); });
    connect(m_loader, &ReportLoader::progress, this, [this](const QString &filePath, int done, int total) {
        m_busy->setRange(0, total);
        m_busy->setValue(done);
        statusBar()->showMessage(tr("Reading %1 by OCR: %2 of %3 pages…").arg(QFileInfo(filePath).fileName()).arg(done).arg(total));
    });
    setUpTabOrder();

    updateRecentMenu();
    showDocument();
    updateStatus();
    updatePendingBar();
    resize(1280, 760);
    restoreWindowState();
    fitToScreen();
}

MainWindow::~MainWindow()
{
    // A cell editor still open commits when it loses focus during destruction; that edit is saved
    // through the document, but must not reach this half-destroyed window. (A window that handed its
    // document to the window of another language holds none: that one may already be gone.)
    if (m_document) {
        m_document->disconnect(this);
        m_document->store()->disconnect(this);
    }
    m_tables->disconnect(this);
    m_findings->disconnect(this);
    m_source->disconnect(this);
    m_loader->disconnect(this);
}

void MainWindow::showDocument()
{
    m_source->setSourceText(m_document->report().text);
    // a scanned report ("ocr", a PDF or page images) shows its pages too
    const QString format = m_document->report().format;
    const bool pdf = m_document->isOpen() && (format == QLatin1String("pdf") || format == QLatin1String("ocr"))
        && m_pageView->setDocument(m_document->files());
    if (!pdf)
        m_pageView->clear();
    m_sourceTabs->setTabVisible(m_sourceTabs->indexOf(m_pageView), pdf);
    m_sourceTabs->tabBar()->setVisible(pdf);
    m_sourceTabs->setCurrentWidget(pdf ? static_cast<QWidget *>(m_pageView) : m_source);
    m_stack->setCurrentWidget(m_document->isOpen() ? m_reviewPage : static_cast<QWidget *>(m_startPage));
    if (!m_document->isOpen())
        m_findBar->hide();
    else if (m_findBar->isVisible())
        m_findBar->refresh();
    m_closeAction->setEnabled(m_document->isOpen());
    m_exportAction->setEnabled(m_document->isOpen());
    for (QAction *action : std::as_const(m_reportActions))
        action->setEnabled(m_document->isOpen());
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(pdf);
    updateTitle();
    setUpTabOrder();
    applyDockLayout();
}

void MainWindow::applyDockLayout()
{
    // The docks speak of a report: the start page has the window to itself, and the reviewer's dock
    // layout comes back with the next report.
    const bool review = m_document->isOpen();
    if (review == m_reviewDocksShown)
        return;
    if (review) {
        // Docks asked for on the start page (View ▸ Charts, --charts) stay, whatever the kept layout says.
        QList<QDockWidget *> asked;
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (!dock->isHidden())
                asked.append(dock);
        }
        restoreState(m_reviewDockState);
        for (QDockWidget *dock : std::as_const(asked))
            dock->show();
    } else {
        m_reviewDockState = saveState();
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->hide();
    }
    m_reviewDocksShown = review;
}

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

MainWindow *MainWindow::switchLanguage(const QString &language)
{
    QString error;
    if (!Translations::install(language, &error)) {
        QMessageBox::warning(this, tr("Language"), error);
        return this;
    }
    QSettings().setValue(QStringLiteral("ui/language"), language);
    // A cell being edited commits now, before anything refreshes the tables or the window goes.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    m_document->recheck(); // the rules' messages follow at once; those made while reading, below
    m_document->retranslateHistory();
    // An open in flight goes on in the new window (this one and its loader are about to go); a
    // re-read for messages is not an open, and starts again there.
    const bool rereading = !m_rereadPath.isEmpty();
    const QStringList loading = m_loader->isBusy() && !rereading ? m_loadingFiles : QStringList();
    m_loader->cancel();

    const QString cellId = m_tables->currentCellId();
    const int finding = m_findings->currentFinding();
    saveWindowState(); // the new window restores it
    auto *next = new MainWindow(nullptr, m_document);
    next->setAttribute(Qt::WA_DeleteOnClose, testAttribute(Qt::WA_DeleteOnClose)); // close() clears it
    next->restoreGeometry(saveGeometry());
    if (!cellId.isEmpty())
        next->selectCell(cellId);
    if (finding >= 0) {
        next->m_findings->showFinding(finding);
        if (!cellId.isEmpty() && !m_document->findings().value(finding).cells.contains(cellId))
            next->selectCell(cellId);
    }
    if (isVisible())
        next->show();
    if (!m_workspace->folder().isEmpty()) // from its index: only what changed is read again
        next->m_workspace->openFolder(m_workspace->folder());
    if (!loading.isEmpty())
        next->openFilesInBackground(loading);
    else if (m_document->isOpen() || rereading)
        next->rereadForMessages();
    releaseDocument();
    close();
    return next;
}

void MainWindow::releaseDocument()
{
    // The next window owns the document now; this one (until it is deleted, or for good when it is
    // not deleted on close) must no longer hear from it.
    const QList<QObject *> senders{m_document, m_document->review(), m_document->store(), m_document->undoStack()};
    QList<QObject *> receivers = findChildren<QObject *>();
    receivers.append(this);
    m_undoView->setStack(nullptr);
    for (QObject *sender : senders) {
        for (QObject *receiver : std::as_const(receivers))
            QObject::disconnect(sender, nullptr, receiver, nullptr);
    }
    m_document = nullptr;
    setEnabled(false); // what is left of this window must not reach the document through its views
}

void MainWindow::rereadForMessages()
{
    // The reader's own messages (label variants, extra rows…) were made in the old language; reading
    // again can take seconds (LibreOffice, a long PDF), so it happens off the GUI thread.
    m_rereadPath = m_document->filePath();
    m_busy->setVisible(true);
    statusBar()->showMessage(tr("Translating the messages of %1…").arg(QFileInfo(m_rereadPath).fileName()));
    m_loader->load(m_document->files());
}

void MainWindow::createDocks()
{
    m_findings = new FindingsPane(m_document, this);
    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);

    m_undoView = new QUndoView(m_document->undoStack(), this);
    m_undoView->setEmptyLabel(tr("<report as read>"));
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_undoView);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    splitDockWidget(findingsDock, historyDock, Qt::Horizontal);
    resizeDocks({findingsDock, historyDock}, {900, 260}, Qt::Horizontal);
    resizeDocks({findingsDock}, {220}, Qt::Vertical);

    // The charts follow every correction; hidden until asked for (View ▸ Charts, Ctrl+3).
    m_charts = new ChartPane(this);
    m_charts->setReportSource([document = QPointer<ReviewDocument>(m_document)] {
        return document && document->isOpen() ? document->review()->correctedReport() : Report();
    });
    connect(m_document, &ReviewDocument::findingsChanged, m_charts, &ChartPane::invalidate);
    connect(m_charts, &ChartPane::exported, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    m_chartsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);
    m_chartsDock->hide();
}

void MainWindow::showCharts(const QString &chartId)
{
    if (!chartId.isEmpty())
        m_charts->setCurrentChart(chartId);
    if (m_chartsDock->isHidden()) {
        m_chartsDock->show();
        resizeDocks({m_chartsDock}, {width() * 2 / 5}, Qt::Horizontal);
    }
    m_chartsDock->raise();
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

void MainWindow::exportReviewReport()
{
    if (!m_document->isOpen())
        return;
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    const QString suggested = QFileInfo(m_document->filePath()).dir().filePath(base + tr("-review") + QStringLiteral(".pdf"));
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Review Report"), suggested,
                                                      tr("PDF (*.pdf);;Web page (*.html)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QLatin1String("html")) ? QStringLiteral(".html") : QStringLiteral(".pdf");
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(m_document->filePath()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Export failed"), tr("The review report cannot replace the report itself."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = ReviewReportWriter::write(ExportDocument(*m_document->review(), m_document->findings()), file, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Review report written to %1").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::printReviewReport()
{
    if (!m_document->isOpen())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Review report: %1").arg(m_document->report().fileName));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Review Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReviewReportWriter::print(ExportDocument(*m_document->review(), m_document->findings()), &printer);
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

bool MainWindow::openFiles(const QStringList &filePaths, QString *error)
{
    if (!m_unsaved->confirmClose()) {
        if (error)
            *error = tr("The corrections to the open report are not saved yet.");
        return false;
    }
    m_loader->cancel();
    if (!m_document->open(filePaths, error))
        return false;
    m_recent->add(filePaths);
    if (QTableView *view = qobject_cast<QTableView *>(m_tables->currentWidget()))
        view->setFocus();
    return true;
}

bool MainWindow::openFilesInteractive(const QStringList &filePaths)
{
    QString error;
    if (openFiles(filePaths, &error))
        return true;
    showOpenError(filePaths.value(0), error);
    return false;
}

void MainWindow::showOpenError(const QString &filePath, const QString &error)
{
    QMessageBox::warning(this, tr("Cannot open the report"),
                         tr("The report %1 could not be read.\n\n%2").arg(QDir::toNativeSeparators(filePath), error));
}

void MainWindow::openFilesInBackground(const QStringList &filePaths)
{
    if (filePaths.isEmpty() || !m_unsaved->confirmClose())
        return;
    m_rereadPath.clear();
    m_loadingFiles = filePaths;
    setBusy(filePaths.constFirst());
    m_loader->load(filePaths);
}

void MainWindow::openChosenFiles(QStringList filePaths)
{
    // The C locale's collator has no numeric mode (it compares code points): the names' digits are
    // compared as numbers by a real locale's, the reviewer's or else English.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    QCollator natural(locale);
    natural.setNumericMode(true);
    std::stable_sort(filePaths.begin(), filePaths.end(),
                     [&natural](const QString &a, const QString &b) { return natural.compare(a, b) < 0; });
    openFilesInBackground(filePaths);
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy();
}

void MainWindow::setBusy(const QString &filePath)
{
    m_busy->setRange(0, 0);
    m_busy->setVisible(!filePath.isEmpty());
    if (filePath.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(filePath).fileName()));
}

void MainWindow::onReportLoaded(const QString &filePath, const Extractor::Result &result)
{
    setBusy(QString());
    if (!m_rereadPath.isEmpty() && filePath == m_rereadPath) {
        m_rereadPath.clear();
        if (result.ok)
            m_document->takeReadingMessages(result.report);
        Q_EMIT messagesRetranslated();
        return;
    }
    if (!result.ok) {
        showOpenError(filePath, result.error);
        Q_EMIT openFinished(filePath, false);
        return;
    }
    m_document->openReport(result.report);
    m_recent->add(m_document->files());
    if (QTableView *view = qobject_cast<QTableView *>(m_tables->currentWidget()))
        view->setFocus();
    Q_EMIT openFinished(filePath, true);
}

void MainWindow::openRecent(const QString &filePath)
{
    const QStringList files = m_recent->filesOf(filePath);
    const auto gone = std::find_if(files.cbegin(), files.cend(), [](const QString &f) { return !QFileInfo(f).isFile(); });
    if (gone == files.cend()) {
        openFilesInBackground(files);
        return;
    }
    m_recent->remove(filePath);
    QMessageBox::warning(this, tr("Report not found"),
                         tr("The report %1 is no longer there: it was moved, renamed or deleted.\n\n"
                            "It has been removed from the recent reports.")
                             .arg(QDir::toNativeSeparators(*gone)));
}

bool MainWindow::openSample(const QString &resourcePath)
{
    QString error;
    const QString path = StartPage::extractSample(resourcePath, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot open the sample"), error);
        return false;
    }
    openFileInBackground(path);
    return true;
}

bool MainWindow::isReportFile(const QString &filePath)
{
    static const QStringList suffixes = {QStringLiteral("txt"),  QStringLiteral("html"), QStringLiteral("htm"),
                                         QStringLiteral("shtml"), QStringLiteral("docx"), QStringLiteral("doc"),
                                         QStringLiteral("wps"),  QStringLiteral("pdf"),  QStringLiteral("png"),
                                         QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("tif"),
                                         QStringLiteral("tiff")};
    const QFileInfo info(filePath);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

void MainWindow::closeReport()
{
    if (!m_unsaved->confirmClose())
        return;
    m_loader->cancel();
    m_document->close();
}

bool MainWindow::isStartPageShown() const
{
    return m_stack->currentWidget() == m_startPage;
}

void MainWindow::updateTitle()
{
    if (!m_document->isOpen()) {
        setWindowTitle(tr("gkreview"));
        return;
    }
    const Report &report = m_document->report();
    QString title = report.fileName;
    if (!report.agency.isEmpty())
        title = report.agency + (report.year > 0 ? QStringLiteral(" %1").arg(report.year) : QString())
            + QStringLiteral(" — ") + title;
    setWindowTitle(tr("%1 — gkreview").arg(title));
}

QString MainWindow::statusCounts() const
{
    return m_countsLabel->text();
}

void MainWindow::updateStatus()
{
    if (!m_document->isOpen()) {
        m_countsLabel->clear();
        return;
    }
    QStringList parts;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        parts << SeverityStyle::count(s, m_document->openCount(s));
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));
    // Keep the marks in the source in step with the current cell.
    if (!m_syncing && !m_tables->currentCellId().isEmpty())
        showCellInSource(m_tables->currentCellId());
}

void MainWindow::updatePendingBar()
{
    const QString reviewFile = QFileInfo(ReviewStore::reviewPathFor(m_document->filePath())).fileName();
    if (!m_document->hasPendingReview()) {
        const QString aside = m_document->setAsideReviewPath();
        if (aside.isEmpty()) {
            m_pendingBar->hide();
            return;
        }
        m_pendingBar->setNotice(tr("The earlier review was set aside unchanged as <b>%1</b>. This review is "
                                   "saved as %2 after every change.")
                                    .arg(QFileInfo(aside).fileName().toHtmlEscaped(), reviewFile.toHtmlEscaped()));
        statusBar()->showMessage(tr("The earlier review was kept as %1").arg(QFileInfo(aside).fileName()), 8000);
        m_pendingBar->show();
        return;
    }
    const ReviewStore::LoadResult &pending = m_document->pendingReview();
    QString text;
    if (pending.status == ReviewStore::LoadStatus::HashMismatch) {
        text = tr("<b>The saved review %1 was made for a different version of this report</b> (its bytes have "
                  "changed since). Its %n correction(s) and %2 verdict(s) are not applied. The file is kept; "
                  "your first edit sets it aside under a new name.",
                  nullptr, int(pending.data.corrections.size()))
                   .arg(reviewFile.toHtmlEscaped())
                   .arg(pending.data.verdicts.size());
    } else {
        text = tr("<b>The saved review %1 cannot be read</b>: %2. The file is kept; your first edit sets it "
                  "aside under a new name.")
                   .arg(reviewFile.toHtmlEscaped(), pending.error.toHtmlEscaped());
    }
    if (!m_document->setAsideError().isEmpty())
        text += QStringLiteral("<br>")
            + tr("<b>Your edits are not saved</b>: %1.").arg(m_document->setAsideError().toHtmlEscaped());
    m_pendingBar->setMessage(text, m_document->canApplyPendingReview());
    m_pendingBar->show();
}

void MainWindow::showCellInSource(const QString &cellId)
{
    QList<SourceSpan> spans;
    for (int i : m_document->findingsOfCell(cellId)) {
        for (const QString &other : m_document->findings().at(i).cells) {
            if (const SourceSpan span = m_document->spanOf(other); span.isValid())
                spans.append(span);
        }
    }
    const SourceSpan current = m_document->spanOf(cellId);
    m_source->setHighlights(spans, current);
    const int worst = m_document->worstSeverity(cellId);
    m_pageView->setHighlights(spans, current, SeverityStyle::background(worst >= 0 ? Severity(worst) : Severity::Info));
}

void MainWindow::selectCell(const QString &cellId)
{
    m_tables->selectCell(cellId); // emits currentCellChanged → source
}

void MainWindow::selectFinding(int finding)
{
    if (finding < 0 || finding >= m_document->findings().size())
        return;
    const Finding &f = m_document->findings().at(finding);
    QStringList cells = f.cells;
    if (cells.isEmpty()) { // a finding about an extra row (layout.extra_row) names the row as its subject
        const QStringList subject = f.subject.split(QLatin1Char('.'));
        if (subject.size() == 2)
            cells = m_document->extraRowCellIds(subject.at(0), subject.at(1));
    }
    m_syncing = true;
    m_tables->selectCells(cells);
    m_syncing = false;
    QList<SourceSpan> spans;
    for (const QString &cellId : std::as_const(cells)) {
        if (const SourceSpan span = m_document->spanOf(cellId); span.isValid())
            spans.append(span);
    }
    for (const SourceSpan &span : f.spans) {
        if (span.isValid() && !spans.contains(span))
            spans.append(span);
    }
    m_source->setHighlights(spans, SourceSpan());
    m_pageView->setHighlights(spans, SourceSpan(), SeverityStyle::background(f.severity));
}

void MainWindow::selectFindings(const QList<int> &findings)
{
    QStringList cells;
    for (int finding : findings)
        cells += m_document->findings().value(finding).cells;
    m_syncing = true;
    m_tables->selectCells(cells);
    m_syncing = false;
    QList<SourceSpan> spans;
    for (const QString &cellId : std::as_const(cells)) {
        if (const SourceSpan span = m_document->spanOf(cellId); span.isValid())
            spans.append(span);
    }
    const Severity severity = findings.isEmpty() ? Severity::Info : m_document->findings().value(findings.first()).severity;
    m_source->setHighlights(spans, SourceSpan());
    m_pageView->setHighlights(spans, SourceSpan(), SeverityStyle::background(severity));
}

void MainWindow::showPage()
{
    if (m_sourceTabs->isTabVisible(m_sourceTabs->indexOf(m_pageView)))
        m_sourceTabs->setCurrentWidget(m_pageView);
}

void MainWindow::fillBlanks(const QStringList &cellIds)
{
    const int n = m_document->fillBlanksWithZero(cellIds);
    statusBar()->showMessage(n > 0 ? tr("%n blank cell(s) filled with 0 (Ctrl+Z undoes it)", nullptr, n)
                                   : tr("No blank cell to fill here"),
                             6000);
}

void MainWindow::applySuggestion()
{
    if (!m_document->applySuggestion(m_findings->currentFinding())) {
        statusBar()->showMessage(tr("The selected finding suggests no correction"), 6000);
        return;
    }
    statusBar()->showMessage(tr("Suggested correction applied (Ctrl+Z undoes it)"), 6000);
}

void MainWindow::nextFinding()
{
    m_findings->step(1);
}

void MainWindow::previousFinding()
{
    m_findings->step(-1);
}

void MainWindow::findInSource()
{
    if (!m_document->isOpen())
        return;
    QString initial = m_source->textCursor().selectedText();
    if (initial.size() > 60 || initial.contains(QChar(0x2029)))
        initial.clear();
    m_findBar->open(initial);
}

bool MainWindow::findAgain(bool backward)
{
    if (!m_document->isOpen())
        return false;
    if (m_findBar->text().isEmpty()) {
        m_findBar->open();
        return false;
    }
    m_findBar->show();
    if (!m_findBar->step(backward)) {
        statusBar()->showMessage(tr("“%1” is nowhere in this report").arg(m_findBar->text()), 5000);
        return false;
    }
    return true;
}

void MainWindow::markFindMatches(const QString &text, const QList<FindMatch> &matches)
{
    QList<SourceSpan> spans;
    for (const FindMatch &match : matches) {
        if (match.kind == FindMatch::Source) {
            SourceSpan span;
            span.start = match.position;
            span.length = match.length;
            spans.append(span);
        }
    }
    m_source->setFindMatches(spans, SourceSpan());
    for (const QString &tableId : m_tables->tableIds())
        m_tables->modelOf(tableId)->setFindText(text);
    m_findings->model()->setFindText(text);
}

void MainWindow::goToMatch(const FindMatch &match)
{
    switch (match.kind) {
    case FindMatch::Source: {
        SourceSpan span;
        span.start = match.position;
        span.length = match.length;
        QList<SourceSpan> spans;
        for (const FindMatch &m : m_findBar->matches()) {
            if (m.kind == FindMatch::Source) {
                SourceSpan s;
                s.start = m.position;
                s.length = m.length;
                spans.append(s);
            }
        }
        m_sourceTabs->setCurrentWidget(m_source);
        m_source->setFindMatches(spans, span);
        break;
    }
    case FindMatch::Cell:
    case FindMatch::RowLabel:
    case FindMatch::ColumnLabel:
        selectCell(match.cellId);
        break;
    case FindMatch::Finding:
        m_findings->showFinding(match.finding);
        selectFinding(match.finding);
        break;
    }
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

void MainWindow::editNote(const QString &cellId)
{
    if (cellId.isEmpty())
        return;
    const std::optional<Correction> correction = m_document->review()->correction(cellId);
    NoteDialog dialog(m_document->cellName(cellId), correction ? correction->note : QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setCellNote(cellId, dialog.note());
}

void MainWindow::moveValueDialog(const QString &cellId)
{
    const CellId id = CellId::parse(cellId);
    const ReportTable *table = m_document->report().table(id.table);
    if (!table)
        return;
    QStringList labels;
    QStringList ids;
    for (const ColumnSpec &column : table->spec.columns) {
        if (column.id == id.column)
            continue;
        labels << TemplateLabels::column(column);
        ids << column.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move Value to Column"),
                                                 tr("The value of %1 belongs in column:").arg(m_document->cellName(cellId)), labels, 0,
                                                 false, &ok);
    if (ok && labels.contains(chosen))
        m_document->moveValue(cellId, CellId::join(id.table, id.row, ids.at(labels.indexOf(chosen))));
}

void MainWindow::setReviewerName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Reviewer Name"),
                                               tr("Your name, recorded with every correction and verdict:"),
                                               QLineEdit::Normal, m_document->review()->reviewerName(), &ok);
    if (!ok)
        return;
    QSettings().setValue(QStringLiteral("review/reviewer"), name.trimmed());
    m_document->review()->setReviewerName(name.trimmed());
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Before the window is shown its frame is unknown: allow for a title bar and a border.
    QMargins frame(frameGeometry().left() - geometry().left(), geometry().top() - frameGeometry().top(),
                   frameGeometry().right() - geometry().right(), frameGeometry().bottom() - geometry().bottom());
    if (frame.isNull())
        frame = QMargins(2, 32, 2, 2);
    const QSize room = available.size().shrunkBy(frame);
    if (isMaximized() || isFullScreen())
        return;
    const QSize size = this->size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    resize(size);
    const QSize outer = size.grownBy(frame);
    const int x = qBound(available.left(), frameGeometry().left(), available.right() + 1 - outer.width());
    const int y = qBound(available.top(), frameGeometry().top(), available.bottom() + 1 - outer.height());
    move(x, y);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_reviewDocksShown) // the start page hid the docks: begin from the layout it kept
        restoreState(m_reviewDockState);
    m_reviewDocksShown = true;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    applyDockLayout();
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_reviewDocksShown ? saveState() : m_reviewDockState);
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An open cell editor commits on focus out: its edit is saved like any other.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    if (m_document && !m_unsaved->confirmClose()) { // saved after every change, unless that failed
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // One report at a time: the first of several files decides (several page images are one report).
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()
        && (isReportFile(urls.constFirst().toLocalFile()) || WorkspaceController::isFolder(urls.constFirst().toLocalFile())))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile() && WorkspaceController::isFolder(urls.constFirst().toLocalFile())) {
        event->acceptProposedAction();
        m_workspace->openFolder(urls.constFirst().toLocalFile());
        return;
    }
    if (urls.isEmpty() || !urls.constFirst().isLocalFile() || !isReportFile(urls.constFirst().toLocalFile())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    QStringList files;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    openChosenFiles(files);
}

} // namespace gk
