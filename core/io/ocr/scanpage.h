#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QRectF>

struct Pix;

namespace gk::ocr {

/** One cell of a ruled table on a scanned page, in the pixels of the straightened page. */
struct ScanCell
{
    QRect rect;
    int columnSpan = 1;
    int rowSpan = 1;
    /** Covered by a row span from above (see RawRow). */
    bool placeholder = false;
};

struct ScanTable
{
    QRect frame;
    /** Column edges (pixels), to join a table with its continuation on the next page. */
    QList<int> xs;
    QList<QList<ScanCell>> rows;
};

/**
 * A scanned page made ready to read: straightened (Leptonica finds the skew), binarised, its ruled
 * tables rebuilt from the ruling lines found by morphology (long thin openings keep only lines), the
 * lines of text outside the tables found from the ink's row profile. Gives boxes back in the page's
 * points. Holds the page's pixels only as long as it lives: the reader keeps one page at a time.
 */
class ScanPage
{
public:
    /** `image` is the page at `dpi` (any format; made grey here). */
    ScanPage(const QImage &image, double dpi);
    ~ScanPage();
    ScanPage(const ScanPage &) = delete;
    ScanPage &operator=(const ScanPage &) = delete;

    double dpi() const { return m_dpi; }
    /** The straightened grey page, for the recogniser. */
    Pix *grey() const { return m_grey; }
    /** The skew found and removed, in degrees. */
    double skew() const { return m_skew; }

    QList<ScanTable> tables() const { return m_tables; }
    /** Lines of text outside the tables, top to bottom (their ink's boxes). */
    QList<QRect> textLines() const { return m_lines; }
    /** The box of the ink inside `rect`, or an empty rect when it holds (next to) none. */
    QRect inkBox(const QRect &rect) const;
    /** A box of the straightened page back in the points of the page as printed. */
    QRectF toPoints(const QRect &box) const;

private:
    void findTables();
    void findTextLines();

    double m_dpi;
    double m_skew = 0;
    int m_width = 0;
    int m_height = 0;
    Pix *m_grey = nullptr;
    Pix *m_binary = nullptr;
    QList<ScanTable> m_tables;
    QList<QRect> m_lines;
};

} // namespace gk::ocr
