#include "pdfreader.h"

#include "borderlesstables.h"
#include "io/documentbuilder.h"
#include "io/filereader.h"
#include "layout/textlayout.h"
#include "pdfwords.h"

#include <QFileInfo>
#include <QImage>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace gk {

namespace {

using pdf::PageTable;
using pdf::Word;
using pdf::joinPieces;
using pdf::lineText;
using pdf::linesOf;

constexpr double renderDpi = 108.0;
constexpr double pxPerPt = renderDpi / 72.0;
// Past this a page is not rendered to look for ruling lines (a 14400 pt page would take 2 GB); its
// tables are found from the words' positions. An A0 page at renderDpi is 18 million pixels.
constexpr double maxRulingPixels = 24.0e6;

struct HSeg
{
    double y, x1, x2;
};
struct VSeg
{
    double x, y1, y2;
};

QList<double> cluster(QList<double> values, double tolerance)
{
    std::sort(values.begin(), values.end());
    QList<double> out;
    QList<int> counts;
    for (double v : std::as_const(values)) {
        if (!out.isEmpty() && v - out.last() <= tolerance) {
            // keep a running mean so thick or doubled lines settle in the middle
            out.last() = (out.last() * counts.last() + v) / (counts.last() + 1);
            ++counts.last();
        } else {
            out.append(v);
            counts.append(1);
        }
    }
    return out;
}

// Ruling lines of a page from a grey rendering, in points.
void findRulings(const QImage &image, QList<HSeg> *hs, QList<VSeg> *vs)
{
    const int w = image.width();
    const int h = image.height();
    // image is Format_Grayscale8
    auto dark = [&](int x, int y) { return image.constScanLine(y)[x] < 170; };
    const int minH = int(12 * pxPerPt);
    const int minV = int(8 * pxPerPt);
    QList<HSeg> rawH;
    for (int y = 0; y < h; ++y) {
        int x = 0;
        while (x < w) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < w && dark(x, y))
                ++x;
            if (x - start >= minH)
                rawH.append({y / pxPerPt, start / pxPerPt, x / pxPerPt});
        }
    }
    QList<VSeg> rawV;
    for (int x = 0; x < w; ++x) {
        int y = 0;
        while (y < h) {
            if (!dark(x, y)) {
                ++y;
                continue;
            }
            const int start = y;
            while (y < h && dark(x, y))
                ++y;
            if (y - start >= minV)
                rawV.append({x / pxPerPt, start / pxPerPt, y / pxPerPt});
        }
    }
    // Keep only lines that meet a line of the other direction: glyph strokes do not.
    const double tol = 3.0;
    for (const HSeg &s : std::as_const(rawH)) {
        for (const VSeg &v : std::as_const(rawV)) {
            if (v.x >= s.x1 - tol && v.x <= s.x2 + tol && s.y >= v.y1 - tol && s.y <= v.y2 + tol) {
                hs->append(s);
                break;
            }
        }
    }
    for (const VSeg &v : std::as_const(rawV)) {
        for (const HSeg &s : std::as_const(rawH)) {
            if (v.x >= s.x1 - tol && v.x <= s.x2 + tol && s.y >= v.y1 - tol && s.y <= v.y2 + tol) {
                vs->append(v);
                break;
            }
        }
    }
}


