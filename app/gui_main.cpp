#include "findbar.h"
#include "findingspane.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "ocrreader.h"
#include "pdfreader.h"
#include "reviewdocument.h"
#include "reviewreportwriter.h"
#include "tablespane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

/** --correct CELL=VALUE: applies a correction through the undo stack, as the reviewer would. */
bool applyCorrection(gk::ReviewDocument *document, const QString &spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    const QString cellId = spec.left(eq);
    const QString text = spec.mid(eq + 1).trimmed();
    if (!document->report().cell(cellId))
        return false;
    bool ok = true;
    const double number = text.toDouble(&ok);
    if (!text.isEmpty() && !ok)
        return false;
    document->setCellValue(cellId, text.isEmpty() ? gk::CellValue() : gk::CellValue::number(number, text));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gkreview"));
    QApplication::setOrganizationName(QStringLiteral("gkreview"));
    gk::registerPdfReader();
    gk::registerOcrReader(); // after the PDF reader: scanned PDFs and page images
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The language chosen in the menu, else the system's.
    if (!gk::Translations::install(QSettings().value(QStringLiteral("ui/language")).toString()))
        gk::Translations::install(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review a government information-disclosure annual report."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The report to open (several page images: one scanned report)."),
                                 QStringLiteral("FILE [PAGE-IMAGE...]"));
    const QCommandLineOption correct(QStringLiteral("correct"),
                                     QApplication::translate("main", "Correct a cell after opening (repeatable)."),
                                     QStringLiteral("CELL=VALUE"));
    const QCommandLineOption selectFinding(QStringLiteral("select-finding"),
                                           QApplication::translate("main", "Select the N-th finding shown (from 1)."),
                                           QStringLiteral("N"));
    const QCommandLineOption selectCell(QStringLiteral("select-cell"),
                                        QApplication::translate("main", "Select a cell after opening."),
                                        QStringLiteral("CELL"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Window size, e.g. 1366x768."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "The language for this run: zh_CN or en."),
                                      QStringLiteral("LANGUAGE"));
    const QCommandLineOption charts(QStringLiteral("charts"),
                                    QApplication::translate("main", "Show the Charts dock with this chart (outcomes, applicants, reviews, art20)."),
                                    QStringLiteral("CHART"));
    const QCommandLineOption reviewReport(QStringLiteral("review-report"),
                                          QApplication::translate("main", "Write the review report (PDF or HTML) and quit."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption find(QStringLiteral("find"), QApplication::translate("main", "Open the find bar with this text."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({correct, selectFinding, selectCell, screenshot, size, language, charts, reviewReport, find});
    parser.process(app);
    if (parser.isSet(language)) {
        QString error;
        if (!gk::Translations::install(parser.value(language), &error)) {
            std::fprintf(stderr, "gkreview: %s\n", qPrintable(error));
            return 2;
        }
    }

    // On the heap: a language switch replaces the window by a new one (same document).
    auto *window = new gk::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window->resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    window->show();

    if (!parser.positionalArguments().isEmpty()) {
        // Several page images are the pages of one scanned report (MainWindow::oneReportOf).
        QStringList paths;
        for (const QString &argument : parser.positionalArguments())
            paths.append(QFileInfo(argument).absoluteFilePath());
        // Scripted runs (corrections, selections, a screenshot) need the report before they go on.
        const bool scripted = parser.isSet(screenshot) || parser.isSet(correct) || parser.isSet(selectCell)
            || parser.isSet(selectFinding) || parser.isSet(reviewReport) || parser.isSet(find);
        if (!scripted)
            window->openChosenFiles(paths);
        else if (!window->openFilesInteractive(gk::MainWindow::oneReportOf(paths)) && parser.isSet(screenshot))
            return 2;
    }
    for (const QString &spec : parser.values(correct)) {
        if (!applyCorrection(window->document(), spec))
            std::fprintf(stderr, "gkreview: cannot apply --correct %s\n", qPrintable(spec));
    }
    if (parser.isSet(selectCell))
        window->selectCell(parser.value(selectCell));
    if (parser.isSet(selectFinding)) {
        window->findingsPane()->setCurrentRow(parser.value(selectFinding).toInt() - 1);
        window->selectFinding(window->findingsPane()->currentFinding());
    }
    if (parser.isSet(charts))
        window->showCharts(parser.value(charts));
    if (parser.isSet(find)) {
        window->findBar()->open(parser.value(find));
        window->findAgain();
    }
    if (parser.isSet(reviewReport)) {
        QString error;
        const gk::ExportDocument document(*window->document()->review(), window->document()->findings());
        if (!gk::ReviewReportWriter::write(document, parser.value(reviewReport), &error)) {
            std::fprintf(stderr, "gkreview: %s\n", qPrintable(error));
            return 2;
        }
        if (!parser.isSet(screenshot))
            return 0;
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(600, window, [window, file] {
            const bool ok = window->grab().save(file);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
