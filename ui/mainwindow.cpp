#include "mainwindow.h"

#include "findingsfilter.h"
#include "findingspane.h"
#include "io/filereader.h"
#include "pdfpageview.h"
#include "pendingreviewbar.h"
#include "recentfiles.h"
#include "reviewdocument.h"
#include "severitystyle.h"
#include "sourceview.h"
#include "startpage.h"
#include "tablespane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ReviewDocument(this))
    , m_recent(new RecentFiles(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::sampleChosen, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::fileChosen, this, &MainWindow::openFileInteractive);

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
    connect(m_pendingBar, &PendingReviewBar::setAsideRequested, this, [this] {
        const QString path = m_document->setPendingReviewAside();
        if (!path.isEmpty())
            statusBar()->showMessage(tr("The old review was kept as %1").arg(QFileInfo(path).fileName()), 8000);
    });

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
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    createDocks();
    createActions();

    m_countsLabel = new QLabel(this);
    m_savedLabel = new QLabel(this);
    m_countsLabel->setContentsMargins(12, 0, 6, 0);
    statusBar()->addPermanentWidget(m_savedLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_document, &ReviewDocument::reportChanged, this, [this] {
        m_source->setSourceText(m_document->report().text);
        const bool pdf = m_document->isOpen() && m_document->report().format == QLatin1String("pdf") &&
                         m_pageView->setDocument(m_document->filePath());
        if (!pdf)
            m_pageView->clear();
        m_sourceTabs->setTabVisible(m_sourceTabs->indexOf(m_pageView), pdf);
        m_sourceTabs->tabBar()->setVisible(pdf);
        m_sourceTabs->setCurrentWidget(pdf ? static_cast<QWidget *>(m_pageView) : m_source);
        m_stack->setCurrentWidget(m_document->isOpen() ? static_cast<QWidget *>(m_splitter) : m_startPage);
        m_closeAction->setEnabled(m_document->isOpen());
        updateTitle();
    });
    connect(m_document, &ReviewDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ReviewDocument::pendingReviewChanged, this, &MainWindow::updatePendingBar);
    connect(m_document->store(), &ReviewStore::saved, this, [this](const QString &path) {
        m_savedLabel->setText(tr("Review saved"));
        m_savedLabel->setToolTip(path);
    });
    connect(m_document->store(), &ReviewStore::saveFailed, this, [this](const QString &error) {
        m_savedLabel->setText(tr("The review could not be saved: %1").arg(error));
        QMessageBox::warning(this, tr("Review not saved"), tr("The review could not be saved:\n%1").arg(error));
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
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);

    updateRecentMenu();
    updateTitle();
    updateStatus();
    m_closeAction->setEnabled(false);
    resize(1280, 760);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

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
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Report"), QString(),
                                                          FileReader::nameFilters().join(QStringLiteral(";;")));
        if (!path.isEmpty())
            openFileInteractive(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Start Page"), this, &MainWindow::closeReport);
    m_closeAction = file->addAction(tr("&Close Report"), this, &MainWindow::closeReport);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *revert = edit->addAction(tr("Re&vert Cell to Value as Read"), this,
                                      [this] { m_document->revertCell(m_tables->currentCellId()); });
    revert->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *move = edit->addAction(tr("&Move Value to Column…"), this,
                                    [this] { moveValueDialog(m_tables->currentCellId()); });
    move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
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
    QAction *findings = m_viewMenu->addAction(tr("Focus &Findings"), this, [this] { m_findings->view()->setFocus(); });
    findings->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { openFileInteractive(path); });
        action->setToolTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_startPage->setRecentFiles(files);
}

bool MainWindow::openFile(const QString &filePath, QString *error)
{
    if (!m_document->open(filePath, error))
        return false;
    m_recent->add(filePath);
    if (QTableView *view = qobject_cast<QTableView *>(m_tables->currentWidget()))
        view->setFocus();
    return true;
}

bool MainWindow::openFileInteractive(const QString &filePath)
{
    QString error;
    if (openFile(filePath, &error))
        return true;
    QMessageBox::warning(this, tr("Cannot open the report"),
                         tr("The report %1 could not be read.\n\n%2").arg(QDir::toNativeSeparators(filePath), error));
    return false;
}

bool MainWindow::openSample(const QString &resourcePath)
{
    QString error;
    const QString path = StartPage::extractSample(resourcePath, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot open the sample"), error);
        return false;
    }
    return openFileInteractive(path);
}

void MainWindow::closeReport()
{
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
    if (!m_document->hasPendingReview()) {
        m_pendingBar->hide();
        return;
    }
    const ReviewStore::LoadResult &pending = m_document->pendingReview();
    const QString reviewFile = QFileInfo(ReviewStore::reviewPathFor(m_document->filePath())).fileName();
    if (pending.status == ReviewStore::LoadStatus::HashMismatch) {
        m_pendingBar->setMessage(
            tr("<b>The saved review %1 was made for a different version of this report</b> (its bytes have "
               "changed since). Its %n correction(s) and %2 verdict(s) are not applied. The file is kept.",
               nullptr, int(pending.data.corrections.size()))
                .arg(reviewFile.toHtmlEscaped())
                .arg(pending.data.verdicts.size()),
            true);
    } else {
        m_pendingBar->setMessage(tr("<b>The saved review %1 cannot be read</b>: %2. The file is kept.")
                                     .arg(reviewFile.toHtmlEscaped(), pending.error.toHtmlEscaped()),
                                 false);
    }
    m_pendingBar->show();
}

void MainWindow::showCellInSource(const QString &cellId)
{
    const ReportCell *cell = m_document->report().cell(cellId);
    QList<SourceSpan> spans;
    for (int i : m_document->findingsOfCell(cellId)) {
        for (const QString &other : m_document->findings().at(i).cells) {
            if (const ReportCell *c = m_document->report().cell(other); c && c->span.isValid())
                spans.append(c->span);
        }
    }
    m_source->setHighlights(spans, cell ? cell->span : SourceSpan());
    const int worst = m_document->worstSeverity(cellId);
    m_pageView->setHighlights(spans, cell ? cell->span : SourceSpan(),
                              SeverityStyle::background(worst >= 0 ? Severity(worst) : Severity::Info));
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
    m_syncing = true;
    m_tables->selectCells(f.cells);
    m_syncing = false;
    QList<SourceSpan> spans;
    for (const QString &cellId : f.cells) {
        if (const ReportCell *cell = m_document->report().cell(cellId); cell && cell->span.isValid())
            spans.append(cell->span);
    }
    for (const SourceSpan &span : f.spans) {
        if (span.isValid() && !spans.contains(span))
            spans.append(span);
    }
    m_source->setHighlights(spans, SourceSpan());
    m_pageView->setHighlights(spans, SourceSpan(), SeverityStyle::background(f.severity));
}

void MainWindow::nextFinding()
{
    m_findings->step(1);
}

void MainWindow::previousFinding()
{
    m_findings->step(-1);
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
            move->addAction(value.isEmpty() ? column.label : tr("%1 (holds %2; they swap)").arg(column.label, value),
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
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Note on %1").arg(cellId),
                                                        tr("Why is this value corrected or kept?"),
                                                        correction ? correction->note : QString(), &ok);
    if (ok)
        m_document->setCellNote(cellId, note.trimmed());
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
        labels << column.label;
        ids << column.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move Value to Column"),
                                                 tr("The value of %1 belongs in column:").arg(cellId), labels, 0,
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

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState(); // the review itself is already saved after every change
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openFileInteractive(urls.constFirst().toLocalFile());
}

} // namespace gk
