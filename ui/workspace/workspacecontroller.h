#pragma once

#include "workspace/workspaceindexer.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;

namespace gk {

class AgencyView;
class MainWindow;
class RecentWorkspaces;
class WorkspaceLoader;
class WorkspaceModel;
class WorkspacePane;

/**
 * The workspace part of the review window: File ▸ Open Folder… and Recent Workspaces, the dock with
 * the list of reports and the agency view, next/previous report, and the list kept up to date with
 * what the reviewer changes. Kept out of MainWindow, which only hands it its File menu and drops.
 */
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    WorkspaceController(MainWindow *window, QMenu *fileMenu);
    ~WorkspaceController() override;

    /** Opens a folder as the workspace: the list appears at once, filled in the background. */
    void openFolder(const QString &folder);
    QString folder() const;
    bool isIndexing() const;
    /** Opens the next (+1) or previous (−1) report of the list, as sorted and filtered. */
    bool stepReport(int delta);
    /** A folder that can be dropped on the window to open it as a workspace. */
    static bool isFolder(const QString &path);

    WorkspaceModel *model() const { return m_model; }
    WorkspacePane *pane() const { return m_pane; }
    AgencyView *agencyView() const { return m_agencyView; }
    QDockWidget *dock() const { return m_dock; }
    RecentWorkspaces *recent() const { return m_recent; }
    QMenu *recentMenu() const { return m_recentMenu; }

Q_SIGNALS:
    /** The indexing of the folder has ended (read and stored). */
    void indexed(const QString &folder, const gk::WorkspaceIndexer::Result &result);

private:
    void updateRecentMenu();
    void updateOpenReport();
    void onFinished(const QString &folder, const WorkspaceIndexer::Result &result);

    MainWindow *m_window = nullptr;
    WorkspaceModel *m_model = nullptr;
    WorkspaceLoader *m_loader = nullptr;
    WorkspacePane *m_pane = nullptr;
    AgencyView *m_agencyView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_dock = nullptr;
    RecentWorkspaces *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};

} // namespace gk
