#pragma once

#include "pagerenderer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace gk::ocr {

class ScanSource;

/**
 * The page images of a scanned report (.png, .jpg, .tif, several files or a multi-page TIFF) for
 * the window's page view, each page at the size in points its resolution gives it — the size the
 * OCR reader gave the page, so every cell's box lands on its place in the picture.
 */
class ScanPageRenderer : public PageRenderer
{
public:
    ~ScanPageRenderer() override;
    /**
     * The files' pages in order; null, with a one-line error naming the file, when one cannot be
     * read. `knownSizes` are the pages' sizes as the reader measured them (Report::pageSizes): with
     * them no page is decoded before it is shown; without, every page is decoded once for its size.
     */
    static std::unique_ptr<ScanPageRenderer> open(const QStringList &filePaths, QString *error,
                                                  const QList<QSizeF> &knownSizes = {});

    int pageCount() const override { return int(m_sizes.size()); }
    QSizeF pageSize(int page) const override;
    /** A scan has no text layer to measure: the view fits the whole page. */
    QRectF textBounds(int) override { return QRectF(); }
    int measuredPageCount() const override { return 0; }
    /** The page image scaled from its own resolution to `dpi`. */
    QImage render(int page, double dpi) const override;

private:
    ScanPageRenderer();
    std::unique_ptr<ScanSource> m_source;
    QList<QSizeF> m_sizes;
};

} // namespace gk::ocr
