#include "ruledtables.h"

#include "io/unionfind.h"
#include "template/valueparser.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <optional>
#include <tuple>

namespace gk::pdf {

namespace {

constexpr double tol = 3.0;

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

bool meet(const HSeg &s, const VSeg &v)
{
    return v.x >= s.x1 - tol && v.x <= s.x2 + tol && s.y >= v.y1 - tol && s.y <= v.y2 + tol;
}

/** The lines of one table and the fine grid they give. */
struct Lines
{
    QList<HSeg> h;
    QList<VSeg> v;
    QList<double> ys, xs;
    QRectF frame;
};

/** A merged cell: its rectangle on the fine grid and the words in it. */
struct Merged
{
    int r0 = INT_MAX, c0 = INT_MAX, r1 = -1, c1 = -1;
    QList<Word> words;
    QString text;
    bool value = false;
};

/** A column of values: fine columns a..b. */
struct Column
{
    int a, b;
};

int locate(const QList<double> &edges, double v)
{
    for (int i = 0; i + 1 < edges.size(); ++i) {
        if (v >= edges.at(i) && v < edges.at(i + 1))
            return i;
    }
    return -1;
}

QString textOf(const QList<Word> &words)
{
    QString text;
    for (const QList<Word> &line : linesOf(words))
        text = joinPieces(text, lineText(line));
    return text;
}

class Grid
{
public:
    Grid(const Lines &lines, int page)
        : m_l(lines), m_page(page), m_rows(int(lines.ys.size()) - 1), m_cols(int(lines.xs.size()) - 1),
          m_cells(m_rows * m_cols), m_merged(m_rows * m_cols)
    {
    }

    PageTable build(QList<Word> *words, const PageTable *open);

private:
    bool hasV(double x, double y) const;
    bool hasH(double y, double x) const;
    void takeWords(QList<Word> *words);
    QList<Column> headerColumns(int row, const QList<int> &valueRows) const;
    QList<Column> openColumns(const PageTable *open) const;
    Merged &at(int r, int c) { return m_merged[m_cells.find(r * m_cols + c)]; }
    GridCell cellOf(const Merged &m, int r) const;
    /** Row r's cells column by column under `columns`, or nothing when a value's column is in doubt. */
    std::optional<GridRow> placed(int r, const QList<Column> &columns);

