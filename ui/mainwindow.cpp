#include "mainwindow.h"

#include "chartpane.h"
#include "findbar.h"
#include "findingspane.h"
#include "i18n/translations.h"
#include "model/templatelabels.h"
#include "notedialog.h"
#include "pdfpageview.h"
#include "pendingreviewbar.h"
#include "recentfiles.h"
#include "reportloader.h"
#include "reviewdocument.h"
#include "reviewreportwriter.h"
#include "severitystyle.h"
#include "sourceview.h"
#include "startpage.h"
#include "tablespane.h"
#include "unsavedreviewguard.h"
#include "workspace/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace gk {

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
        && m_pageView->setDocument(m_document->files(), nullptr, m_document->report().pageSizes);
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

} // namespace gk
