#include "pdfreader.h"

#include "borderlesstables.h"
#include "io/documentbuilder.h"
#include "io/filereader.h"
#include "layout/textlayout.h"
#include "pdfwords.h"
#include "ruledtables.h"

#include <QFileInfo>
#include <QImage>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace gk {

namespace {

using pdf::HSeg;
using pdf::PageTable;
using pdf::RuledTables;
using pdf::VSeg;
using pdf::Word;
using pdf::joinPieces;
using pdf::lineText;
using pdf::linesOf;

constexpr double renderDpi = 108.0;
constexpr double pxPerPt = renderDpi / 72.0;
// Past this a page is not rendered to look for ruling lines (a 14400 pt page would take 2 GB); its
// tables are found from the words' positions. An A0 page at renderDpi is 18 million pixels.
constexpr double maxRulingPixels = 24.0e6;

bool sameColumns(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (qAbs(a.at(i) - b.at(i)) > 3.0)
            return false;
    }
    return true;
}

// The first row of a table continued on a new page repeats, empty, the cells whose row span crosses
// the page break: make them placeholders and lengthen the cell above the break instead.
void joinAcrossPageBreak(QList<RawRow> *rows, qsizetype firstNew)
{
    if (firstNew >= rows->size())
        return;
    const int table = rows->at(firstNew).tableIndex;
    QList<qsizetype> before; // the rows of this table before the break, in order
    for (qsizetype i = 0; i < firstNew; ++i) {
        if (rows->at(i).kind == RawRow::Kind::TableRow && rows->at(i).tableIndex == table)
            before.append(i);
    }
    const int breakRow = int(before.size());
    if (breakRow == 0)
        return;
    // A row split by the page break: the continued row holds only the rest of texts begun above it.
    {
        RawRow &last = (*rows)[before.last()];
        const RawRow &next = rows->at(firstNew);
        auto cellAt = [](RawRow &row, int position) -> RawCell * {
            int p = 0;
            for (RawCell &cell : row.cells) {
                if (p == position)
                    return &cell;
                p += cell.columnSpan;
            }
            return nullptr;
        };
        int texts = 0, lastTexts = 0;
        bool split = true;
        int position = 0;
        for (const RawCell &cell : next.cells) {
            if (!cell.text.isEmpty()) {
                ++texts;
                const RawCell *above = cellAt(last, position);
                if (!above || above->text.isEmpty())
                    split = false;
            }
            position += cell.columnSpan;
        }
        for (const RawCell &cell : last.cells)
            lastTexts += cell.text.isEmpty() ? 0 : 1;
        if (split && texts > 0 && texts < lastTexts) {
            position = 0;
            for (const RawCell &cell : next.cells) {
                if (!cell.text.isEmpty()) {
                    RawCell *above = cellAt(last, position);
                    above->text = joinPieces(above->text, cell.text);
                    above->span = SourceSpan::covering(above->span, cell.span);
                }
                position += cell.columnSpan;
            }
            // Row spans that began in the removed row begin, one shorter, in the row after it.
            if (firstNew + 1 < rows->size() && rows->at(firstNew + 1).tableIndex == table) {
                RawRow &after = (*rows)[firstNew + 1];
                position = 0;
                for (const RawCell &cell : next.cells) {
                    RawCell *below = cellAt(after, position);
                    if (cell.text.isEmpty() && cell.rowSpan > 1 && below && below->text.isEmpty())
                        below->rowSpan = cell.rowSpan - 1;
                    position += cell.columnSpan;
                }
            }
            rows->removeAt(firstNew);
            // Spans that only reached into the removed row end at the break now.
            for (int r = 0; r < breakRow; ++r) {
                for (RawCell &cell : (*rows)[before.at(r)].cells) {
                    if (r + cell.rowSpan > breakRow && !cell.text.isEmpty() && r == breakRow - 1)
                        cell.rowSpan = 1;
                }
            }
            if (firstNew >= rows->size() || rows->at(firstNew).tableIndex != table ||
                rows->at(firstNew).kind != RawRow::Kind::TableRow)
                return;
        }
    }
    RawRow &first = (*rows)[firstNew];
    int position = 0;
    for (RawCell &cell : first.cells) {
        const int width = cell.columnSpan;
        if (cell.text.isEmpty()) {
            for (int r = 0; r < breakRow; ++r) {
                RawRow &above = (*rows)[before.at(r)];
                int p = 0;
                for (RawCell &candidate : above.cells) {
                    if (p == position && !candidate.text.isEmpty() && r + candidate.rowSpan == breakRow) {
                        candidate.rowSpan += cell.rowSpan;
                        cell.rowSpan = 1;
                    }
                    p += candidate.columnSpan;
                }
            }
        }
        position += width;
    }
}