    const Lines &m_l;
    const int m_page;
    const int m_rows, m_cols;
    mutable UnionFind m_cells;
    QList<Merged> m_merged; // by the fine cell that stands for the merged one
};

bool Grid::hasV(double x, double y) const
{
    for (const VSeg &v : m_l.v) {
        if (qAbs(v.x - x) <= tol && y >= v.y1 - tol && y <= v.y2 + tol)
            return true;
    }
    return false;
}

bool Grid::hasH(double y, double x) const
{
    for (const HSeg &s : m_l.h) {
        if (qAbs(s.y - y) <= tol && x >= s.x1 - tol && x <= s.x2 + tol)
            return true;
    }
    return false;
}

// Each word to the cell its centre is in; a word that runs over a vertical line (text set with
// too little space between two cells) is split there by its characters' boxes.
void Grid::takeWords(QList<Word> *words)
{
    QList<Word> pieces;
    for (qsizetype i = 0; i < words->size();) {
        const Word &w = words->at(i);
        if (!m_l.frame.contains(w.box.center())) {
            ++i;
            continue;
        }
        QList<double> cuts;
        for (int c = 1; c < m_cols; ++c) {
            const double x = m_l.xs.at(c);
            if (x > w.box.left() + 1 && x < w.box.right() - 1 && hasV(x, w.box.center().y()))
                cuts.append(x);
        }
        if (cuts.isEmpty() || w.chars.size() != w.text.size()) {
            pieces.append(words->takeAt(i));
            continue;
        }
        cuts.append(qInf());
        Word piece;
        int cut = 0;
        for (qsizetype k = 0; k < w.text.size(); ++k) {
            const QRectF &box = w.chars.at(k);
            while (box.center().x() >= cuts.at(cut)) {
                if (!piece.text.isEmpty())
                    pieces.append(piece);
                piece = Word();
                ++cut;
            }
            piece.text += w.text.at(k);
            piece.box = piece.box.united(box);
            piece.chars.append(box);
        }
        piece.spaceAfter = w.spaceAfter;
        if (!piece.text.isEmpty())
            pieces.append(piece);
        words->removeAt(i);
    }
    for (const Word &w : std::as_const(pieces)) {
        const int r = locate(m_l.ys, w.box.center().y());
        const int c = locate(m_l.xs, w.box.center().x());
        if (r >= 0 && c >= 0)
            at(r, c).words.append(w);
        else
            words->append(w); // on the frame's edge: stays with the prose
    }
}

// The value columns under a header whose last fine row is `row`: its lowest cells right of where
// the values below it begin.
QList<Column> Grid::headerColumns(int row, const QList<int> &valueRows) const
{
    int valueStart = INT_MAX;
    for (int r : valueRows) {
        for (int c = 0; c < m_cols; ++c) {
            const Merged &m = m_merged.at(m_cells.find(r * m_cols + c));
            if (m.r0 == r && m.value)
                valueStart = std::min(valueStart, m.c0);
        }
    }
    QList<Column> columns;
    if (valueStart == INT_MAX)
        return columns;
    for (int c = 0; c < m_cols;) {
        const Merged &m = m_merged.at(m_cells.find(row * m_cols + c));
        if (m.r1 == row && m.c1 >= valueStart)
            columns.append({std::max(m.c0, valueStart), m.c1});
        c = m.c1 + 1;
    }
    return columns;
}

// A table without a header, running on from the page before: that table's value columns.
QList<Column> Grid::openColumns(const PageTable *open) const
{
    QList<Column> columns;
    if (!open || !open->ruled)
        return columns;
    for (const auto &[left, right] : open->valueColumns) {
        const int a = locate(m_l.xs, left + tol);
        const int b = locate(m_l.xs, right - tol);
        if (a < 0 || b < a || qAbs(m_l.xs.at(a) - left) > tol || qAbs(m_l.xs.at(b + 1) - right) > tol)
            return {};
        columns.append({a, b});
    }
    return columns;
}

GridCell Grid::cellOf(const Merged &m, int r) const
{
    GridCell cell;
    cell.columnSpan = m.c1 - m.c0 + 1;
    cell.page = m_page;
    cell.box = QRectF(QPointF(m_l.xs.at(m.c0), m_l.ys.at(m.r0)), QPointF(m_l.xs.at(m.c1 + 1), m_l.ys.at(m.r1 + 1)));
    if (m.r0 == r) {
        cell.rowSpan = m.r1 - m.r0 + 1;
        cell.text = m.text;
    } else {
        cell.placeholder = true;
    }
    return cell;
}

std::optional<GridRow> Grid::placed(int r, const QList<Column> &columns)
{
    const int start = columns.first().a;
    GridRow row;
    QList<QList<Word>> inColumn(columns.size());
    QList<int> sourceOf(columns.size(), -1); // the merged cell a column's value came from
    double top = m_l.ys.at(r), bottom = m_l.ys.at(r + 1);
    for (int c = 0; c < m_cols;) {
        const int id = m_cells.find(r * m_cols + c);
        Merged &m = m_merged[id];
        c = m.c1 + 1;
        if (m.c1 < start) {
            row.append(cellOf(m, r));
            continue;
        }
        QList<Word> rest = m.words;
        if (m.c0 < start) {
            // A label cell running into the values (a line missing between them): its own part stays.
            Merged label = m;
            label.c1 = start - 1;
            label.words.clear();
            rest.clear();
            for (const Word &w : std::as_const(m.words))
                (w.box.center().x() < m_l.xs.at(start) ? label.words : rest).append(w);
            label.text = textOf(label.words);
            row.append(cellOf(label, r));
        }
        if (rest.isEmpty() || m.r0 != r)
            continue; // a value spanning rows from above belongs to the row it starts in
        top = std::min(top, m_l.ys.at(m.r0));
        bottom = std::max(bottom, m_l.ys.at(m.r1 + 1));
        for (const Word &w : std::as_const(rest)) {
            const int fine = locate(m_l.xs, w.box.center().x());
            int k = 0;
            while (k < columns.size() && !(fine >= columns.at(k).a && fine <= columns.at(k).b))
                ++k;
            if (k == columns.size() || (sourceOf.at(k) >= 0 && sourceOf.at(k) != id))
                return std::nullopt; // outside every column, or two cells' values in one column
            sourceOf[k] = id;
            inColumn[k].append(w);
        }
    }
    for (int k = 0; k < columns.size(); ++k) {
        const Column &col = columns.at(k);
        GridCell cell;
        cell.text = textOf(inColumn.at(k));
        cell.columnSpan = col.b - col.a + 1;
        cell.page = m_page;
        cell.box = QRectF(QPointF(m_l.xs.at(col.a), top), QPointF(m_l.xs.at(col.b + 1), bottom));
        row.append(cell);
    }
    return row;
}

PageTable Grid::build(QList<Word> *words, const PageTable *open)
{
    const QList<double> &ys = m_l.ys;
    const QList<double> &xs = m_l.xs;
    for (int r = 0; r < m_rows; ++r) {
        const double yMid = (ys.at(r) + ys.at(r + 1)) / 2;
        for (int c = 0; c < m_cols; ++c) {
            const double xMid = (xs.at(c) + xs.at(c + 1)) / 2;
            if (c + 1 < m_cols && !hasV(xs.at(c + 1), yMid))
                m_cells.unite(r * m_cols + c, r * m_cols + c + 1);
            if (r + 1 < m_rows && !hasH(ys.at(r + 1), xMid))
                m_cells.unite(r * m_cols + c, (r + 1) * m_cols + c);
        }
    }
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_cols; ++c) {
            Merged &m = at(r, c);
            m.r0 = qMin(m.r0, r);
            m.c0 = qMin(m.c0, c);
            m.r1 = qMax(m.r1, r);
            m.c1 = qMax(m.c1, c);
        }
    }
    takeWords(words);
    for (Merged &m : m_merged) {
        m.text = textOf(m.words);
        m.value = !m.text.isEmpty() && ValueParser::looksLikeValue(DocumentBuilder::simplified(m.text));
    }

