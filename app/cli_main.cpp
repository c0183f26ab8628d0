#include "chartexporter.h"
#include "clicommands.h"
#include "export/exportdocument.h"
#include "i18n/translations.h"
#include "ocrreader.h"
#include "pdfreader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

/** Takes "--lang X" or "--lang=X" out of the arguments; returns X (empty: the system's language). */
QString takeLanguage(QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

/** Takes "--chart-size WxH" out of the arguments; an invalid size stays invalid for the caller to refuse. */
QSize takeChartSize(QStringList &arguments, bool *given)
{
    *given = false;
    QSize size = gk::ChartExporter::defaultSize();
    const qsizetype at = arguments.indexOf(QStringLiteral("--chart-size"));
    if (at > 0 && at + 1 < arguments.size()) {
        *given = true;
        const QStringList wh = arguments.at(at + 1).split(QLatin1Char('x'));
        size = wh.size() == 2 ? QSize(wh.at(0).toInt(), wh.at(1).toInt()) : QSize();
        arguments.remove(at, 2);
    }
    return size;
}

/**
 * Qt Charts draws with Qt Widgets, which needs a QApplication; only an export of charts pays for one,
 * on the offscreen platform so it runs without a display.
 */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool charts)
{
    if (!charts)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session Qt warns on stderr and falls back to /tmp/runtime-USER; a script reads
    // stderr for one-line errors, so take that fallback quietly.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QFile::encodeName(QDir::tempPath()) + "/runtime-" + qgetenv("USER");
        if (QDir().mkpath(QFile::decodeName(runtime))
            && QFile::setPermissions(QFile::decodeName(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    bool charts = false;
    for (int i = 1; i < argc; ++i)
        charts = charts || qstrcmp(argv[i], "--charts") == 0;
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, charts);
    QCoreApplication::setApplicationName(QStringLiteral("gkreview-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    QStringList arguments = QCoreApplication::arguments();
    QString error;
    if (!gk::Translations::install(takeLanguage(arguments), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    gk::registerPdfReader();
    gk::registerOcrReader(); // after the PDF reader: scanned PDFs and page images
    bool sizeGiven = false;
    const QSize chartSize = takeChartSize(arguments, &sizeGiven);
    const QSize smallest = gk::ChartExporter::minimumSize();
    const QSize largest = gk::ChartExporter::maximumSize();
    if (sizeGiven && !gk::ChartExporter::acceptsSize(chartSize)) {
        err << QCoreApplication::translate("main", "--chart-size takes WIDTHxHEIGHT in pixels, from %1x%2 to %3x%4, "
                                                   "at most %5 million pixels")
                   .arg(smallest.width()).arg(smallest.height()).arg(largest.width()).arg(largest.height())
                   .arg(gk::ChartExporter::maximumPixels() / 1000000)
            << Qt::endl;
        return 2;
    }
    gk::CliCommands commands(out, err);
    if (charts) {
        commands.setChartsExporter([chartSize](const gk::ExportDocument &document, const QString &folder,
                                               QStringList *written, QString *error) {
            return gk::ChartExporter::writeAll(document.corrected(), folder, chartSize, written, error);
        });
    }
    return commands.run(arguments);
}
