// MainWindow: opening reports — the open dialog, several page images as one report, the recent list,
// dropped files, the background reading and its errors.
#include "mainwindow.h"

#include "io/filereader.h"
#include "recentfiles.h"
#include "reportloader.h"
#include "reviewdocument.h"
#include "startpage.h"
#include "tablespane.h"
#include "unsavedreviewguard.h"
#include "workspace/workspacecontroller.h"

#include <QCollator>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

#include <algorithm>

namespace gk {

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

QStringList MainWindow::oneReportOf(QStringList filePaths)
{
    const bool pages = filePaths.size() > 1
        && std::all_of(filePaths.cbegin(), filePaths.cend(), &FileReader::isPageImage);
    if (!pages)
        return filePaths.mid(0, 1);
    // The C locale's collator has no numeric mode (it compares code points): the names' digits are
    // compared as numbers by a real locale's, the reviewer's or else English.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    QCollator natural(locale);
    natural.setNumericMode(true);
    std::stable_sort(filePaths.begin(), filePaths.end(), [&natural](const QString &a, const QString &b) {
        const int byName = natural.compare(QFileInfo(a).fileName(), QFileInfo(b).fileName());
        return byName != 0 ? byName < 0 : natural.compare(a, b) < 0;
    });
    return filePaths;
}

void MainWindow::openChosenFiles(const QStringList &filePaths)
{
    const QStringList report = oneReportOf(filePaths);
    if (report.isEmpty())
        return;
    if (const int skipped = int(filePaths.size() - report.size()); skipped > 0) {
        const QString note = tr("Opened %1; the other %n file(s) were not: only the page images of one scan open "
                                "together.", nullptr, skipped)
                                 .arg(QFileInfo(report.constFirst()).fileName());
        connect(this, &MainWindow::openFinished, this, [this, note](const QString &, bool ok) {
            if (ok)
                statusBar()->showMessage(note, 10000);
        }, Qt::SingleShotConnection);
    }
    openFilesInBackground(report);
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // One report at a time: the first of several files decides whether they can be dropped (see oneReportOf).
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