    // Rows with a value; the header above each run of them; rows above the first header run on
    // from the page before.
    QList<bool> valueRow(m_rows, false);
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_cols; ++c) {
            const Merged &m = at(r, c);
            valueRow[r] = valueRow[r] || (m.r0 == r && m.value);
        }
    }
    QList<QList<Column>> columnsOf(m_rows);
    QList<Column> current = openColumns(open);
    for (int r = 0; r < m_rows;) {
        if (!valueRow.at(r)) {
            ++r;
            continue;
        }
        QList<int> run;
        for (; r < m_rows && valueRow.at(r); ++r)
            run.append(r);
        if (run.first() > 0) {
            const QList<Column> header = headerColumns(run.first() - 1, run);
            // Text over the values above this run: a header of its own (a title row is no header).
            bool named = false;
            for (const Column &col : header)
                named = named || !at(run.first() - 1, col.a).text.isEmpty();
            if (named)
                current = header;
        }
        for (int v : std::as_const(run))
            columnsOf[v] = current;
    }

    PageTable table;
    table.frame = m_l.frame;
    table.xs = xs;
    for (int r = 0; r < m_rows; ++r) {
        GridRow row;
        bool anyOrigin = false;
        bool lined = true; // the row's cells over the values are the header's columns, one by one
        const QList<Column> &columns = columnsOf.at(r);
        int k = 0;
        for (int c = 0; c < m_cols;) {
            const Merged &m = at(r, c);
            if (!columns.isEmpty() && m.c1 >= columns.first().a) {
                lined = lined && m.c0 >= columns.first().a && k < columns.size() && m.c0 == columns.at(k).a &&
                        m.c1 == columns.at(k).b;
                ++k;
            }
            row.append(cellOf(m, r));
            anyOrigin = anyOrigin || m.r0 == r;
            c = m.c1 + 1;
        }
        // A fine row that only exists because of a line elsewhere in the table: nothing starts here.
        if (!anyOrigin)
            continue;
        if (!columns.isEmpty() && !(lined && k == columns.size())) {
            if (const std::optional<GridRow> rebuilt = placed(r, columns)) {
                row = *rebuilt;
            } else {
                GridRow kept; // page order, no blanks: the template is told the columns are a guess
                for (const GridCell &cell : std::as_const(row)) {
                    if (cell.box.right() <= xs.at(columns.first().a) + tol || !cell.text.isEmpty())
                        kept.append(cell);
                }
                row = kept;
                table.undecidedRows.append(int(table.rows.size()));
            }
        }
        table.rows.append(row);
    }
    for (int r = m_rows - 1; r >= 0; --r) {
        if (!columnsOf.at(r).isEmpty()) {
            for (const Column &col : columnsOf.at(r))
                table.valueColumns.append({xs.at(col.a), xs.at(col.b + 1)});
            break;
        }
    }
    return table;
}

} // namespace

