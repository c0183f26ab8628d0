#include "scanpage.h"

#include "io/unionfind.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <numeric>

namespace gk::ocr {

namespace {

// Grey level below which a pixel is ink: scanned reports are dark print on light paper, evenly lit.
constexpr int inkThreshold = 150;
// Ruling lines are often hairlines that a scan leaves light grey; noise that passes this level is
// specks, which the long thin openings below remove.
constexpr int lineThreshold = 215;

struct HSeg
{
    int y, x1, x2;
};
struct VSeg
{
    int x, y1, y2;
};

Pix *pixFromImage(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    Pix *pix = pixCreate(image.width(), image.height(), 8);
    l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < image.height(); ++y) {
        const uchar *in = image.constScanLine(y);
        l_uint32 *line = data + qsizetype(y) * wpl;
        for (int x = 0; x < image.width(); ++x)
            SET_DATA_BYTE(line, x, in[x]);
    }
    return pix;
}

// Runs of ink at least `minimum` long, row by row (horizontal) or column by column (vertical).
QList<HSeg> horizontalRuns(Pix *pix, int minimum)
{
    QList<HSeg> out;
    const int w = int(pixGetWidth(pix));
    const int h = int(pixGetHeight(pix));
    const l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; ++y) {
        const l_uint32 *line = data + qsizetype(y) * wpl;
        int x = 0;
        while (x < w) {
            if (!GET_DATA_BIT(line, x)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < w && GET_DATA_BIT(line, x))
                ++x;
            if (x - start >= minimum)
                out.append({y, start, x});
        }
    }
    return out;
}

