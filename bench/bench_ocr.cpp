// Reading scanned reports by OCR: gkbench-ocr [--runs N] FILE...
// For each file, the median over N runs of the whole extraction (render, straighten, find the grid,
// Tesseract cell by cell, proof-read) beside a plain baseline run on the same pages: Poppler (or the
// image decoder) rendering every page at the same resolution and nothing else. Wall and CPU seconds;
// run with OMP_THREAD_LIMIT=1 (and taskset -c 0) for the one-core figure of issue 11.
// --rows prints what the reader made of each file (rows, cells, OCR confidences) instead of timing.
#include "benchstats.h"
#include "io/filereader.h"
#include "ocrreader.h"
#include "pdfreader.h"
#include "pipeline/extractor.h"
#include "scansource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <ctime>

namespace {

double cpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template<typename Run>
Timing measure(Run run)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    run();
    return {double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpu};
}

// The baseline: every page rendered as the OCR reader renders it, nothing read.
int renderAll(const QByteArray &bytes, bool pdf)
{
    const std::unique_ptr<gk::ocr::ScanSource> source =
        pdf ? gk::ocr::ScanSource::fromPdfData(bytes) : gk::ocr::ScanSource::fromImages({bytes});
    if (!source)
        return 0;
    int pages = 0;
    for (int p = 0; p < source->pageCount(); ++p)
        pages += source->page(p).image.isNull() ? 0 : 1;
    return pages;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    gk::registerPdfReader();
    gk::registerOcrReader();
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    int runs = 3;
    if (args.value(0) == QLatin1String("--runs")) {
        runs = qMax(1, args.value(1).toInt());
        args = args.mid(2);
    }
    bool rows = false;
    if (args.value(0) == QLatin1String("--rows")) {
        rows = true;
        args = args.mid(1);
    }
    if (args.isEmpty()) {
        out << "usage: gkbench-ocr [--runs N] SCANNED.pdf|PAGE.png ..." << Qt::endl;
        return 2;
    }
    if (!gk::OcrReader::hasLanguageData()) {
        out << "Tesseract's language data is missing: apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng"
            << Qt::endl;
        return 2;
    }
    out << "file\tpages\tcells\tuncertain\tocr wall s\tocr cpu s\tbaseline wall s\tbaseline cpu s\tratio (cpu)"
        << Qt::endl;
    int status = 0;
    for (const QString &path : std::as_const(args)) {
        if (rows) {
            const gk::ReadResult read = gk::FileReader::read(path);
            if (!read.ok) {
                out << read.error << Qt::endl;
                status = 1;
                continue;
            }
            qsizetype next = 0;
            const QList<gk::OcrReading> &readings = read.document.ocrReadings;
            for (const gk::RawRow &row : read.document.rows) {
                out << (row.kind == gk::RawRow::Kind::TableRow ? "T" : "P") << row.tableIndex << ' ';
                for (const gk::RawCell &cell : row.cells) {
                    out << '[' << cell.text;
                    while (next < readings.size() && readings.at(next).start < cell.span.start)
                        ++next;
                    if (next < readings.size() && readings.at(next).start == cell.span.start)
                        out << " @" << qRound(readings.at(next).confidence);
                    out << "] ";
                }
                out << Qt::endl;
            }
            const gk::Extractor::Result result = gk::Extractor::extract(path);
            for (const gk::Finding &finding : result.report.parseFindings)
                out << finding.rule << ": " << finding.message << Qt::endl;
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << path << ": cannot be opened" << Qt::endl;
            status = 1;
            continue;
        }
        const QByteArray bytes = file.readAll();
        const bool pdf = bytes.startsWith("%PDF");
        QList<double> ocrWall, ocrCpu, baseWall, baseCpu;
        int pages = 0, cells = 0, uncertain = 0;
        bool ok = true;
        for (int i = 0; i < runs; ++i) {
            const Timing base = measure([&] { pages = renderAll(bytes, pdf); });
            baseWall.append(base.wall);
            baseCpu.append(base.cpu);
            gk::Extractor::Result result;
            const Timing ocr = measure([&] { result = gk::Extractor::extract(path); });
            ocrWall.append(ocr.wall);
            ocrCpu.append(ocr.cpu);
            ok = ok && result.ok;
            if (!result.ok) {
                out << result.error << Qt::endl;
                break;
            }
            cells = uncertain = 0;
            for (const gk::ReportTable &table : result.report.tables) {
                for (const gk::ReportCell &cell : table.cells) {
                    if (!table.present)
                        continue;
                    ++cells;
                    uncertain += cell.uncertain ? 1 : 0;
                }
            }
        }
        const double oc = gk::bench::median(ocrCpu), bc = gk::bench::median(baseCpu);
        out << QFileInfo(path).fileName() << '\t' << pages << '\t' << cells << '\t' << uncertain << '\t'
            << QString::number(gk::bench::median(ocrWall), 'f', 2) << '\t' << QString::number(oc, 'f', 2) << '\t'
            << QString::number(gk::bench::median(baseWall), 'f', 2) << '\t' << QString::number(bc, 'f', 2) << '\t'
            << QString::number(bc > 0 ? oc / bc : 0, 'f', 1) << (ok ? "" : "\t(failed)") << Qt::endl;
        if (!ok)
            status = 1;
    }
    return status;
}
