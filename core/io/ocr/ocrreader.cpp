#include "ocrreader.h"

#include "cellrecognizer.h"
#include "io/documentbuilder.h"
#include "io/filereader.h"
#include "io/readprogress.h"
#include "layout/textlayout.h"
#include "pdfreader.h"
#include "scanpage.h"
#include "scansource.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <leptonica/allheaders.h>
#include <poppler-qt6.h>

#include <cmath>
#include <memory>
#include <optional>

namespace gk {

namespace {

using ocr::CellRecognizer;
using ocr::Recognized;
using ocr::ScanCell;
using ocr::ScanPage;
using ocr::ScanSource;
using ocr::ScanTable;

int cjkCount(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF ? 1 : 0;
    return n;
}

// The width of a number's print in heights of its digits, at most (digits are narrower than tall).
double digitWidth(const QString &number)
{
    double width = 0;
    for (const QChar c : number)
        width += c.isDigit() ? 0.75 : 0.4;
    return width;
}

// A digit reading below this confidence is checked against the Chinese model (is it a label?).
constexpr double digitTrust = 60;

struct CellReading
{
    QString text;
    std::optional<Recognized> number; // set for a value cell
};

class PageReader
{
public:
    PageReader(const ScanPage &page, CellRecognizer &recognizer)
        : m_page(page)
        , m_recognizer(recognizer)
        , m_pt(page.dpi() / 72.0)
    {
    }

    CellReading cell(const ScanCell &cell) const
    {
        const int inset = int(std::lround(2 * m_pt));
        const QRect inner = cell.rect.adjusted(inset, inset, -inset, -inset);
        const QRect ink = m_page.inkBox(inner);
        CellReading out;
        if (ink.isEmpty() || (ink.width() < 2 * m_pt && ink.height() < 2 * m_pt))
            return out; // a blank cell (or a speck in it)
        const QRect box = ink.adjusted(-2, -2, 2, 2).intersected(inner);
        const bool oneLine = ink.height() <= 16 * m_pt;
        if (!oneLine) {
            Recognized text = m_recognizer.text(box, true);
            out.text = text.text;
            // Figures over several lines: two cells whose border the scan lost. A value, in doubt.
            if (cjkCount(text.text) == 0 && !text.text.isEmpty()) {
                text.confidence = 0;
                out.number = text;
            }
            return out;
        }
        Recognized digits = m_recognizer.digits(box);
        // A reading whose characters could not fill the ink's width (a label forced into digits,
        // "2.重复申请" as 2.52) or could not fit in it is no reading of this cell.
        const double height = ink.height();
        const bool digitsFit = digits.isNumber() && ink.width() <= 1.5 * digitWidth(digits.text) * height + 2 * m_pt;
        if (digitsFit && digits.confidence >= digitTrust) {
            out.text = digits.text;
            out.number = digits;
            return out;
        }
        const Recognized text = m_recognizer.text(box, false);
        const int cjk = cjkCount(text.text);
        // A digit is about half as wide as it is tall, a Chinese character about square.
        const bool tooNarrowForText = cjk > 0 && ink.width() < 0.6 * cjk * height;
        // A lone 1 that neither engine takes for a digit comes back as a bar: a 1, in doubt.
        if (!digits.isNumber() && ink.width() < 0.4 * height && (text.text == QLatin1String("|") ||
                                                                 text.text == QLatin1String("l") ||
                                                                 text.text == QLatin1String("I"))) {
            digits.text = QStringLiteral("1");
            digits.confidence = std::min(text.confidence, digitTrust);
            digits.characterConfidences = {digits.confidence};
            out.text = digits.text;
            out.number = digits;
            return out;
        }
        if (cjk == 0 || (digitsFit && tooNarrowForText)) {
            // No Chinese: a number read with doubt (or ink nothing could read).
            out.text = digits.text;
            if (!digits.isNumber())
                digits.confidence = 0;
            out.number = digits;
            return out;
        }
        out.text = text.text;
        return out;
    }

