// Milliseconds to show a report's pages in the window's page view, per file (medians of N runs):
//   gkbench-pageview [--runs N] [--together] FILE...
// "open" is PdfPageView::setDocument (what MainWindow::showDocument waits for on the GUI thread),
// "first paint" adds painting the pages in sight of a 600x800 view (their rendering included). Page
// images are read first (OCR, not timed) for the page sizes the window passes on, and opened also
// without them (every page then decoded for its size); --together makes all the files one report.
#include "benchstats.h"
#include "io/filereader.h"
#include "ocrreader.h"
#include "pdfpageview.h"
#include "pdfreader.h"
#include "pipeline/extractor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {

using gk::bench::median;

struct Timing
{
    QList<double> open, firstPaint;
    int pages = 0, rendered = 0, measured = 0;
};

bool time(const QStringList &files, const QList<QSizeF> &sizes, int runs, Timing *timing, QString *error)
{
    for (int run = 0; run < runs; ++run) {
        gk::PdfPageView view;
        view.resize(600, 800);
        view.show();
        QElapsedTimer timer;
        timer.start();
        if (!view.setDocument(files, error, sizes))
            return false;
        timing->open.append(timer.nsecsElapsed() / 1e6);
        timing->measured = view.measuredPageCount();
        view.viewport()->grab();
        timing->firstPaint.append(timer.nsecsElapsed() / 1e6);
        timing->pages = view.pageCount();
        timing->rendered = view.renderCount();
    }
    return true;
}

QString describe(const Timing &t, int runs)
{
    return QStringLiteral("%1 pages, open %2 ms, first paint %3 ms (%4 pages measured, %5 rendered; medians of %6 runs)")
        .arg(t.pages)
        .arg(median(t.open), 0, 'f', 1)
        .arg(median(t.firstPaint), 0, 'f', 1)
        .arg(t.measured)
        .arg(t.rendered)
        .arg(runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    int runs = 7;
    if (args.value(0) == QLatin1String("--runs")) {
        runs = qMax(1, args.value(1).toInt());
        args = args.mid(2);
    }
    bool together = false;
    if (args.value(0) == QLatin1String("--together")) {
        together = true;
        args = args.mid(1);
    }
    gk::registerPdfReader();
    gk::registerOcrReader();
    QList<QStringList> reports;
    if (together)
        reports.append(args);
    else
        for (const QString &path : std::as_const(args))
            reports.append(QStringList{path});
    int status = 0;
    for (const QStringList &files : std::as_const(reports)) {
        const QString name = files.join(QStringLiteral(" "));
        QString error;
        if (!std::all_of(files.cbegin(), files.cend(), &gk::FileReader::isPageImage)) {
            Timing timing;
            if (!time(files, {}, runs, &timing, &error)) {
                out << error << Qt::endl;
                status = 1;
                continue;
            }
            out << name << QStringLiteral(": ") << describe(timing, runs) << Qt::endl;
            continue;
        }
        const gk::Extractor::Result read = gk::Extractor::extract(files);
        if (!read.ok) {
            out << read.error << Qt::endl;
            status = 1;
            continue;
        }
        Timing withSizes, decoding;
        if (!time(files, read.report.pageSizes, runs, &withSizes, &error) || !time(files, {}, runs, &decoding, &error)) {
            out << error << Qt::endl;
            status = 1;
            continue;
        }
        out << name << QStringLiteral(": with the reader's page sizes (as the window opens it) ") << describe(withSizes, runs)
            << Qt::endl
            << name << QStringLiteral(": decoding every page for its size ") << describe(decoding, runs) << Qt::endl;
    }
    return status;
}