struct UnionFind
{
    QList<int> parent;
    explicit UnionFind(int n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

// Splits ruling lines into tables (connected groups) and rebuilds each one's cells.
QList<PageTable> tablesOf(const QList<HSeg> &hs, const QList<VSeg> &vs, QList<Word> *words, int page)
{
    const double tol = 3.0;
    const int n = int(hs.size() + vs.size());
    UnionFind groups(n);
    for (int i = 0; i < hs.size(); ++i) {
        for (int j = 0; j < vs.size(); ++j) {
            const HSeg &s = hs.at(i);
            const VSeg &v = vs.at(j);
            if (v.x >= s.x1 - tol && v.x <= s.x2 + tol && s.y >= v.y1 - tol && s.y <= v.y2 + tol)
                groups.unite(i, int(hs.size()) + j);
        }
    }
    QHash<int, QList<int>> members;
    for (int i = 0; i < n; ++i)
        members[groups.find(i)].append(i);

    QList<PageTable> tables;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        QList<HSeg> th;
        QList<VSeg> tv;
        for (int m : it.value()) {
            if (m < hs.size())
                th.append(hs.at(m));
            else
                tv.append(vs.at(m - hs.size()));
        }
        QList<double> yv, xv;
        for (const HSeg &s : std::as_const(th))
            yv.append(s.y);
        for (const VSeg &v : std::as_const(tv))
            xv.append(v.x);
        const QList<double> ys = cluster(yv, tol);
        const QList<double> xs = cluster(xv, tol);
        if (ys.size() < 2 || xs.size() < 2)
            continue;
        const int rows = int(ys.size()) - 1;
        const int cols = int(xs.size()) - 1;
        auto hasV = [&](double x, double y) {
            for (const VSeg &v : std::as_const(tv)) {
                if (qAbs(v.x - x) <= tol && y >= v.y1 - tol && y <= v.y2 + tol)
                    return true;
            }
            return false;
        };
        auto hasH = [&](double y, double x) {
            for (const HSeg &s : std::as_const(th)) {
                if (qAbs(s.y - y) <= tol && x >= s.x1 - tol && x <= s.x2 + tol)
                    return true;
            }
            return false;
        };
        UnionFind cells(rows * cols);
        for (int r = 0; r < rows; ++r) {
            const double yMid = (ys.at(r) + ys.at(r + 1)) / 2;
            for (int c = 0; c < cols; ++c) {
                const double xMid = (xs.at(c) + xs.at(c + 1)) / 2;
                if (c + 1 < cols && !hasV(xs.at(c + 1), yMid))
                    cells.unite(r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !hasH(ys.at(r + 1), xMid))
                    cells.unite(r * cols + c, (r + 1) * cols + c);
            }
        }
        // Each merged cell: its fine-grid rectangle.
        struct Merged
        {
            int r0 = INT_MAX, c0 = INT_MAX, r1 = -1, c1 = -1;
            QList<Word> words;
        };
        QHash<int, Merged> merged;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                Merged &m = merged[cells.find(r * cols + c)];
                m.r0 = qMin(m.r0, r);
                m.c0 = qMin(m.c0, c);
                m.r1 = qMax(m.r1, r);
                m.c1 = qMax(m.c1, c);
            }
        }
        const QRectF frame(QPointF(xs.first(), ys.first()), QPointF(xs.last(), ys.last()));
        auto locate = [](const QList<double> &edges, double v) {
            for (int i = 0; i + 1 < edges.size(); ++i) {
                if (v >= edges.at(i) && v < edges.at(i + 1))
                    return i;
            }
            return -1;
        };
        for (qsizetype i = 0; i < words->size();) {
            const QPointF centre = words->at(i).box.center();
            const int r = frame.contains(centre) ? locate(ys, centre.y()) : -1;
            const int c = r >= 0 ? locate(xs, centre.x()) : -1;
            if (r >= 0 && c >= 0) {
                merged[cells.find(r * cols + c)].words.append(words->takeAt(i));
            } else {
                ++i;
            }
        }
        PageTable table;
        table.frame = frame;
        table.xs = xs;
        QHash<int, int> originOf; // fine cell → merged id, for the origin cell only
        for (auto m = merged.cbegin(); m != merged.cend(); ++m)
            originOf.insert(m.value().r0 * cols + m.value().c0, m.key());
        for (int r = 0; r < rows; ++r) {
            GridRow row;
            bool anyOrigin = false;
            for (int c = 0; c < cols;) {
                const int id = cells.find(r * cols + c);
                const Merged &m = merged[id];
                GridCell cell;
                cell.columnSpan = m.c1 - m.c0 + 1;
                cell.page = page;
                cell.box = QRectF(QPointF(xs.at(m.c0), ys.at(m.r0)), QPointF(xs.at(m.c1 + 1), ys.at(m.r1 + 1)));
                if (m.r0 == r) {
                    anyOrigin = true;
                    cell.rowSpan = m.r1 - m.r0 + 1;
                    QString text;
                    for (const QList<Word> &line : linesOf(m.words))
                        text = joinPieces(text, lineText(line));
                    cell.text = text;
                } else {
                    cell.placeholder = true;
                }
                row.append(cell);
                c = m.c1 + 1;
            }
            // A fine row that only exists because of a line elsewhere in the table: nothing starts here.
            if (anyOrigin)
                table.rows.append(row);
        }
        tables.append(table);
    }
    std::sort(tables.begin(), tables.end(),
              [](const PageTable &a, const PageTable &b) { return a.frame.top() < b.frame.top(); });
    return tables;
}

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
            words.append({text, box->boundingBox(), box->hasSpaceAfter()});
        }
        wordCount += int(words.size());
        if (words.isEmpty())
            continue;
        QList<HSeg> hs;
        QList<VSeg> vs;
        const bool renderable = size.width() * size.height() * pxPerPt * pxPerPt <= maxRulingPixels;
        const QImage image = renderable ? page->renderToImage(renderDpi, renderDpi) : QImage();
        if (!image.isNull())
            findRulings(image.convertToFormat(QImage::Format_Grayscale8), &hs, &vs);
        QList<PageTable> tables = tablesOf(hs, vs, &words, p + 1);
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
