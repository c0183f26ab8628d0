#pragma once

#include <QImage>
#include <QRectF>
#include <QSizeF>

namespace gk {

/**
 * The pages of a report as pictures, for the window's page view: a PDF's (PdfPageRenderer) or a
 * scanned report's page images (ocr::ScanPageRenderer). Pages are 1-based and measured in points,
 * the unit of every SourceSpan box. Opening reads only the page sizes; the view asks for a page's
 * text box and picture when the page comes into sight.
 */
class PageRenderer
{
public:
    virtual ~PageRenderer() = default;

    virtual int pageCount() const = 0;
    /** The size of a page in points; empty when there is no such page. */
    virtual QSizeF pageSize(int page) const = 0;
    /** The box (points) of the page's printed text, the page without its margins; empty when the
     *  page has no text to measure (a scan), and the view then fits the whole page. */
    virtual QRectF textBounds(int page) = 0;
    /** How many pages' text boxes have been read since the pages were opened. */
    virtual int measuredPageCount() const = 0;
    /** The page rendered at `dpi`; a null image when it cannot be rendered. */
    virtual QImage render(int page, double dpi) const = 0;
};

} // namespace gk