QList<VSeg> verticalRuns(Pix *pix, int minimum)
{
    QList<VSeg> out;
    const int w = int(pixGetWidth(pix));
    const int h = int(pixGetHeight(pix));
    const l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    QList<int> runStart(w, -1);
    for (int y = 0; y <= h; ++y) {
        const l_uint32 *line = y < h ? data + qsizetype(y) * wpl : nullptr;
        for (int x = 0; x < w; ++x) {
            const bool ink = line && GET_DATA_BIT(line, x);
            if (ink && runStart[x] < 0) {
                runStart[x] = y;
            } else if (!ink && runStart[x] >= 0) {
                if (y - runStart[x] >= minimum)
                    out.append({x, runStart[x], y});
                runStart[x] = -1;
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const VSeg &a, const VSeg &b) {
        return a.x != b.x ? a.x < b.x : a.y1 < b.y1;
    });
    return out;
}

bool meets(const HSeg &s, const VSeg &v, int tol)
{
    return v.x >= s.x1 - tol && v.x <= s.x2 + tol && s.y >= v.y1 - tol && s.y <= v.y2 + tol;
}

// Whether a horizontal segment passes through (x, y).
bool endsAt(const QList<HSeg> &hs, int x, int y, int tol)
{
    return std::any_of(hs.cbegin(), hs.cend(),
                       [&](const HSeg &s) { return std::abs(s.y - y) <= tol && x >= s.x1 - tol && x <= s.x2 + tol; });
}

// Horizontal runs of one pixel row (sorted by y, then x) broken by a short gap become one.
QList<HSeg> joinGaps(const QList<HSeg> &runs, int gap)
{
    QList<HSeg> out;
    for (const HSeg &s : runs) {
        if (!out.isEmpty() && out.last().y == s.y && s.x1 - out.last().x2 <= gap)
            out.last().x2 = std::max(out.last().x2, s.x2);
        else
            out.append(s);
    }
    return out;
}

// Vertical runs of one pixel column (sorted by x, then y) broken by a short gap become one.
QList<VSeg> joinGaps(const QList<VSeg> &runs, int gap)
{
    QList<VSeg> out;
    for (const VSeg &v : runs) {
        if (!out.isEmpty() && out.last().x == v.x && v.y1 - out.last().y2 <= gap)
            out.last().y2 = std::max(out.last().y2, v.y2);
        else
            out.append(v);
    }
    return out;
}

QList<int> cluster(QList<int> values, int tolerance)
{
    std::sort(values.begin(), values.end());
    QList<int> out;
    QList<double> sums;
    QList<int> counts;
    int last = INT_MIN / 2;
    for (int v : std::as_const(values)) {
        if (!out.isEmpty() && v - last <= tolerance) {
            sums.last() += v;
            ++counts.last();
            out.last() = int(std::lround(sums.last() / counts.last()));
        } else {
            out.append(v);
            sums.append(v);
            counts.append(1);
        }
        last = v;
    }
    return out;
}

// The share of [from, to) along a line at `at` (a row when horizontal) where `pix` has ink within
// one pixel across: a ruling line broken by the scan still covers most of its length.
double coverage(Pix *pix, bool horizontal, int at, int from, int to)
{
    const int w = int(pixGetWidth(pix));
    const int h = int(pixGetHeight(pix));
    const l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    int inked = 0, total = 0;
    for (int i = from; i < to; ++i) {
        bool ink = false;
        for (int d = -1; d <= 1 && !ink; ++d) {
            const int x = horizontal ? i : at + d;
            const int y = horizontal ? at + d : i;
            if (x >= 0 && y >= 0 && x < w && y < h)
                ink = GET_DATA_BIT(data + qsizetype(y) * wpl, x);
        }
        inked += ink ? 1 : 0;
        ++total;
    }
    return total > 0 ? double(inked) / total : 0;
}

ScanTable tableOf(const QList<HSeg> &th, const QList<VSeg> &tv, int tol, Pix *light)
{
    QList<int> yv, xv;
    for (const HSeg &s : th)
        yv.append(s.y);
    for (const VSeg &v : tv)
        xv.append(v.x);
    const QList<int> ys = cluster(yv, tol);
    const QList<int> xs = cluster(xv, tol);
    ScanTable table;
    if (ys.size() < 2 || xs.size() < 2)
        return table;
    const int rows = int(ys.size()) - 1;
    const int cols = int(xs.size()) - 1;
    // A border is there when a found line crosses the middle of the cell's side, or when ink runs
    // along most of the side (a line whose piece there was too short for the opening).
    constexpr double drawn = 0.8;
    auto hasV = [&](int x, int r) {
        const int y = (ys.at(r) + ys.at(r + 1)) / 2;
        return std::any_of(tv.cbegin(), tv.cend(),
                           [&](const VSeg &v) { return std::abs(v.x - x) <= tol && y >= v.y1 - tol && y <= v.y2 + tol; }) ||
               coverage(light, false, x, ys.at(r) + tol, ys.at(r + 1) - tol) >= drawn;
    };
    auto hasH = [&](int y, int c) {
        const int x = (xs.at(c) + xs.at(c + 1)) / 2;
        return std::any_of(th.cbegin(), th.cend(),
                           [&](const HSeg &s) { return std::abs(s.y - y) <= tol && x >= s.x1 - tol && x <= s.x2 + tol; }) ||
               coverage(light, true, y, xs.at(c) + tol, xs.at(c + 1) - tol) >= drawn;
    };
    UnionFind cells(rows * cols);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            if (c + 1 < cols && !hasV(xs.at(c + 1), r))
                cells.unite(r * cols + c, r * cols + c + 1);
            if (r + 1 < rows && !hasH(ys.at(r + 1), c))
                cells.unite(r * cols + c, (r + 1) * cols + c);
        }
    }
    struct Merged
    {
        int r0 = INT_MAX, c0 = INT_MAX, r1 = -1, c1 = -1;
    };
    std::map<int, Merged> merged;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            Merged &m = merged[cells.find(r * cols + c)];
            m.r0 = std::min(m.r0, r);
            m.c0 = std::min(m.c0, c);
            m.r1 = std::max(m.r1, r);
            m.c1 = std::max(m.c1, c);
        }
    }
    table.frame = QRect(QPoint(xs.first(), ys.first()), QPoint(xs.last(), ys.last()));
    table.xs = xs;
    for (int r = 0; r < rows; ++r) {
        QList<ScanCell> row;
        bool anyOrigin = false;
        for (int c = 0; c < cols;) {
            const Merged &m = merged[cells.find(r * cols + c)];
            ScanCell cell;
            cell.columnSpan = m.c1 - m.c0 + 1;
            cell.rect = QRect(QPoint(xs.at(m.c0), ys.at(m.r0)), QPoint(xs.at(m.c1 + 1), ys.at(m.r1 + 1)));
            if (m.r0 == r) {
                anyOrigin = true;
                cell.rowSpan = m.r1 - m.r0 + 1;
            } else {
                cell.placeholder = true;
            }
            row.append(cell);
            c = m.c1 + 1;
        }
        if (anyOrigin)
            table.rows.append(row);
    }
    return table;
}

} // namespace