    QString line(const QRect &ink) const
    {
        return m_recognizer.text(ink.adjusted(-2, -2, 2, 2), false).text;
    }

private:
    const ScanPage &m_page;
    CellRecognizer &m_recognizer;
    double m_pt;
};

bool sameColumns(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::fabs(a.at(i) - b.at(i)) > 4.0)
            return false;
    }
    return true;
}

QString missingData(const QString &name)
{
    return OcrReader::tr("%1: a scanned report (pages without text); reading it needs Tesseract's Chinese and "
                         "English data: apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng")
        .arg(name);
}

// The cells of the ruled tables found on a page.
int gridCells(const ScanPage &page)
{
    int cells = 0;
    for (const ScanTable &table : page.tables()) {
        for (const QList<ScanCell> &row : table.rows)
            cells += int(row.size());
    }
    return cells;
}

ReadResult readScan(const QString &name, const ScanSource &source)
{
    // Leptonica reports on stderr what it declines (a picture too small to scale); every failure
    // here is handled where it happens.
    setMsgSeverity(L_SEVERITY_NONE);
    CellRecognizer recognizer;
    if (!recognizer.start())
        return ReadResult::failure(missingData(name));
    ReadProgress *progress = ReadProgress::current();
    ReadResult result;
    result.document.format = QStringLiteral("ocr");
    result.document.encoding = QStringLiteral("UTF-8");
    DocumentBuilder builder(&result.document);
    QList<double> lastColumns;
    bool tableOpen = false;
    bool anyTable = false;
    const int pages = source.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (progress && progress->isCanceled())
            return ReadResult::failure(OcrReader::tr("%1: reading stopped").arg(name));
        ocr::ScanImage image = source.page(p);
        if (image.image.isNull()) {
            result.document.warnings.append(OcrReader::tr("page %1 could not be rendered").arg(p + 1));
            continue;
        }
        result.document.pages.append({p + 1, image.size});
        auto page = std::make_unique<ScanPage>(image.image, image.dpi);
        if (source.isPdf()) {
            // A finer scan than the PDF is rendered at loses thin rulings in the downsampling: the
            // page is looked at again at the finer resolution, which is kept where it shows more
            // of a table's grid (the lines cost a fraction of reading the cells).
            ocr::ScanImage fine = source.page(p, ocr::ScanSource::finePdfDpi);
            if (!fine.image.isNull()) {
                auto finePage = std::make_unique<ScanPage>(fine.image, fine.dpi);
                if (gridCells(*finePage) > gridCells(*page)) {
                    page = std::move(finePage);
                    image = std::move(fine);
                }
            }
        }
        recognizer.setPage(page->grey(), image.dpi);
        const PageReader reader(*page, recognizer);
        const QList<ScanTable> tables = page->tables();
        const QList<QRect> lines = page->textLines();
        qsizetype t = 0;
        auto emitTable = [&](const ScanTable &table) {
            QList<double> columns;
            for (int x : table.xs)
                columns.append(page->toPoints(QRect(x, table.frame.top(), 1, 1)).left());
            QList<GridRow> rows;
            QList<QList<std::optional<Recognized>>> numbers;
            for (const QList<ScanCell> &scanRow : table.rows) {
                GridRow row;
                QList<std::optional<Recognized>> rowNumbers;
                for (const ScanCell &scanCell : scanRow) {
                    GridCell cell;
                    cell.columnSpan = scanCell.columnSpan;
                    cell.rowSpan = scanCell.rowSpan;
                    cell.placeholder = scanCell.placeholder;
                    cell.page = p + 1;
                    cell.box = page->toPoints(scanCell.rect);
                    std::optional<Recognized> number;
                    if (!scanCell.placeholder) {
                        const CellReading reading = reader.cell(scanCell);
                        cell.text = reading.text;
                        number = reading.number;
                    }
                    row.append(cell);
                    rowNumbers.append(number);
                }
                rows.append(row);
                numbers.append(rowNumbers);
            }
            const bool continues = tableOpen && sameColumns(lastColumns, columns);
            const qsizetype firstNew = result.document.rows.size();
            builder.addTable(rows, continues);
            // The builder wrote one RawRow per grid row, one RawCell per grid cell, in order.
            if (result.document.rows.size() - firstNew == rows.size()) {
                for (qsizetype r = 0; r < rows.size(); ++r) {
                    const RawRow &raw = result.document.rows.at(firstNew + r);
                    for (qsizetype c = 0; c < raw.cells.size() && c < numbers.at(r).size(); ++c) {
                        const std::optional<Recognized> &number = numbers.at(r).at(c);
                        if (!number)
                            continue;
                        OcrReading ocr;
                        ocr.start = raw.cells.at(c).span.start;
                        ocr.length = raw.cells.at(c).span.length;
                        ocr.confidence = number->confidence;
                        ocr.characterConfidences = number->characterConfidences;
                        result.document.ocrReadings.append(ocr);
                    }
                }
            }
            lastColumns = columns;
            tableOpen = true;
            anyTable = true;
        };
        for (const QRect &line : lines) {
            while (t < tables.size() && tables.at(t).frame.top() < line.top())
                emitTable(tables.at(t++));
            const QString text = reader.line(line);
            const bool furniture = TextLayout::isPageFurniture(text);
            if (!furniture)
                tableOpen = false;
            builder.addParagraph(text, p + 1, page->toPoints(line));
            if (furniture && !result.document.rows.isEmpty())
                result.document.rows.last().kind = RawRow::Kind::PageFurniture;
        }
        while (t < tables.size())
            emitTable(tables.at(t++));
        if (progress)
            progress->stepDone(p + 1, pages);
    }
    // A few characters and no table: specks read as text, not a report.
    constexpr int legible = 20;
    if (!anyTable && result.document.text.size() < legible) {
        return ReadResult::failure(
            OcrReader::tr("%1: a scanned report in which OCR found no text on any page").arg(name));
    }
    result.ok = true;
    return result;
}

