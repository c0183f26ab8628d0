#pragma once

#include "pipeline/extractor.h"

#include <QByteArray>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace gk {

class ChartPane;
class FindBar;
class FindingsPane;
struct FindMatch;
class PdfPageView;
class PendingReviewBar;
class RecentFiles;
class ReportLoader;
class ReviewDocument;
class SourceView;
class StartPage;
class TablesPane;
class WorkspaceController;
class UnsavedReviewGuard;

/** The review window: source text | reconstructed tables, findings and history docked below. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** A window over `document` (taken over), or over a new one. */
    explicit MainWindow(QWidget *parent = nullptr, ReviewDocument *document = nullptr);
    ~MainWindow() override;

    /**
     * Installs the language ("zh_CN", "en", or "" for the system's), keeps the choice in QSettings,
     * produces the findings again in it, and replaces this window by one built in that language over
     * the same document: report, review, undo stack, current cell and finding, geometry and docks
     * carry over. Returns the new window (which inherits Qt::WA_DeleteOnClose); this one closes.
     */
    MainWindow *switchLanguage(const QString &language);
    /** Reads the open report again in the background for its reading messages in the current language. */
    void rereadForMessages();

    /** Opens a report; on failure returns false with a one-line error and shows no dialog. */
    bool openFile(const QString &filePath, QString *error = nullptr) { return openFiles({filePath}, error); }
    /** The same for a report of several files: the page images of a scan, in page order. */
    bool openFiles(const QStringList &filePaths, QString *error = nullptr);
    /** Opens a report and shows a dialog naming the file and the cause when it cannot be read. */
    bool openFileInteractive(const QString &filePath) { return openFilesInteractive({filePath}); }
    bool openFilesInteractive(const QStringList &filePaths);
    /**
     * Reads the report in a worker thread, the window responsive and the status bar busy meanwhile;
     * then opens it, or shows the dialog naming the file and the cause. openFinished() tells when.
     */
    void openFileInBackground(const QString &filePath) { openFilesInBackground({filePath}); }
    /** The same for a report of several files (the page images of a scan, in page order); the
     *  request is named by its first file. */
    void openFilesInBackground(const QStringList &filePaths);
    /**
     * What the reviewer chose to open together (in the open dialog, dropped on the window, on the
     * command line): one report, see oneReportOf(); a note in the status bar names what was left out.
     */
    void openChosenFiles(const QStringList &filePaths);
    /** Files chosen together as one report: page images are the pages of one scan, in their names'
     *  natural order (page2.png before page10.png); of other files the first is the report. */
    static QStringList oneReportOf(QStringList filePaths);
    bool isLoading() const;
    /** Opens an entry of the recent list; one whose file is gone is explained and removed. */
    void openRecent(const QString &filePath);
    /** Copies a bundled sample to a writable place and opens it. */
    bool openSample(const QString &resourcePath);
    /** A local file that can be dropped on the window: an existing file of a report format. */
    static bool isReportFile(const QString &filePath);
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
    RecentFiles *recentFiles() const { return m_recent; }
    QMenu *recentMenu() const { return m_recentMenu; }
    ChartPane *chartPane() const { return m_charts; }
    /** Folders of reports (File ▸ Open Folder…, a dropped folder): ui/workspace. */
    WorkspaceController *workspace() const { return m_workspace; }
    /** Shows the Charts dock, with the chart of this id ("outcomes", …) when given. */
    void showCharts(const QString &chartId = QString());
    bool isStartPageShown() const;
    QString statusCounts() const;

    /** Selects a cell everywhere (tables and source). */
    void selectCell(const QString &cellId);
    /** Selects a finding (index into document()->findings()): its cells and their spans. */
    void selectFinding(int finding);
    /** Selects a group of findings: all of their cells. */
    void selectFindings(const QList<int> &findings);
    void nextFinding();
    void previousFinding();
    /** Opens the find bar (Ctrl+F) over the source, the tables and the findings; F3 / Shift+F3 step. */
    void findInSource();
    /** Goes to the next (previous) match of the find bar's text; false when there is none. */
    bool findAgain(bool backward = false);
    FindBar *findBar() const { return m_findBar; }

Q_SIGNALS:
    /** An openFileInBackground() request has ended (after its error dialog, if it failed). */
    void openFinished(const QString &filePath, bool ok);
    /** After a language switch: the messages made while reading are in the new language too. */
    void messagesRetranslated();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void setUpTabOrder();
    void stepTable(int delta);
    void onReportLoaded(const QString &filePath, const Extractor::Result &result);
    void showOpenError(const QString &filePath, const QString &error);
    void setBusy(const QString &filePath);
    void createDocks();
    void createLanguageMenu(QMenu *parent);
    void showDocument();
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    void updatePendingBar();
    void showCellInSource(const QString &cellId);
    /** Selects the cells in the tables and marks their spans and `otherSpans` in the source and the page. */
    void selectCellsAndSpans(const QStringList &cells, const QList<SourceSpan> &otherSpans, Severity severity);
    void markFindMatches(const QString &text, const QList<FindMatch> &matches);
    void goToMatch(const FindMatch &match);
    void showCellMenu(const QString &cellId, const QPoint &globalPosition);
    void editNote(const QString &cellId);
    void showPage();
    void exportReviewReport();
    void printReviewReport();
    void fillBlanks(const QStringList &cellIds);
    void applySuggestion();
    void moveValueDialog(const QString &cellId);
    void setReviewerName();
    void applyDockLayout();
    void releaseDocument();
    void restoreWindowState();
    /** Keeps the whole window, its status bar included, on the available part of its screen. */
    void fitToScreen();
    void saveWindowState();

    QPointer<ReviewDocument> m_document;
    RecentFiles *m_recent = nullptr;
    ReportLoader *m_loader = nullptr;
    QProgressBar *m_busy = nullptr;
    FindBar *m_findBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    QWidget *m_reviewPage = nullptr;
    QSplitter *m_splitter = nullptr;
    SourceView *m_source = nullptr;
    PdfPageView *m_pageView = nullptr;
    QTabWidget *m_sourceTabs = nullptr;
    TablesPane *m_tables = nullptr;
    PendingReviewBar *m_pendingBar = nullptr;
    UnsavedReviewGuard *m_unsaved = nullptr;
    FindingsPane *m_findings = nullptr;
    QUndoView *m_undoView = nullptr;
    ChartPane *m_charts = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    WorkspaceController *m_workspace = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportAction = nullptr;
    /** Actions that need an open report (enabled with it). */
    QList<QAction *> m_reportActions;
    /** Actions on the page view of a PDF (enabled with it). */
    QList<QAction *> m_pageActions;
    /** The report being read again for its messages in a new language (see switchLanguage). */
    QString m_rereadPath;
    /** The files of the report being opened in the background (its first names the request). */
    QStringList m_loadingFiles;
    bool m_syncing = false;
    /** The docks as the reviewer left them, kept while the start page hides them. */
    QByteArray m_reviewDockState;
    bool m_reviewDocksShown = true;
};

} // namespace gk
