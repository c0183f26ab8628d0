// Seconds per report, per file: gkbench-files [--runs N] [--rows] FILE...
// --rows prints the rows a reader produced (kind, table, cells with their spans) instead of timing.
#include "io/filereader.h"
#include "pipeline/extractor.h"
#ifdef GK_HAVE_PDF
#include "pdfreader.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
#ifdef GK_HAVE_PDF
    gk::registerPdfReader();
#endif
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    int runs = 10;
    bool rows = false;
    if (args.value(0) == QLatin1String("--runs")) {
        runs = qMax(1, args.value(1).toInt());
        args = args.mid(2);
    }
    if (args.value(0) == QLatin1String("--rows")) {
        rows = true;
        args = args.mid(1);
    }
    int status = 0;
    for (const QString &path : std::as_const(args)) {
        if (rows) {
            const gk::ReadResult read = gk::FileReader::read(path);
            if (!read.ok) {
                out << read.error << Qt::endl;
                status = 1;
                continue;
            }
            out << path << QStringLiteral(": ") << read.document.format << QLatin1Char(' ') << read.document.encoding
                << QStringLiteral(", ") << read.document.rows.size() << QStringLiteral(" rows, ")
                << read.document.pages.size() << QStringLiteral(" pages") << Qt::endl;
            for (const gk::RawRow &row : read.document.rows) {
                const char *kind = row.kind == gk::RawRow::Kind::TableRow ? "T" : row.kind == gk::RawRow::Kind::Prose ? "P" : "F";
                out << QLatin1String(kind) << row.tableIndex << QLatin1Char(' ');
                for (const gk::RawCell &cell : row.cells) {
                    out << QLatin1Char('[') << cell.text;
                    if (cell.columnSpan > 1)
                        out << QStringLiteral(" c") << cell.columnSpan;
                    if (cell.rowSpan > 1)
                        out << QStringLiteral(" r") << cell.rowSpan;
                    if (cell.span.page >= 0)
                        out << QStringLiteral(" p") << cell.span.page;
                    out << QStringLiteral("] ");
                }
                out << Qt::endl;
            }
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        bool ok = true;
        for (int i = 0; i < runs; ++i)
            ok = gk::Extractor::extract(path).ok && ok;
        const double seconds = double(timer.nsecsElapsed()) / 1e9 / runs;
        out << QFileInfo(path).fileName() << QLatin1Char('\t') << QString::number(seconds, 'f', 4)
            << QStringLiteral(" s/report") << (ok ? QString() : QStringLiteral("\t(failed)")) << Qt::endl;
        if (!ok)
            status = 1;
    }
    return status;
}