QString nameOf(const QString &filePath)
{
    const QString name = QFileInfo(filePath).fileName();
    return name.isEmpty() ? filePath : name;
}

} // namespace

ReadResult OcrReader::readPdf(const QString &filePath, const QByteArray &bytes)
{
    // The text layer first: a PDF with text never pays for OCR, and its words are extracted once.
    ReadResult asText = PdfReader::read(filePath, bytes);
    if (asText.ok)
        return asText;
    constexpr int maximumScannedPages = 500; // as PdfReader: past it the file is refused, not read
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf || pdf->isLocked() || pdf->numPages() > maximumScannedPages || ocr::hasTextLayer(pdf.get()))
        return asText;
    const std::unique_ptr<ScanSource> source = ScanSource::fromPdf(std::move(pdf));
    return readScan(nameOf(filePath), *source);
}

ReadResult OcrReader::readImage(const QString &filePath, const QByteArray &bytes)
{
    const std::unique_ptr<ScanSource> source = ScanSource::fromImages({bytes});
    if (!source || source->pageCount() == 0)
        return ReadResult::failure(tr("%1: not a readable image").arg(nameOf(filePath)));
    return readScan(nameOf(filePath), *source);
}

ReadResult OcrReader::readImages(const QStringList &filePaths)
{
    QString error;
    const std::unique_ptr<ScanSource> source = ScanSource::fromImageFiles(filePaths, &error);
    if (!source)
        return ReadResult::failure(error);
    return readScan(nameOf(filePaths.first()), *source);
}

bool OcrReader::hasLanguageData()
{
    static QMutex mutex;
    static std::optional<bool> known;
    QMutexLocker lock(&mutex);
    if (!known) {
        CellRecognizer probe;
        known = probe.start();
    }
    return *known;
}

void registerOcrReader()
{
    FileReader::registerReader(QStringLiteral("pdf"), &OcrReader::readPdf);
    FileReader::registerReader(QStringLiteral("image"), &OcrReader::readImage);
    FileReader::registerPagesReader(&OcrReader::readImages);
}

} // namespace gk
