// Milliseconds to show a PDF in the window's page view, per file (medians of N runs):
//   gkbench-pageview [--runs N] FILE...
// "open" is PdfPageView::setDocument (what MainWindow::showDocument waits for on the GUI thread),
// "first paint" adds painting the pages in sight of a 600x800 view (their rendering included).
#include "benchstats.h"
#include "pdfpageview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {

using gk::bench::median;

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
    int status = 0;
    for (const QString &path : std::as_const(args)) {
        QList<double> open, firstPaint;
        int pages = 0, rendered = 0, measured = 0;
        for (int run = 0; run < runs; ++run) {
            gk::PdfPageView view;
            view.resize(600, 800);
            view.show();
            QElapsedTimer timer;
            timer.start();
            QString error;
            if (!view.setDocument(path, &error)) {
                out << error << Qt::endl;
                status = 1;
                break;
            }
            open.append(timer.nsecsElapsed() / 1e6);
            measured = view.measuredPageCount();
            view.viewport()->grab();
            firstPaint.append(timer.nsecsElapsed() / 1e6);
            pages = view.pageCount();
            rendered = view.renderCount();
        }
        if (!open.isEmpty()) {
            out << path << QStringLiteral(": ") << pages << QStringLiteral(" pages, open ")
                << QString::number(median(open), 'f', 1) << QStringLiteral(" ms, first paint ")
                << QString::number(median(firstPaint), 'f', 1) << QStringLiteral(" ms (") << measured
                << QStringLiteral(" pages measured, ") << rendered << QStringLiteral(" rendered; medians of ") << runs
                << QStringLiteral(" runs)") << Qt::endl;
        }
    }
    return status;
}
