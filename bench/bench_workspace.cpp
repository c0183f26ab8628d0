// gkbench-workspace [--count N] [--runs R] [--keep DIR] [--no-cli]: a workspace of N reports (10,000 by default)
// generated at bench time into a temporary folder from the seeds, ../shared/real and the format
// fixtures (copies with the agency and the year varied), then: indexing in the window (offscreen)
// with its progress and the longest pause of the event loop, the peak memory, re-opening the
// unchanged workspace, and `gkreview-cli check --summary` on 2 cores. Each figure beside a plain
// baseline run on the same machine at the same time.
#include "benchstats.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "reviewdocument.h"
#include "pipeline/extractor.h"
#include "workspace/reportfinder.h"
#include "workspace/workspacestore.h"
#include "workspace/workspacecontroller.h"
#include "workspace/workspacepane.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace gk;
using gk::bench::median;

namespace {

struct Source
{
    QString path;
    QByteArray bytes;
    QString agency;
    int year = 0;
    bool text = false;
};

QList<Source> sources()
{
    QStringList paths;
    for (const QString &folder : {QStringLiteral(GK_SHARED_DIR "/seeds"), QStringLiteral(GK_SHARED_DIR "/real/reports")}) {
        const QStringList names = QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            paths.append(QDir(folder).filePath(name));
    }
    const QDir formats(QStringLiteral(GK_TEST_DATA_DIR "/formats"));
    for (const QString &name : {QStringLiteral("001.html"), QStringLiteral("002.html"), QStringLiteral("003.html"),
                                QStringLiteral("001.docx"), QStringLiteral("003.docx"), QStringLiteral("002.pdf"),
                                QStringLiteral("borderless001.pdf")})
        paths.append(formats.filePath(name));
    QList<Source> list;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Source source;
        source.path = path;
        source.bytes = file.readAll();
        const Extractor::Result result = Extractor::extract(path);
        source.agency = result.report.agency;
        source.year = result.report.year;
        const QString suffix = QFileInfo(path).suffix();
        source.text = suffix == QLatin1String("txt") || suffix == QLatin1String("html");
        list.append(source);
    }
    return list;
}

/**
 * Report i: a copy of a source; a text or web page gets another agency (a numbered district put
 * before the name) and another year, so that the workspace holds many agencies of several years.
 * Word and PDF files are copied as they are: their bytes cannot be edited as text.
 */
int generate(const QString &folder, int count)
{
    const QList<Source> all = sources();
    // Mostly text (how most reports arrive), then web pages, then Word and PDF.
    QList<int> weights;
    for (int s = 0; s < all.size(); ++s) {
        const QString suffix = QFileInfo(all.at(s).path).suffix();
        const int weight = suffix == QLatin1String("txt") ? 8 : suffix == QLatin1String("html") ? 3 : 1;
        for (int w = 0; w < weight; ++w)
            weights.append(s);
    }
    for (int i = 0; i < count; ++i) {
        const Source &source = all.at(weights.at(i % weights.size()));
        const int district = i / int(weights.size());
        const int shift = district % 4; // four years of each agency
        const QString sub = QStringLiteral("d%1").arg(district / 4, 4, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("%1/%2-%3").arg(sub).arg(i, 5, 10, QLatin1Char('0')).arg(QFileInfo(source.path).fileName());
        QByteArray bytes = source.bytes;
        if (source.text && !source.agency.isEmpty() && source.year > 0) {
            QString text = QString::fromUtf8(bytes);
            text.replace(source.agency, QStringLiteral("第%1区").arg(district / 4) + source.agency);
            text.replace(QString::number(source.year), QString::number(source.year + shift));
            bytes = text.toUtf8();
        }
        const QString path = QDir(folder).filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return i;
    }
    return count;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

struct Opening
{
    double seconds = 0;
    double longestPauseMs = 0;
    int progressSignals = 0;
    WorkspaceIndexer::Result result;
};

Opening openInWindow(MainWindow &window, const QString &folder)
{
    Opening opening;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setInterval(5);
    qint64 lastTick = 0;
    qint64 longest = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - lastTick);
        lastTick = now;
    });
    QSignalSpy indexed(window.workspace(), &WorkspaceController::indexed);
    QObject::connect(window.workspace(), &WorkspaceController::indexed, &ticker, &QTimer::stop);
    int progress = 0;
    const auto counting = QObject::connect(window.workspace()->pane()->progressBar(), &QProgressBar::valueChanged,
                                           [&progress] { ++progress; });
    clock.start();
    ticker.start();
    lastTick = clock.nsecsElapsed();
    window.workspace()->openFolder(folder);
    QEventLoop loop;
    QObject::connect(window.workspace(), &WorkspaceController::indexed, &loop, &QEventLoop::quit);
    if (indexed.isEmpty())
        loop.exec();
    QObject::disconnect(counting);
    opening.seconds = clock.nsecsElapsed() / 1e9;
    opening.longestPauseMs = longest / 1e6;
    opening.progressSignals = progress;
    if (!indexed.isEmpty())
        opening.result = indexed.first().at(1).value<WorkspaceIndexer::Result>();
    return opening;
}

