#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace gk {

class FindingsPane;
class PdfPageView;
class PendingReviewBar;
class RecentFiles;
class ReviewDocument;
class SourceView;
class StartPage;
class TablesPane;

/** The review window: source text | reconstructed tables, findings and history docked below. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a report; on failure returns false with a one-line error and shows no dialog. */
    bool openFile(const QString &filePath, QString *error = nullptr);
    /** Opens a report and shows a dialog naming the file and the cause when it cannot be read. */
    bool openFileInteractive(const QString &filePath);
    /** Copies a bundled sample to a writable place and opens it. */
    bool openSample(const QString &resourcePath);
    void closeReport();

    ReviewDocument *document() const { return m_document; }
    TablesPane *tablesPane() const { return m_tables; }
    SourceView *sourceView() const { return m_source; }
    /** The rendered pages of a PDF report (the Page tab of the source pane). */
    PdfPageView *pageView() const { return m_pageView; }
    QTabWidget *sourceTabs() const { return m_sourceTabs; }
    FindingsPane *findingsPane() const { return m_findings; }
    PendingReviewBar *pendingReviewBar() const { return m_pendingBar; }
    StartPage *startPage() const { return m_startPage; }
    bool isStartPageShown() const;
    QString statusCounts() const;

    /** Selects a cell everywhere (tables and source). */
    void selectCell(const QString &cellId);
    /** Selects a finding (index into document()->findings()): its cells and their spans. */
    void selectFinding(int finding);
    void nextFinding();
    void previousFinding();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    void updatePendingBar();
    void showCellInSource(const QString &cellId);
    void showCellMenu(const QString &cellId, const QPoint &globalPosition);
    void editNote(const QString &cellId);
    void moveValueDialog(const QString &cellId);
    void setReviewerName();
    void restoreWindowState();
    void saveWindowState();

    ReviewDocument *m_document = nullptr;
    RecentFiles *m_recent = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    QWidget *m_reviewPage = nullptr;
    QSplitter *m_splitter = nullptr;
    SourceView *m_source = nullptr;
    PdfPageView *m_pageView = nullptr;
    QTabWidget *m_sourceTabs = nullptr;
    TablesPane *m_tables = nullptr;
    PendingReviewBar *m_pendingBar = nullptr;
    FindingsPane *m_findings = nullptr;
    QUndoView *m_undoView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QAction *m_closeAction = nullptr;
    bool m_syncing = false;
};

} // namespace gk
