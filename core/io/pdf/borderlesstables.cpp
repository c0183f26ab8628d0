#include "borderlesstables.h"

#include "template/valueparser.h"

#include <QSet>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace gk::pdf {

namespace {

/** Words of one line that stand together: the text of one cell on that line. */
struct Fragment
{
    QString text;
    QRectF box;
    QList<int> words; // indices into the page's words
    bool value = false;
    double cy() const { return box.center().y(); }
};

/** Stacked fragments: the text of one cell over its wrapped lines. */
struct Paragraph
{
    QString text;
    QRectF box;
    QList<int> fragments;
    QRectF lastLine;
    bool centredOnRow = false;
};

struct Row
{
    double cy = 0;
    QRectF values; // the box of its value fragments
    QList<int> fragments;
};

struct Table
{
    QList<int> rows;
    double valueLeft = 0;
};

double overlap(double a0, double a1, double b0, double b1)
{
    return std::min(a1, b1) - std::max(a0, b0);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 12.0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

class Finder
{
public:
    Finder(const QList<Word> &words, int page, const PageTable *open)
        : m_words(words), m_page(page), m_open(open && !open->ruled ? open : nullptr)
    {
    }

    QList<PageTable> find(QSet<int> *taken);

private:
    void makeFragments();
    void makeRows();
    QList<Table> groupRows() const;
    bool breaksBetween(const Row &above, const Row &below, double valueLeft) const;
    bool build(const Table &table, PageTable *out, QSet<int> *taken) const;
    QList<Paragraph> stack(QList<int> fragments, const QList<double> &columnStarts, double valueLeft,
                           const QList<Row> &rows, bool labels) const;

    const QList<Word> &m_words;
    const int m_page;
    const PageTable *m_open;
    QList<Fragment> m_fragments;
    QList<Row> m_rows;
    QSet<int> m_inRow;
    double m_h = 12.0; // the median height of a line of text: the unit of every threshold
};

void Finder::makeFragments()
{
    QList<int> order(m_words.size());
    for (int i = 0; i < m_words.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return m_words.at(a).box.center().y() < m_words.at(b).box.center().y(); });
    QList<QList<int>> lines;
    QRectF extent;
    for (int i : std::as_const(order)) {
        const QRectF &b = m_words.at(i).box;
        if (!lines.isEmpty() && overlap(extent.top(), extent.bottom(), b.top(), b.bottom()) >
                                    0.5 * std::min(extent.height(), b.height())) {
            lines.last().append(i);
            extent = extent.united(b);
        } else {
            lines.append(QList<int>{i});
            extent = b;
        }
    }
    QList<double> heights;
    for (const Word &w : m_words)
        heights.append(w.box.height());
    m_h = median(heights);
    for (QList<int> &line : lines) {
        std::sort(line.begin(), line.end(),
                  [&](int a, int b) { return m_words.at(a).box.left() < m_words.at(b).box.left(); });
        QList<QList<int>> parts;
        for (int i : std::as_const(line)) {
            // Two cells' texts stand at least two paddings apart; words of one cell, and words
            // with a space between them, stand closer.
            if (parts.isEmpty() || m_words.at(i).box.left() - m_words.at(parts.last().last()).box.right() >
                                       std::max(4.0, 0.3 * m_h))
                parts.append(QList<int>{i});
            else
                parts.last().append(i);
        }
        for (const QList<int> &part : std::as_const(parts)) {
            Fragment f;
            QList<Word> words;
            for (int i : part) {
                words.append(m_words.at(i));
                f.box = f.box.united(m_words.at(i).box);
            }
            f.text = DocumentBuilder::simplified(lineText(words));
            f.words = part;
            f.value = ValueParser::looksLikeValue(f.text);
            m_fragments.append(f);
        }
    }
}

void Finder::makeRows()
{
    QList<int> values;
    for (int i = 0; i < m_fragments.size(); ++i) {
        if (m_fragments.at(i).value)
            values.append(i);
    }
    std::sort(values.begin(), values.end(),
              [&](int a, int b) { return m_fragments.at(a).cy() < m_fragments.at(b).cy(); });
    QList<QList<int>> bands;
    for (int i : std::as_const(values)) {
        if (!bands.isEmpty() &&
            m_fragments.at(i).cy() - m_fragments.at(bands.last().first()).cy() <= 0.4 * m_h)
            bands.last().append(i);
        else
            bands.append(QList<int>{i});
    }
    for (const QList<int> &band : std::as_const(bands)) {
        Row row;
        for (int i : band)
            row.values = row.values.united(m_fragments.at(i).box);
        row.cy = row.values.center().y();
        // Everything else on the row's line: its label, and text cells among the values.
        for (int i = 0; i < m_fragments.size(); ++i) {
            const Fragment &f = m_fragments.at(i);
            if (band.contains(i) || (!f.value && std::abs(f.cy() - row.cy) <= 0.5 * m_h))
                row.fragments.append(i);
        }
        bool label = false;
        for (int i : std::as_const(row.fragments)) {
            const Fragment &f = m_fragments.at(i);
            if (!f.value && f.box.right() <= row.values.left() && f.box.top() <= row.cy &&
                f.box.bottom() >= row.cy)
                label = true;
        }
        // A lone number on a line (a page number, "无") is not a row.
        if (band.size() < 2 && !label)
            continue;
        m_rows.append(row);
        for (int i : std::as_const(row.fragments))
            m_inRow.insert(i);
    }
}

bool Finder::breaksBetween(const Row &above, const Row &below, double valueLeft) const
{
    const double tol = 0.25 * m_h;
    QList<QRectF> between;
    for (int i = 0; i < m_fragments.size(); ++i) {
        const Fragment &f = m_fragments.at(i);
        if (m_inRow.contains(i) || f.cy() <= above.cy || f.cy() >= below.cy)
            continue;
        // A heading over the value columns, or a title running across from the labels into them.
        if (f.box.left() >= valueLeft - tol || f.box.right() > valueLeft + tol)
            return true;
        between.append(f.box);
    }
    // Rows of blank cells show only their labels; an empty stretch taller than a few lines ends the table.
    std::sort(between.begin(), between.end(),
              [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
    double reached = above.values.bottom();
    for (const QRectF &box : std::as_const(between)) {
        if (box.top() - reached > 2.5 * m_h)
            return true;
        reached = std::max(reached, box.bottom());
    }
    return below.values.top() - reached > 2.5 * m_h;
}

QList<Table> Finder::groupRows() const
{
    QList<Table> tables;
    for (int r = 0; r < m_rows.size(); ++r) {
        const double left = m_rows.at(r).values.left();
        if (!tables.isEmpty()) {
            Table &t = tables.last();
            const double valueLeft = std::min(t.valueLeft, left);
            if (!breaksBetween(m_rows.at(t.rows.last()), m_rows.at(r), valueLeft)) {
                t.rows.append(r);
                t.valueLeft = valueLeft;
                continue;
            }
        }
        tables.append({{r}, left});
    }
    return tables;
}

QList<Paragraph> Finder::stack(QList<int> fragments, const QList<double> &columnStarts, double valueLeft,
                               const QList<Row> &rows, bool labels) const
{
    // A total order (top, then left, then index): pieces of one line are stacked left to right.
    std::sort(fragments.begin(), fragments.end(), [&](int a, int b) {
        const QRectF &p = m_fragments.at(a).box;
        const QRectF &q = m_fragments.at(b).box;
        return std::tuple(p.top(), p.left(), a) < std::tuple(q.top(), q.left(), b);
    });
    auto centred = [&](const QRectF &box) {
        for (const Row &row : rows) {
            if (std::abs(box.center().y() - row.cy) <= 0.3 * m_h)
                return true;
        }
        return false;
    };
    // A wrapped line is full: it reaches to within a few characters of the next column.
    auto full = [&](const QRectF &line) {
        double limit = valueLeft;
        for (double start : columnStarts) {
            if (start > line.right() - 1 && start < limit)
                limit = start;
        }
        return line.right() >= limit - 2.5 * m_h;
    };
    QList<Paragraph> paragraphs;
    for (int i : std::as_const(fragments)) {
        const Fragment &f = m_fragments.at(i);
        Paragraph *into = nullptr;
        for (Paragraph &p : paragraphs) {
            const double gap = f.box.top() - p.box.bottom();
            const bool aligned = labels
                                     ? std::abs(p.box.left() - f.box.left()) <= 3
                                     : overlap(p.box.left(), p.box.right(), f.box.left(), f.box.right()) > 0;
            if (aligned && gap > -0.3 * m_h && gap <= 0.25 * m_h && (!labels || full(p.lastLine)) &&
                !(labels && p.fragments.size() == 1 && p.centredOnRow && centred(f.box))) {
                into = &p;
                break;
            }
        }
        if (!into) {
            paragraphs.append(Paragraph());
            into = &paragraphs.last();
        }
        into->text = joinPieces(into->text, f.text);
        into->box = into->box.united(f.box);
        into->fragments.append(i);
        into->lastLine = f.box;
        into->centredOnRow = into->centredOnRow || centred(f.box);
    }
    return paragraphs;
}

QList<double> clusterStarts(QList<double> lefts)
{
    std::sort(lefts.begin(), lefts.end());
    QList<double> starts;
    for (double l : std::as_const(lefts)) {
        if (starts.isEmpty() || l - starts.last() > 3)
            starts.append(l);
    }
    return starts;
}

bool Finder::build(const Table &table, PageTable *out, QSet<int> *taken) const
{
    QList<Row> rows;
    for (int r : table.rows)
        rows.append(m_rows.at(r));
    const double tol = 0.25 * m_h;
    const double valueLeft = table.valueLeft;
    auto inValueArea = [&](const Fragment &f) { return f.box.left() >= valueLeft - tol; };
    // Text a table above this one has taken stays there.
    auto used = [&](int i) { return taken->contains(m_fragments.at(i).words.constFirst()); };
    auto halfPitch = [&](int r, int towards) {
        const int n = r + towards;
        if (n < 0 || n >= rows.size())
            return r - towards >= 0 && r - towards < rows.size()
                       ? std::abs(rows.at(r).cy - rows.at(r - towards).cy) / 2
                       : m_h;
        return std::abs(rows.at(r).cy - rows.at(n).cy) / 2;
    };
    // Labels beyond the outer rows join through the extension below, not through a wide margin.
    const double rowsTop = rows.first().cy - std::min(halfPitch(0, -1), 0.6 * m_h);
    const double rowsBottom = rows.last().cy + std::min(halfPitch(int(rows.size()) - 1, 1), 0.6 * m_h);

    QSet<int> inRows;
    for (const Row &row : std::as_const(rows)) {
        for (int i : row.fragments)
            inRows.insert(i);
    }

    // The header: text over the value area, standing close above the first row, one band upward.
    QSet<int> header;
    const double firstTop = rows.first().values.top();
    double bandTop = firstTop;
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < m_fragments.size(); ++i) {
            const Fragment &f = m_fragments.at(i);
            if (m_inRow.contains(i) || header.contains(i) || used(i) || !inValueArea(f) ||
                f.box.bottom() > firstTop + tol || f.box.bottom() < bandTop - 0.7 * m_h)
                continue;
            header.insert(i);
            bandTop = std::min(bandTop, f.box.top());
            grew = true;
        }
    }
    // Without a header, only a run of rows with several values each is a table (a table running
    // on from the page before); prose lines that end in a number are not.
    if (header.isEmpty()) {
        int wide = 0;
        for (const Row &row : std::as_const(rows)) {
            int values = 0;
            for (int i : row.fragments)
                values += m_fragments.at(i).value ? 1 : 0;
            wide += values >= 2 ? 1 : 0;
        }
        if (rows.size() < 2 || wide == 0)
            return false;
    }
    double top = header.isEmpty() ? rowsTop : bandTop;
    double bottom = rowsBottom;
    double headerBottom = bandTop;
    for (int i : std::as_const(header))
        headerBottom = std::max(headerBottom, m_fragments.at(i).box.bottom());

    // Text left of the values: labels of this table's rows, or of no row at all.
    QList<int> pool;
    for (int i = 0; i < m_fragments.size(); ++i) {
        const Fragment &f = m_fragments.at(i);
        if (!header.contains(i) && !used(i) && !inValueArea(f) && f.box.right() <= valueLeft + tol &&
            (!m_inRow.contains(i) || inRows.contains(i)))
            pool.append(i);
    }
    // Rows with no value at all (blank cells) before the first or after the last row with values:
    // labels that follow on closely and start exactly in a label column of the table.
    {
        QList<double> lefts;
        double below = rows.last().values.bottom();
        double above = rows.first().values.top();
        for (int i : std::as_const(pool)) {
            const Fragment &f = m_fragments.at(i);
            if (f.cy() >= top && f.cy() <= bottom) {
                lefts.append(f.box.left());
                below = std::max(below, f.box.bottom());
                above = std::min(above, f.box.top());
            }
        }
        if (header.isEmpty() && m_open)
            lefts += m_open->labelColumns;
        const QList<double> starts = clusterStarts(lefts);
        auto inColumn = [&](const Fragment &f) {
            for (double start : starts) {
                if (std::abs(f.box.left() - start) <= 1.0)
                    return true;
            }
            return false;
        };
        // A label with text over the value area on its line heads another table or is prose.
        auto besideText = [&](int i) {
            const QRectF &b = m_fragments.at(i).box;
            for (int j = 0; j < m_fragments.size(); ++j) {
                const QRectF &o = m_fragments.at(j).box;
                if (j != i && !inRows.contains(j) && inValueArea(m_fragments.at(j)) &&
                    overlap(o.top(), o.bottom(), b.top(), b.bottom()) >
                        0.5 * std::min(o.height(), b.height()))
                    return true;
            }
            return false;
        };
        QList<int> order = pool;
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return m_fragments.at(a).box.top() < m_fragments.at(b).box.top(); });
        QList<int> added;
        for (int i : std::as_const(order)) {
            const Fragment &f = m_fragments.at(i);
            if (f.cy() <= bottom)
                continue;
            if (f.box.top() - below > 0.7 * m_h || !inColumn(f))
                break;
            if (besideText(i)) {
                // The header of the next table: the label-only lines just above it are its title.
                while (!added.isEmpty()) {
                    const int last = added.takeLast();
                    if (added.isEmpty() ||
                        m_fragments.at(last).box.top() - m_fragments.at(added.last()).box.bottom() >
                            0.25 * m_h)
                        break;
                }
                bottom = added.isEmpty() ? rowsBottom : m_fragments.at(added.last()).cy();
                break;
            }
            added.append(i);
            bottom = f.cy();
            below = std::max(below, f.box.bottom());
        }
        for (auto it = order.crbegin(); header.isEmpty() && it != order.crend(); ++it) {
            const Fragment &f = m_fragments.at(*it);
            if (f.cy() >= top)
                continue;
            if (above - f.box.bottom() > 0.7 * m_h || !inColumn(f) || besideText(*it))
                break;
            top = f.cy();
            above = std::min(above, f.box.top());
        }
    }

    QList<int> labelFragments, headerLabels, looseValues;
    for (int i : std::as_const(pool)) {
        const Fragment &f = m_fragments.at(i);
        if (!header.isEmpty() && f.cy() >= bandTop && f.cy() <= headerBottom)
            headerLabels.append(i);
        else if (f.cy() >= top && f.cy() <= bottom)
            labelFragments.append(i);
    }
    for (int i = 0; i < m_fragments.size(); ++i) {
        const Fragment &f = m_fragments.at(i);
        if (!header.contains(i) && !m_inRow.contains(i) && !used(i) && inValueArea(f) && f.cy() >= top &&
            f.cy() <= bottom)
            looseValues.append(i);
    }

    // Labels: paragraphs in label columns (by left edge), each on the row its centre is nearest to.
    QList<double> lefts;
    for (int i : std::as_const(labelFragments))
        lefts.append(m_fragments.at(i).box.left());
    const QList<double> labelStarts = clusterStarts(lefts);
    QList<Paragraph> labels = stack(labelFragments, labelStarts, valueLeft, rows, true);
    labels.erase(std::remove_if(labels.begin(), labels.end(),
                                [&](const Paragraph &p) {
                                    return p.box.center().y() < top || p.box.center().y() > bottom;
                                }),
                 labels.end());
    // A label with nothing to its right and no values beside it is a row whose cells are all blank.
    for (const Paragraph &p : std::as_const(labels)) {
        bool leaf = true;
        for (const Paragraph &q : std::as_const(labels)) {
            if (&q != &p && q.box.left() >= p.box.right() - tol &&
                overlap(p.box.top(), p.box.bottom(), q.box.top(), q.box.bottom()) > 0)
                leaf = false;
        }
        bool beside = false;
        for (const Row &row : std::as_const(rows)) {
            if (!row.values.isNull() &&
                overlap(row.values.top(), row.values.bottom(), p.box.top(), p.box.bottom()) > 0)
                beside = true;
        }
        if (leaf && !beside) {
            Row row;
            row.cy = p.box.center().y();
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.cy < b.cy; });
    lefts.clear();
    for (const Paragraph &p : std::as_const(labels))
        lefts.append(p.box.left());
    QList<double> labelColumns = clusterStarts(lefts);
    auto nearestRow = [&](double y) {
        int best = 0;
        for (int r = 1; r < rows.size(); ++r) {
            if (std::abs(rows.at(r).cy - y) < std::abs(rows.at(best).cy - y))
                best = r;
        }
        return best;
    };
    auto labelColumn = [&](double left) {
        for (int k = int(labelColumns.size()) - 1; k >= 0; --k) {
            if (left >= labelColumns.at(k) - 3)
                return k;
        }
        return 0;
    };

    // Header paragraphs over the values; those with nothing under them name the columns.
    // In page order, not the set's: header pieces that share a column are joined in this order.
    QList<int> headerFragments(header.cbegin(), header.cend());
    std::sort(headerFragments.begin(), headerFragments.end());
    QList<Paragraph> heads = stack(headerFragments, {}, valueLeft, {}, false);
    struct Interval
    {
        double left, right, valueLeft;
    };
    QList<Interval> intervals;
    for (const Row &row : std::as_const(rows)) {
        for (int i : row.fragments) {
            const Fragment &f = m_fragments.at(i);
            if (inValueArea(f))
                intervals.append({f.box.left(), f.box.right(), f.box.left()});
        }
    }
    for (const Paragraph &p : std::as_const(heads)) {
        bool leaf = true;
        for (const Paragraph &q : std::as_const(heads)) {
            if (&q != &p && q.box.top() >= p.box.bottom() - tol &&
                overlap(p.box.left(), p.box.right(), q.box.left(), q.box.right()) > 0)
                leaf = false;
        }
        if (leaf)
            intervals.append({p.box.left(), p.box.right(), qInf()});
    }
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.left < b.left; });
    QList<Interval> columns;
    for (const Interval &iv : std::as_const(intervals)) {
        if (!columns.isEmpty() && iv.left < columns.last().right) {
            columns.last().right = std::max(columns.last().right, iv.right);
            columns.last().valueLeft = std::min(columns.last().valueLeft, iv.valueLeft);
        } else {
            columns.append(iv);
        }
    }
    // A table running on from the page before, without a header: its columns, where the values fit.
    if (header.isEmpty() && m_open && !m_open->valueColumns.isEmpty()) {
        bool fits = true;
        for (const Interval &iv : std::as_const(intervals)) {
            bool inside = false;
            for (const auto &c : m_open->valueColumns)
                inside = inside || overlap(c.first, c.second, iv.left, iv.right) > 0;
            fits = fits && inside;
        }
        if (fits) {
            columns.clear();
            for (int c = 0; c < m_open->valueColumns.size(); ++c)
                columns.append({m_open->valueColumns.at(c).first, m_open->valueColumns.at(c).second,
                                m_open->xs.value(c)});
            QList<double> starts = m_open->labelColumns;
            for (double left : std::as_const(labelColumns)) {
                bool known = false;
                for (double start : starts)
                    known = known || std::abs(start - left) <= 3;
                if (!known)
                    starts.append(left);
            }
            std::sort(starts.begin(), starts.end());
            labelColumns = starts;
        }
    }
    if (columns.isEmpty())
        return false;
    auto columnOf = [&](const QRectF &box) {
        int best = -1;
        double most = 0;
        for (int c = 0; c < columns.size(); ++c) {
            const double o = overlap(columns.at(c).left, columns.at(c).right, box.left(), box.right());
            if (o > most) {
                most = o;
                best = c;
            }
        }
        if (best >= 0)
            return best;
        best = 0;
        for (int c = 1; c < columns.size(); ++c) {
            const double mid = (columns.at(c).left + columns.at(c).right) / 2;
            const double bestMid = (columns.at(best).left + columns.at(best).right) / 2;
            if (std::abs(mid - box.center().x()) < std::abs(bestMid - box.center().x()))
                best = c;
        }
        return best;
    };

    // Cells of the data rows.
    const int labelCount = std::max<int>(int(labelColumns.size()), headerLabels.isEmpty() ? 0 : 1);
    QList<QList<Paragraph>> labelCells(rows.size(), QList<Paragraph>(labelCount));
    for (const Paragraph &p : std::as_const(labels)) {
        Paragraph &cell = labelCells[nearestRow(p.box.center().y())][labelColumn(p.box.left())];
        cell.text = joinPieces(cell.text, p.text);
        cell.box = cell.box.united(p.box);
        cell.fragments += p.fragments;
    }
    QList<QList<Paragraph>> valueCells(rows.size(), QList<Paragraph>(columns.size()));
    auto addValue = [&](int r, int i) {
        const Fragment &f = m_fragments.at(i);
        Paragraph &cell = valueCells[r][columnOf(f.box)];
        cell.text = joinPieces(cell.text, f.text);
        cell.box = cell.box.united(f.box);
        cell.fragments.append(i);
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (int i : rows.at(r).fragments) {
            if (inValueArea(m_fragments.at(i)))
                addValue(r, i);
        }
    }
    for (int i : std::as_const(looseValues))
        addValue(nearestRow(m_fragments.at(i).cy()), i);

    QRectF frame;
    auto take = [&](const QList<int> &fragments) {
        for (int i : fragments) {
            frame = frame.united(m_fragments.at(i).box);
            for (int w : m_fragments.at(i).words)
                taken->insert(w);
        }
    };
    auto gridCell = [&](const Paragraph &p, const QRectF &fallback) {
        GridCell cell;
        cell.text = p.text;
        cell.page = m_page;
        cell.box = p.fragments.isEmpty() ? fallback : p.box;
        take(p.fragments);
        return cell;
    };

    // Header rows: one per level of header cells (cells side by side overlap vertically).
    QList<QList<int>> levels;
    {
        QList<int> order(heads.size());
        for (int i = 0; i < heads.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return std::tuple(heads.at(a).box.top(), heads.at(a).box.left(), a) <
                   std::tuple(heads.at(b).box.top(), heads.at(b).box.left(), b);
        });
        for (int i : std::as_const(order)) {
            const QRectF &b = heads.at(i).box;
            QList<int> *level = nullptr;
            for (QList<int> &l : levels) {
                for (int j : std::as_const(l)) {
                    const QRectF &o = heads.at(j).box;
                    if (overlap(o.top(), o.bottom(), b.top(), b.bottom()) >
                        0.5 * std::min(o.height(), b.height()))
                        level = &l;
                }
            }
            if (level)
                level->append(i);
            else
                levels.append(QList<int>{i});
        }
    }
    Paragraph headerLabel;
    for (const Paragraph &p : stack(headerLabels, {}, valueLeft, {}, false)) {
        headerLabel.text = joinPieces(headerLabel.text, p.text);
        headerLabel.box = headerLabel.box.united(p.box);
        headerLabel.fragments += p.fragments;
    }
    for (int l = 0; l < levels.size(); ++l) {
        GridRow row;
        QRectF band;
        for (int i : levels.at(l))
            band = band.united(heads.at(i).box);
        if (labelCount > 0) {
            GridCell cell = gridCell(l == 0 ? headerLabel : Paragraph(), QRectF());
            cell.columnSpan = labelCount;
            row.append(cell);
        }
        QList<int> startOf(columns.size(), -1);
        QList<int> spanOf(columns.size(), 1);
        for (int i : levels.at(l)) {
            const QRectF &b = heads.at(i).box;
            int first = -1, last = -1;
            for (int c = 0; c < columns.size(); ++c) {
                if (overlap(columns.at(c).left, columns.at(c).right, b.left(), b.right()) > 0) {
                    first = first < 0 ? c : first;
                    last = c;
                }
            }
            if (first < 0)
                first = last = columnOf(b);
            if (startOf[first] >= 0) {
                heads[startOf[first]].text = joinPieces(heads.at(startOf[first]).text, heads.at(i).text);
                heads[startOf[first]].box = heads.at(startOf[first]).box.united(b);
                heads[startOf[first]].fragments += heads.at(i).fragments;
                continue;
            }
            startOf[first] = i;
            spanOf[first] = last - first + 1;
        }
        for (int c = 0; c < columns.size();) {
            if (startOf.at(c) >= 0) {
                GridCell cell = gridCell(heads.at(startOf.at(c)), QRectF());
                cell.columnSpan = std::min<int>(spanOf.at(c), int(columns.size()) - c);
                row.append(cell);
                c += cell.columnSpan;
            } else {
                row.append(
                    gridCell(Paragraph(), QRectF(columns.at(c).left, band.top(),
                                                 columns.at(c).right - columns.at(c).left, band.height())));
                ++c;
            }
        }
        out->rows.append(row);
    }
    // A header with label text but no level over the values (a one-line header "信息内容 | 数量" has one).
    if (levels.isEmpty() && !headerLabel.fragments.isEmpty())
        take(headerLabel.fragments);

    for (int r = 0; r < rows.size(); ++r) {
        GridRow row;
        QRectF band = rows.at(r).values;
        for (const Paragraph &p : std::as_const(labelCells.at(r)))
            band = band.united(p.box);
        for (int k = 0; k < labelCount; ++k) {
            const Paragraph &p = labelCells.at(r).at(k);
            const double right = k + 1 < labelColumns.size() ? labelColumns.at(k + 1) : valueLeft;
            const double left = k < labelColumns.size() ? labelColumns.at(k) : frame.left();
            // An empty label column after a label is that label running on (a merged label cell).
            if (p.text.isEmpty() && !row.isEmpty() && !row.last().text.isEmpty()) {
                ++row.last().columnSpan;
                continue;
            }
            row.append(gridCell(p, QRectF(left, band.top(), right - left, band.height())));
        }
        for (int c = 0; c < columns.size(); ++c) {
            const Interval &col = columns.at(c);
            row.append(gridCell(valueCells.at(r).at(c),
                                QRectF(col.left, band.top(), col.right - col.left, band.height())));
        }
        out->rows.append(row);
    }

    out->frame = frame;
    out->ruled = false;
    for (const Interval &col : std::as_const(columns)) {
        out->xs.append(std::isfinite(col.valueLeft) ? col.valueLeft : col.left);
        out->valueColumns.append({col.left, col.right});
    }
    out->labelColumns = labelColumns;
    return true;
}

QList<PageTable> Finder::find(QSet<int> *taken)
{
    makeFragments();
    makeRows();
    QList<PageTable> tables;
    if (m_rows.isEmpty())
        return tables;
    for (const Table &table : groupRows()) {
        PageTable out;
        if (build(table, &out, taken))
            tables.append(out);
    }
    return tables;
}

} // namespace

QList<PageTable> BorderlessTables::take(QList<Word> *words, int page, const PageTable *open)
{
    QSet<int> taken;
    QList<PageTable> tables = Finder(*words, page, open).find(&taken);
    if (taken.isEmpty())
        return tables;
    QList<Word> rest;
    for (int i = 0; i < words->size(); ++i) {
        if (!taken.contains(i))
            rest.append(words->at(i));
    }
    *words = rest;
    return tables;
}

} // namespace gk::pdf
