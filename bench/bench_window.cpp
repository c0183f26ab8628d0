// Times what a reviewer feels in the window (offscreen): opening a report in the background (how long
// the call takes, how long until the report is shown, the longest pause of the event loop meanwhile)
// and a whole edit (command, re-check, views, save), also with the Charts dock shown (the chart's own
// update after the edit apart). Medians over the runs.
// Usage: gkbench-window [--runs N] [REPORT...] (default: seed 003 of the shared folder)
#include "benchstats.h"
#include "chartpane.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "reviewdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

using gk::bench::median;

struct OpenTimes
{
    bool ok = false;
    double callMs = 0;
    double shownMs = 0;
    double longestPauseMs = 0;
};

OpenTimes timeOpen(const QString &path)
{
    gk::MainWindow window;
    window.show();
    QSignalSpy finished(&window, &gk::MainWindow::openFinished);
    QElapsedTimer timer;
    QTimer ticker;
    qint64 lastTick = 0;
    qint64 longestPause = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestPause = std::max(longestPause, timer.nsecsElapsed() - lastTick);
        lastTick = timer.nsecsElapsed();
    });
    timer.start();
    ticker.start(2);
    window.openFileInBackground(path);
    OpenTimes times;
    times.callMs = timer.nsecsElapsed() / 1e6;
    times.ok = finished.wait(300000) && finished.constFirst().at(1).toBool();
    times.shownMs = timer.nsecsElapsed() / 1e6;
    longestPause = std::max(longestPause, timer.nsecsElapsed() - lastTick);
    times.longestPauseMs = longestPause / 1e6;
    return times;
}

struct EditTimes
{
    bool ok = false;
    double editMs = 0;
    double chartMs = 0;
};

EditTimes medianEdit(const QString &path, int runs, bool charts)
{
    gk::MainWindow window;
    window.show();
    if (!window.openFile(path))
        return {};
    if (charts)
        window.showCharts(QStringLiteral("outcomes"));
    gk::ReviewDocument *document = window.document();
    const QStringList cells{QStringLiteral("applications.new_received.total"),
                            QStringLiteral("applications.carried_over.total")};
    QList<double> edits;
    QList<double> chartUpdates;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        // Alternating cells, so that the edits do not merge into one command.
        document->setCellValue(cells.at(i % 2), gk::CellValue::number(300 + i));
        QCoreApplication::processEvents();
        edits.append(timer.nsecsElapsed() / 1e6);
        if (charts)
            chartUpdates.append(window.chartPane()->lastUpdateNanoseconds() / 1e6);
    }
    return {true, median(edits), median(chartUpdates)};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no recent files or window state of the user's
    gk::registerPdfReader();
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int runs = 10;
    if (arguments.size() >= 2 && arguments.constFirst() == QLatin1String("--runs")) {
        runs = std::max(1, arguments.at(1).toInt());
        arguments.remove(0, 2);
    }
    if (arguments.isEmpty())
        arguments << QStringLiteral(GK_SHARED_DIR "/seeds/003_a2303bdcaefa6cda.txt");

    QTemporaryDir work; // copies: the reviews written by the edits stay out of the originals' folders
    for (const QString &original : std::as_const(arguments)) {
        const QString path = work.filePath(QFileInfo(original).fileName());
        QString error;
        if (!QFile::copy(original, path) || !gk::MainWindow().openFile(path, &error)) {
            // Checked without the window's dialog, which no one would close offscreen.
            std::fprintf(stderr, "gkbench-window: cannot read %s %s\n", qPrintable(original), qPrintable(error));
            return 2;
        }
        QList<double> calls;
        QList<double> shown;
        QList<double> pauses;
        for (int i = 0; i < runs; ++i) {
            const OpenTimes times = timeOpen(path);
            if (!times.ok) {
                std::fprintf(stderr, "gkbench-window: opening %s in the background failed\n", qPrintable(path));
                return 1;
            }
            calls.append(times.callMs);
            shown.append(times.shownMs);
            pauses.append(times.longestPauseMs);
        }
        std::printf("%s: open in the background: call %.2f ms, shown after %.1f ms, longest pause of the window "
                    "%.1f ms (medians of %d)\n",
                    qPrintable(QFileInfo(path).fileName()), median(calls), median(shown), median(pauses), runs);
        const EditTimes plain = medianEdit(path, runs * 10, false);
        const EditTimes charted = medianEdit(path, runs * 10, true);
        if (!plain.ok || !charted.ok) {
            std::fprintf(stderr, "gkbench-window: editing %s failed\n", qPrintable(path));
            return 1;
        }
        std::printf("%s: one edit (command, re-check, views, save): median %.2f ms; with the Charts dock shown "
                    "%.2f ms, of which the chart's update %.2f ms (over %d edits)\n",
                    qPrintable(QFileInfo(path).fileName()), plain.editMs, charted.editMs, charted.chartMs, runs * 10);
    }
    return 0;
}
