#include "workspacecontroller.h"

#include "agencyview.h"
#include "export/exportdocument.h"
#include "mainwindow.h"
#include "recentworkspaces.h"
#include "reviewdocument.h"
#include "workspace/reportsummary.h"
#include "workspaceloader.h"
#include "workspacemodel.h"
#include "workspacepane.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>

namespace gk {

WorkspaceController::WorkspaceController(MainWindow *window, QMenu *fileMenu)
    : QObject(window)
    , m_window(window)
    , m_model(new WorkspaceModel(this))
    , m_loader(new WorkspaceLoader(this))
    , m_recent(new RecentWorkspaces(this))
{
    // The window's thread keeps a core of its own; the others read reports.
    m_loader->setJobs(std::max(1, QThread::idealThreadCount() - 1));
    m_pane = new WorkspacePane(m_model);
    m_agencyView = new AgencyView;
    m_agencyView->setModel(m_model);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(m_pane, tr("Reports"));
    m_tabs->addTab(m_agencyView, tr("Agency"));
    m_dock = new QDockWidget(tr("Workspace"), window);
    m_dock->setObjectName(QStringLiteral("workspaceDock"));
    m_dock->setWidget(m_tabs);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();

    QAction *open = new QAction(tr("Open &Folder…"), this);
    open->setObjectName(QStringLiteral("openFolderAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(open, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open a Folder of Reports"));
        if (!folder.isEmpty())
            openFolder(folder);
    });
    m_recentMenu = new QMenu(tr("Recent &Workspaces"), window);
    m_recentMenu->setObjectName(QStringLiteral("recentWorkspacesMenu"));
    m_next = new QAction(tr("&Next Report"), this);
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    connect(m_next, &QAction::triggered, this, [this] { stepReport(1); });
    m_previous = new QAction(tr("&Previous Report"), this);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    connect(m_previous, &QAction::triggered, this, [this] { stepReport(-1); });
    m_next->setEnabled(false);
    m_previous->setEnabled(false);
    if (fileMenu) {
        fileMenu->addAction(open);
        fileMenu->addMenu(m_recentMenu);
        fileMenu->addAction(m_next);
        fileMenu->addAction(m_previous);
    }
    window->addAction(m_next);
    window->addAction(m_previous);

    connect(m_recent, &RecentWorkspaces::changed, this, &WorkspaceController::updateRecentMenu);
    connect(m_loader, &WorkspaceLoader::listed, this, [this](const QString &folder, const QList<ReportSummary> &summaries) {
        m_model->setFolder(folder);
        m_model->setSummaries(summaries);
        m_pane->updateRules();
        m_next->setEnabled(!summaries.isEmpty());
        m_previous->setEnabled(!summaries.isEmpty());
    });
    connect(m_loader, &WorkspaceLoader::summariesRead, m_model, &WorkspaceModel::updateSummaries);
    connect(m_loader, &WorkspaceLoader::progress, m_pane, &WorkspacePane::setProgress);
    connect(m_loader, &WorkspaceLoader::finished, this, &WorkspaceController::onFinished);
    connect(m_pane, &WorkspacePane::reportActivated, m_window, &MainWindow::openFileInBackground);
    connect(m_pane, &WorkspacePane::currentReportChanged, m_agencyView, &AgencyView::showAgencyOf);
    ReviewDocument *document = m_window->document();
    connect(document, &ReviewDocument::findingsChanged, this, &WorkspaceController::updateOpenReport);
    connect(document, &ReviewDocument::reportChanged, this, [this] {
        const QString path = m_window->document()->isOpen() ? m_window->document()->filePath() : QString();
        if (!path.isEmpty())
            m_pane->selectPath(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    });
    updateRecentMenu();
}

WorkspaceController::~WorkspaceController() = default;

bool WorkspaceController::isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

QString WorkspaceController::folder() const
{
    return m_model->folder();
}

bool WorkspaceController::isIndexing() const
{
    return m_loader->isRunning();
}

void WorkspaceController::openFolder(const QString &folder)
{
    if (!isFolder(folder)) {
        m_recent->remove(folder);
        QMessageBox::warning(m_window, tr("Folder not found"),
                             tr("The folder %1 is no longer there: it was moved, renamed or deleted.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const QString absolute = QDir(folder).absolutePath();
    m_recent->add(absolute);
    m_dock->setWindowTitle(tr("Workspace: %1").arg(QDir(absolute).dirName()));
    m_dock->show();
    m_dock->raise();
    m_tabs->setCurrentWidget(m_pane);
    m_pane->setProgress(0, 1);
    m_window->statusBar()->showMessage(tr("Reading the reports of %1…").arg(QDir::toNativeSeparators(absolute)));
    m_loader->open(absolute);
}

void WorkspaceController::onFinished(const QString &folder, const WorkspaceIndexer::Result &result)
{
    m_model->refreshSeries();
    m_pane->updateRules();
    m_pane->setProgress(result.total, result.total);
    if (!result.error.isEmpty() && result.total == 0) {
        QMessageBox::warning(m_window, tr("Cannot open the folder"), result.error);
    } else if (!result.error.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("The workspace index cannot be kept (%1); the reports were read all the same").arg(result.error));
    } else if (!result.setAsidePath.isEmpty()) {
        m_window->statusBar()->showMessage(tr("The workspace index could not be trusted: it was set aside as %1 "
                                              "and rebuilt")
                                               .arg(QDir::toNativeSeparators(result.setAsidePath)));
    } else if (!result.cancelled) {
        m_window->statusBar()->showMessage(tr("%n report(s) in the workspace, %1 read now", nullptr, result.total)
                                               .arg(result.read),
                                           10000);
    }
    Q_EMIT indexed(folder, result);
}

void WorkspaceController::updateOpenReport()
{
    ReviewDocument *document = m_window->document();
    if (!document || !document->isOpen() || m_model->rowCount() == 0)
        return;
    const QString path = QDir::cleanPath(QFileInfo(document->filePath()).absoluteFilePath());
    if (m_model->rowOfPath(path) < 0)
        return;
    const ExportDocument snapshot(*document->review(), document->findings());
    m_model->updateSummary(path, SummaryBuilder::fromDocument(snapshot, path, QString()));
}

bool WorkspaceController::stepReport(int delta)
{
    ReviewDocument *document = m_window->document();
    const QString current = document && document->isOpen()
                                ? QDir::cleanPath(QFileInfo(document->filePath()).absoluteFilePath())
                                : m_pane->currentPath();
    const QString next = m_pane->adjacentPath(current, delta);
    if (next.isEmpty())
        return false;
    m_pane->selectPath(next);
    m_window->openFileInBackground(next);
    return true;
}

void WorkspaceController::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = m_recent->folders();
    for (int i = 0; i < folders.size(); ++i) {
        const QString folder = folders.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir(folder).dirName()), this,
                                                  [this, folder] { openFolder(folder); });
        action->setToolTip(folder);
    }
    m_recentMenu->setEnabled(!folders.isEmpty());
}

} // namespace gk