/** The plain baseline: extraction of a sample of the workspace on one thread, no window, no store. */
double plainSecondsPerReport(const QList<FoundReport> &reports, int sample)
{
    QElapsedTimer clock;
    clock.start();
    int n = 0;
    for (int i = 0; i < reports.size() && n < sample; i += std::max(1, int(reports.size()) / sample), ++n)
        Extractor::extract(reports.at(i).path);
    return n ? clock.nsecsElapsed() / 1e9 / n : 0;
}

double listingSeconds(const QString &folder)
{
    QElapsedTimer clock;
    clock.start();
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size() + it.fileInfo().lastModified().toMSecsSinceEpoch() % 2;
    }
    return bytes >= 0 ? clock.nsecsElapsed() / 1e9 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    registerPdfReader();
    int count = 10000;
    int runs = 3;
    QString keep;
    bool cli = true;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--count"))
            count = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--runs"))
            runs = std::max(1, arguments.at(i + 1).toInt());
        else if (arguments.at(i) == QLatin1String("--keep"))
            keep = arguments.at(i + 1);
    }
    cli = !arguments.contains(QStringLiteral("--no-cli"));
    QTemporaryDir temporary;
    const QString folder = keep.isEmpty() ? temporary.filePath(QStringLiteral("workspace")) : keep;
    QElapsedTimer clock;
    clock.start();
    const int made = QFileInfo(folder).isDir() ? int(ReportFinder::inFolder(folder).size()) : generate(folder, count);
    if (made < count) {
        std::fprintf(stderr, "gkbench-workspace: only %d of %d reports could be written into %s\n", made, count,
                     qPrintable(folder));
        return 2;
    }
    std::printf("workspace: %d reports in %s (made in %.1f s)\n", made, qPrintable(folder), clock.nsecsElapsed() / 1e9);
    const QList<FoundReport> found = ReportFinder::inFolder(folder);
    const double plain = plainSecondsPerReport(found, std::min(200, int(found.size())));
    std::printf("baseline: plain extraction on one thread %.2f ms per report (%.0f reports/s)\n", plain * 1e3,
                plain > 0 ? 1 / plain : 0);
    std::fflush(stdout);

    int failures = 0;
    {
        MainWindow window;
        window.show();
        QFile::remove(WorkspaceStore::pathFor(folder));
        const Opening first = openInWindow(window, folder);
        const int rate = first.seconds > 0 ? int(first.result.read / first.seconds) : 0;
        std::printf("index (window, %d reader threads): %d reports read in %.1f s (%d reports/s, %.1f× the plain "
                    "one-thread rate); progress shown %d times; longest pause of the window %.1f ms (limit 100)\n",
                    std::max(1, QThread::idealThreadCount() - 1), first.result.read, first.seconds, rate,
                    plain > 0 ? rate * plain : 0, first.progressSignals, first.longestPauseMs);
        std::printf("memory: peak %.0f MB (limit 1024)\n", peakMegabytes());
        std::fflush(stdout);

        QList<double> reopen;
        QList<double> pauses;
        QList<double> listing;
        for (int r = 0; r < runs; ++r) {
            listing.append(listingSeconds(folder));
            const Opening again = openInWindow(window, folder);
            reopen.append(again.seconds);
            pauses.append(again.longestPauseMs);
            if (again.result.read != 0)
                ++failures;
        }
        std::printf("re-open unchanged: %.2f s median of %d (limit 2; baseline: listing and stat of the folder "
                    "%.2f s, ratio %.1f); longest pause %.1f ms\n",
                    median(reopen), runs, median(listing), median(listing) > 0 ? median(reopen) / median(listing) : 0,
                    median(pauses));
    }
    std::fflush(stdout);

    const QString cliPath = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/gkreview-cli"));
    if (cli && QFileInfo::exists(cliPath)) {
        QTemporaryDir out;
        QProcess process;
        QElapsedTimer cliClock;
        cliClock.start();
        process.start(cliPath, {QStringLiteral("check"), QStringLiteral("--jobs"), QStringLiteral("2"),
                            QStringLiteral("--summary"), out.filePath(QStringLiteral("summary.csv")), folder});
        process.waitForFinished(-1);
        const double seconds = cliClock.nsecsElapsed() / 1e9;
        const qint64 cells = QFileInfo(out.filePath(QStringLiteral("summary.cells.csv"))).size();
        std::printf("CLI check --summary on 2 cores: %.1f s (%.0f reports/s, %.1f× the plain one-thread rate), exit "
                    "%d, cells file %.0f MB\n",
                    seconds, made / seconds, plain > 0 ? made / seconds * plain : 0, process.exitCode(), cells / 1e6);
    }
    // Timings are reported, never asserted (a loaded machine is slow, not wrong); a re-open that reads
    // a file again is wrong.
    return failures ? 1 : 0;
}