ScanPage::ScanPage(const QImage &image, double dpi)
    : m_dpi(dpi)
{
    Pix *grey = pixFromImage(image);
    Pix *binary = pixThresholdToBinary(grey, inkThreshold);
    l_float32 angle = 0, confidence = 0;
    if (binary && pixFindSkew(binary, &angle, &confidence) == 0 && confidence > 2.0 && std::fabs(angle) > 0.05) {
        m_skew = angle;
        Pix *straight = pixRotate(grey, float(angle * M_PI / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0);
        if (straight) {
            pixDestroy(&grey);
            grey = straight;
            pixDestroy(&binary);
            binary = pixThresholdToBinary(grey, inkThreshold);
        } else {
            m_skew = 0;
        }
    }
    m_grey = grey;
    // Specks of the scanner's noise are no ink: keep only marks at least a few pixels wide or tall.
    const int speck = std::max(2, int(std::lround(dpi / 70.0)));
    m_binary = binary ? pixSelectBySize(binary, speck, speck, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, nullptr) : nullptr;
    pixDestroy(&binary);
    m_width = int(pixGetWidth(m_grey));
    m_height = int(pixGetHeight(m_grey));
    if (!m_binary)
        return;
    findTables();
    findTextLines();
}

ScanPage::~ScanPage()
{
    pixDestroy(&m_grey);
    pixDestroy(&m_binary);
}

void ScanPage::findTables()
{
    const double pt = m_dpi / 72.0;
    const int tol = std::max(3, int(std::lround(3 * pt)));
    // Close small gaps along a line (blur, noise), then keep only long thin runs: ruling lines.
    Pix *light = pixThresholdToBinary(m_grey, lineThreshold);
    // Close only gaps narrower than a cell's padding (so text never reaches a border), keep only
    // long thin runs, then thicken what is left across its length: a line a pixel off straight
    // (the scan) is cut by the opening into pieces that overlap again and read as one run.
    const int gap = std::max(2, int(std::lround(0.8 * pt)));
    Pix *closedH = pixCloseBrick(nullptr, light, gap, 1);
    // Every border of a table's row runs across at least one cell: 30 pt and more.
    Pix *lineH = pixOpenBrick(nullptr, closedH, int(30 * pt), 1);
    pixDilateBrick(lineH, lineH, 1, 3);
    Pix *closedV = pixCloseBrick(nullptr, light, 1, gap);
    Pix *lineV = pixOpenBrick(nullptr, closedV, 1, int(8 * pt));
    pixDilateBrick(lineV, lineV, 3, 1);
    const QList<HSeg> rawH = horizontalRuns(lineH, int(30 * pt));
    const QList<VSeg> rawV = verticalRuns(lineV, int(8 * pt));
    pixDestroy(&closedH);
    pixDestroy(&lineH);
    pixDestroy(&closedV);
    pixDestroy(&lineV);

    // A ruling line runs from a line of the other direction to another one; strokes of glyphs and
    // underlines do not (a few survive the openings).
    const QList<VSeg> mergedV = joinGaps(rawV, tol);
    const QList<HSeg> mergedH = joinGaps(rawH, tol);
    QList<VSeg> vs;
    for (const VSeg &v : mergedV) {
        if (endsAt(mergedH, v.x, v.y1, tol) && endsAt(mergedH, v.x, v.y2, tol))
            vs.append(v);
    }
    QList<HSeg> hs;
    for (const HSeg &s : mergedH) {
        // or one that crosses several: a piece of a border (its end lost in the scan)
        if (std::count_if(vs.cbegin(), vs.cend(), [&](const VSeg &v) { return meets(s, v, tol); }) >= 3 ||
            (std::any_of(vs.cbegin(), vs.cend(), [&](const VSeg &v) { return std::abs(v.x - s.x1) <= tol && meets(s, v, tol); }) &&
             std::any_of(vs.cbegin(), vs.cend(), [&](const VSeg &v) { return std::abs(v.x - s.x2) <= tol && meets(s, v, tol); })))
            hs.append(s);
    }
    const int n = int(hs.size() + vs.size());
    UnionFind groups(n);
    for (int i = 0; i < hs.size(); ++i) {
        for (int j = 0; j < vs.size(); ++j) {
            if (meets(hs.at(i), vs.at(j), tol))
                groups.unite(i, int(hs.size()) + j);
        }
    }
    std::map<int, QList<int>> members;
    for (int i = 0; i < n; ++i)
        members[groups.find(i)].append(i);
    for (const auto &[root, list] : members) {
        QList<HSeg> th;
        QList<VSeg> tv;
        for (int m : list) {
            if (m < hs.size())
                th.append(hs.at(m));
            else
                tv.append(vs.at(m - hs.size()));
        }
        ScanTable table = tableOf(th, tv, tol, light);
        if (!table.rows.isEmpty())
            m_tables.append(table);
    }
    pixDestroy(&light);
    std::sort(m_tables.begin(), m_tables.end(), [](const ScanTable &a, const ScanTable &b) {
        return a.frame.top() != b.frame.top() ? a.frame.top() < b.frame.top() : a.frame.left() < b.frame.left();
    });
}

void ScanPage::findTextLines()
{
    const double pt = m_dpi / 72.0;
    Pix *rest = pixCopy(nullptr, m_binary);
    for (const ScanTable &table : std::as_const(m_tables)) {
        const int pad = int(2 * pt);
        Box *frame = boxCreate(table.frame.left() - pad, table.frame.top() - pad, table.frame.width() + 2 * pad,
                               table.frame.height() + 2 * pad);
        pixClearInRect(rest, frame);
        boxDestroy(&frame);
    }
    const l_uint32 *data = pixGetData(rest);
    const int wpl = pixGetWpl(rest);
    QList<int> inkPerRow(m_height, 0);
    for (int y = 0; y < m_height; ++y) {
        const l_uint32 *line = data + qsizetype(y) * wpl;
        for (int x = 0; x < m_width; ++x)
            inkPerRow[y] += GET_DATA_BIT(line, x) ? 1 : 0;
    }
    const int gap = std::max(1, int(1.0 * pt));
    const int minimumHeight = int(4 * pt);
    int y = 0;
    while (y < m_height) {
        if (inkPerRow.at(y) == 0) {
            ++y;
            continue;
        }
        const int top = y;
        int bottom = y;
        while (y < m_height) {
            if (inkPerRow.at(y) > 0) {
                bottom = y;
                ++y;
            } else if (y - bottom <= gap) {
                ++y;
            } else {
                break;
            }
        }
        if (bottom - top + 1 < minimumHeight)
            continue;
        Box *band = boxCreate(0, top, m_width, bottom - top + 1);
        Pix *clip = pixClipRectangle(rest, band, nullptr);
        Box *ink = nullptr;
        if (clip && pixClipToForeground(clip, nullptr, &ink) == 0 && ink) {
            l_int32 bx, by, bw, bh;
            boxGetGeometry(ink, &bx, &by, &bw, &bh);
            m_lines.append(QRect(bx, top + by, bw, bh));
        }
        boxDestroy(&ink);
        pixDestroy(&clip);
        boxDestroy(&band);
    }
    pixDestroy(&rest);
}

QRect ScanPage::inkBox(const QRect &rect) const
{
    const QRect area = rect.intersected(QRect(0, 0, m_width, m_height));
    if (area.isEmpty() || !m_binary)
        return QRect();
    Box *box = boxCreate(area.x(), area.y(), area.width(), area.height());
    Pix *clip = pixClipRectangle(m_binary, box, nullptr);
    boxDestroy(&box);
    Box *ink = nullptr;
    QRect out;
    if (clip && pixClipToForeground(clip, nullptr, &ink) == 0 && ink) {
        l_int32 bx, by, bw, bh;
        boxGetGeometry(ink, &bx, &by, &bw, &bh);
        out = QRect(area.x() + bx, area.y() + by, bw, bh);
    }
    boxDestroy(&ink);
    pixDestroy(&clip);
    return out;
}

QRectF ScanPage::toPoints(const QRect &box) const
{
    // Undo the straightening: rotate back about the page's centre (Leptonica turns clockwise for a
    // positive angle, in image coordinates with y down).
    const double a = -m_skew * M_PI / 180.0;
    const double c = std::cos(a), s = std::sin(a);
    const double cx = m_width / 2.0, cy = m_height / 2.0;
    double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
    const QPointF corners[] = {QPointF(box.left(), box.top()), QPointF(box.right() + 1, box.top()),
                               QPointF(box.left(), box.bottom() + 1), QPointF(box.right() + 1, box.bottom() + 1)};
    for (const QPointF &p : corners) {
        const double x = cx + (p.x() - cx) * c - (p.y() - cy) * s;
        const double y = cy + (p.x() - cx) * s + (p.y() - cy) * c;
        left = std::min(left, x);
        right = std::max(right, x);
        top = std::min(top, y);
        bottom = std::max(bottom, y);
    }
    const double scale = 72.0 / m_dpi;
    return QRectF(QPointF(left * scale, top * scale), QPointF(right * scale, bottom * scale));
}

} // namespace gk::ocr