void RuledTables::findRulings(const QImage &grey, double dpi, QList<HSeg> *hs, QList<VSeg> *vs)
{
    const double pxPerPt = dpi / 72.0;
    const int w = grey.width();
    const int h = grey.height();
    auto dark = [&](int x, int y) { return grey.constScanLine(y)[x] < 170; };
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
    for (const HSeg &s : std::as_const(rawH)) {
        if (std::any_of(rawV.cbegin(), rawV.cend(), [&](const VSeg &v) { return meet(s, v); }))
            hs->append(s);
    }
    for (const VSeg &v : std::as_const(rawV)) {
        if (std::any_of(rawH.cbegin(), rawH.cend(), [&](const HSeg &s) { return meet(s, v); }))
            vs->append(v);
    }
}

QList<PageTable> RuledTables::take(const QList<HSeg> &hs, const QList<VSeg> &vs, QList<Word> *words, int page,
                                   const PageTable *open)
{
    const int n = int(hs.size() + vs.size());
    UnionFind groups(n);
    for (int i = 0; i < hs.size(); ++i) {
        for (int j = 0; j < vs.size(); ++j) {
            if (meet(hs.at(i), vs.at(j)))
                groups.unite(i, int(hs.size()) + j);
        }
    }
    // Groups in the order of their first line, never in a hash's order.
    QList<Lines> found;
    QList<int> groupOf(n, -1);
    for (int i = 0; i < n; ++i) {
        int &g = groupOf[groups.find(i)];
        if (g < 0) {
            g = int(found.size());
            found.append(Lines());
        }
        if (i < hs.size())
            found[g].h.append(hs.at(i));
        else
            found[g].v.append(vs.at(i - hs.size()));
    }
    QList<Lines> grids;
    for (Lines &lines : found) {
        QList<double> yv, xv;
        for (const HSeg &s : std::as_const(lines.h))
            yv.append(s.y);
        for (const VSeg &v : std::as_const(lines.v))
            xv.append(v.x);
        lines.ys = cluster(yv, tol);
        lines.xs = cluster(xv, tol);
        // A single box (a page border, a framed note) is no table.
        if (lines.ys.size() < 2 || lines.xs.size() < 2 || (lines.ys.size() == 2 && lines.xs.size() == 2))
            continue;
        lines.frame = QRectF(QPointF(lines.xs.first(), lines.ys.first()), QPointF(lines.xs.last(), lines.ys.last()));
        grids.append(lines);
    }
    // A frame drawn around other tables (the whole text boxed in) is no table either.
    QList<Lines> tables;
    for (const Lines &outer : std::as_const(grids)) {
        const QRectF around = outer.frame.adjusted(-tol, -tol, tol, tol);
        const bool frames = std::any_of(grids.cbegin(), grids.cend(), [&](const Lines &inner) {
            return &inner != &outer && around.contains(inner.frame) && inner.frame != outer.frame;
        });
        if (!frames)
            tables.append(outer);
    }
    std::stable_sort(tables.begin(), tables.end(), [](const Lines &a, const Lines &b) {
        return std::pair(a.frame.top(), a.frame.left()) < std::pair(b.frame.top(), b.frame.left());
    });
    QList<PageTable> out;
    for (const Lines &lines : std::as_const(tables)) {
        // Only the first table of a page can run on from the page before.
        out.append(Grid(lines, page).build(words, out.isEmpty() ? open : nullptr));
    }
    return out;
}

} // namespace gk::pdf
