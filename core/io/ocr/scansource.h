#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QStringList>

#include <memory>

namespace Poppler {
class Document;
}

namespace gk::ocr {

/** One page picture to read: the image, its resolution and the page's size in points. */
struct ScanImage
{
    QImage image;
    double dpi = 0;
    QSizeF size;
};

/**
 * The pages of a scanned report as pictures, one at a time (memory stays bounded whatever the
 * number of pages): a PDF's pages rendered by Poppler, or image files (.png, .jpg, .tif, a
 * multi-page TIFF giving several pages, decoded by Leptonica), each at its own resolution.
 */
class ScanSource
{
    Q_DECLARE_TR_FUNCTIONS(gk::ocr::ScanSource)
public:
    /** Resolution a PDF page is rendered at: digits of 9-12 pt print come out 20-30 pixels tall. */
    static constexpr double pdfDpi = 200.0;
    /** Resolution a PDF page is looked at again when it shows no table at pdfDpi: a 300 dpi scan
     *  rendered at 200 loses its thin rulings in the downsampling. */
    static constexpr double finePdfDpi = 300.0;

    ~ScanSource();
    static std::unique_ptr<ScanSource> fromPdf(std::unique_ptr<Poppler::Document> document);
    /** A PDF file's bytes; no source when Poppler cannot read them. */
    static std::unique_ptr<ScanSource> fromPdfData(const QByteArray &bytes);
    /** Every page of every file, in order; no source when a file is not an image (its index then
     *  in `unreadable`). */
    static std::unique_ptr<ScanSource> fromImages(const QList<QByteArray> &files, int *unreadable = nullptr);
    /**
     * The image files at these paths, in order; no source, and a one-line error naming the file and
     * the cause, when one cannot be read or is no image. With `knownSizes`, the sizes of the pages
     * as read before (one per file, or every page of a single file), no page is decoded until it
     * is asked for: the page view opens at once however many pages there are.
     */
    static std::unique_ptr<ScanSource> fromImageFiles(const QStringList &filePaths, QString *error,
                                                      const QList<QSizeF> &knownSizes = {});

    int pageCount() const;
    /** Grey for reading; as scanned (in colour where the scan has it) for the eye. */
    enum class Picture { Grey, AsScanned };
    /** Page `index` (0-based); a null image when it cannot be had. A PDF's page is rendered at
     *  `pdfResolution`; an image file's comes at its own. */
    ScanImage page(int index, double pdfResolution = pdfDpi, Picture picture = Picture::Grey) const;
    /** The size of page `index` in points, known without decoding the page again. */
    QSizeF pageSize(int index) const;
    bool isPdf() const { return m_pdf != nullptr; }

private:
    ScanSource();
    std::unique_ptr<Poppler::Document> m_pdf;
    struct Frame
    {
        int file = 0;
        int frame = 0;
        QSizeF size; // in points
    };
    QList<QByteArray> m_files;
    QList<Frame> m_frames;
};

/** True when some page of the PDF has text (a text layer): then it is no scan. */
bool hasTextLayer(Poppler::Document *document);

} // namespace gk::ocr