// Rows whose values could not be given their columns keep only their values, in page order: the
// template then places them by the table's arithmetic and marks them uncertain.
void markUndecided(QList<RawRow> *rows, qsizetype firstNew, const PageTable &table)
{
    qsizetype written = firstNew;
    for (int r = 0; r < table.rows.size() && written < rows->size(); ++r) {
        if (table.rows.at(r).isEmpty())
            continue; // DocumentBuilder writes no line for it
        if (table.undecidedRows.contains(r)) {
            (*rows)[written].positionalBlanks = false;
            (*rows)[written].columnsUndecided = true;
        }
        ++written;
    }
}

} // namespace

ReadResult PdfReader::read(const QString &filePath, const QByteArray &bytes)
{
    const QString name = QFileInfo(filePath).fileName();
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return ReadResult::failure(tr("%1: not a readable PDF file").arg(name));
    if (pdf->isLocked())
        return ReadResult::failure(tr("%1: the PDF is protected by a password").arg(name));
    if (pdf->numPages() > PdfReader::maxPages) {
        return ReadResult::failure(tr("%1: %2 pages; reports are read up to %3 pages")
                                       .arg(name)
                                       .arg(pdf->numPages())
                                       .arg(PdfReader::maxPages));
    }
    pdf->setRenderHint(Poppler::Document::Antialiasing, false);
    pdf->setRenderHint(Poppler::Document::TextAntialiasing, false);

    ReadResult result;
    result.document.format = QStringLiteral("pdf");
    result.document.encoding = QStringLiteral("UTF-8");
    DocumentBuilder builder(&result.document);
    int wordCount = 0;
    // The last table written: its columns, and whether nothing but page furniture came after it.
    PageTable lastTable;
    bool tableOpen = false;
    for (int p = 0; p < pdf->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page(pdf->page(p));
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF();
        result.document.pages.append({p + 1, size});
        QList<Word> words;
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            const QString text = box->text();
            if (DocumentBuilder::simplified(text).isEmpty())
                continue;
            Word word{text, box->boundingBox(), box->hasSpaceAfter(), {}};
            for (int k = 0; k < text.size(); ++k)
                word.chars.append(box->charBoundingBox(k));
            words.append(word);
        }
        wordCount += int(words.size());
        if (words.isEmpty())
            continue;
        QList<HSeg> hs;
        QList<VSeg> vs;
        const bool renderable = size.width() * size.height() * pxPerPt * pxPerPt <= maxRulingPixels;
        const QImage image = renderable ? page->renderToImage(renderDpi, renderDpi) : QImage();
        if (!image.isNull())
            RuledTables::findRulings(image.convertToFormat(QImage::Format_Grayscale8), renderDpi, &hs, &vs);
        QList<PageTable> tables = RuledTables::take(hs, vs, &words, p + 1, tableOpen ? &lastTable : nullptr);
        // Where no ruling lines hold the words, a table may still be there, borderless.
        tables += pdf::BorderlessTables::take(&words, p + 1, tableOpen ? &lastTable : nullptr);
        std::stable_sort(tables.begin(), tables.end(),
                         [](const PageTable &a, const PageTable &b) { return a.frame.top() < b.frame.top(); });

        // Interleave the prose lines and the tables by their top edge.
        const QList<QList<Word>> lines = linesOf(words);
        qsizetype t = 0;
        auto emitTable = [&](const PageTable &table) {
            // A table at the top of a page, with the columns of the table that closed the page before, runs on.
            const bool continues = tableOpen && sameColumns(lastTable.xs, table.xs);
            const qsizetype firstNew = result.document.rows.size();
            builder.addTable(table.rows, continues);
            markUndecided(&result.document.rows, firstNew, table);
            if (continues && table.ruled)
                joinAcrossPageBreak(&result.document.rows, firstNew);
            lastTable = table;
            tableOpen = true;
        };
        for (const QList<Word> &line : lines) {
            QRectF box;
            for (const Word &w : line)
                box = box.united(w.box);
            while (t < tables.size() && tables.at(t).frame.top() < box.top())
                emitTable(tables.at(t++));
            const QString text = lineText(line);
            const bool furniture = TextLayout::isPageFurniture(text);
            if (!furniture)
                tableOpen = false;
            builder.addParagraph(text, p + 1, box);
            if (furniture && !result.document.rows.isEmpty())
                result.document.rows.last().kind = RawRow::Kind::PageFurniture;
        }
        while (t < tables.size())
            emitTable(tables.at(t++));
    }
    if (wordCount == 0)
        return ReadResult::failure(tr("%1: has no text layer (a scanned image?); nothing to read").arg(name));
    result.ok = true;
    return result;
}

void registerPdfReader()
{
    // Poppler's own "Error: …" lines would reach stderr beside our one-line message about the file.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    FileReader::registerReader(QStringLiteral("pdf"), &PdfReader::read);
}

} // namespace gk
