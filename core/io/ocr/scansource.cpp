#include "scansource.h"

#include "io/filereader.h"

#include <QFile>
#include <QFileInfo>

#include <leptonica/allheaders.h>

#include <algorithm>

#include <poppler-qt6.h>

namespace gk::ocr {

namespace {

// Scanners write their resolution into the file; without it, take the usual 200 dpi of a scan.
double dpiOf(Pix *pix)
{
    const double dpi = pixGetXRes(pix);
    return dpi >= 70 && dpi <= 1200 ? dpi : 200.0;
}

bool isTiff(const QByteArray &bytes)
{
    l_int32 format = IFF_UNKNOWN;
    findFileFormatBuffer(reinterpret_cast<const l_uint8 *>(bytes.constData()), &format);
    return format == IFF_TIFF || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_G3 ||
           format == IFF_TIFF_G4 || format == IFF_TIFF_LZW || format == IFF_TIFF_ZIP || format == IFF_TIFF_JPEG;
}

// Leptonica decodes the images (PNG, JPEG, TIFF with every page of a multi-page one, bilevel fax
// compression too) without Qt's image plugins; frame is the page of a TIFF.
Pix *decode(const QByteArray &bytes, int frame)
{
    const auto *data = reinterpret_cast<const l_uint8 *>(bytes.constData());
    const auto size = size_t(bytes.size());
    return isTiff(bytes) ? pixReadMemTiff(data, size, frame) : pixReadMem(data, size);
}

QSizeF pointsOf(Pix *pix, double dpi)
{
    return QSizeF(pixGetWidth(pix) * 72.0 / dpi, pixGetHeight(pix) * 72.0 / dpi);
}

// The size in points of every page (frame) of an image file; none when it is not an image. Decoding
// is the only check that the file can be read, and it gives the sizes the page view lays out by.
QList<QSizeF> frameSizesOf(const QByteArray &bytes)
{
    QList<QSizeF> sizes;
    if (bytes.size() < 8)
        return sizes;
    if (!isTiff(bytes)) {
        if (Pix *pix = decode(bytes, 0)) {
            sizes.append(pointsOf(pix, dpiOf(pix)));
            pixDestroy(&pix);
        }
        return sizes;
    }
    size_t offset = 0;
    do {
        Pix *pix = pixReadMemFromMultipageTiff(reinterpret_cast<const l_uint8 *>(bytes.constData()),
                                               size_t(bytes.size()), &offset);
        if (!pix)
            break;
        sizes.append(pointsOf(pix, dpiOf(pix)));
        pixDestroy(&pix);
    } while (offset != 0);
    return sizes;
}

bool isColour(Pix *pix)
{
    return pixGetDepth(pix) == 32 || pixGetColormap(pix);
}

// A colour scan is read by its lightest channel: black print stays black in every channel while a
// red seal (or a blue signature) stamped over a table turns light, and the table's rulings and
// digits under it are read as if it were not there. A grey scan is the same in every channel.
Pix *inkOnly(Pix *source)
{
    if (!isColour(source))
        return pixConvertTo8(source, 0);
    Pix *rgb = pixConvertTo32(source);
    Pix *grey = rgb ? pixConvertRGBToGrayMinMax(rgb, L_CHOOSE_MAX) : nullptr;
    pixDestroy(&rgb);
    return grey;
}

// The same for a PDF page Poppler rendered (its scan in colour or not).
QImage inkOnly(const QImage &rendered)
{
    const QImage rgb = rendered.convertToFormat(QImage::Format_RGB32);
    QImage grey(rgb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x)
            out[x] = uchar(std::max({qRed(in[x]), qGreen(in[x]), qBlue(in[x])}));
    }
    return grey;
}

// A QImage of an 8 bpp grey or 32 bpp colour Pix, which it takes (and destroys).
QImage takeImage(Pix *pix)
{
    if (!pix)
        return QImage();
    const bool colour = pixGetDepth(pix) == 32;
    const int w = int(pixGetWidth(pix));
    const int h = int(pixGetHeight(pix));
    QImage image(w, h, colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    const l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; ++y) {
        const l_uint32 *line = data + qsizetype(y) * wpl;
        if (!colour) {
            uchar *out = image.scanLine(y);
            for (int x = 0; x < w; ++x)
                out[x] = uchar(GET_DATA_BYTE(line, x));
            continue;
        }
        auto *out = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            l_int32 r = 0, g = 0, b = 0;
            extractRGBValues(line[x], &r, &g, &b);
            out[x] = qRgb(r, g, b);
        }
    }
    pixDestroy(&pix);
    return image;
}

QImage greyImage(Pix *source)
{
    return takeImage(inkOnly(source));
}

// The page as the scanner saw it, for the eye (a red seal stays red); greys and black and white stay grey.
QImage colourImage(Pix *source)
{
    return takeImage(isColour(source) ? pixConvertTo32(source) : pixConvertTo8(source, 0));
}

} // namespace

ScanSource::ScanSource() = default;
ScanSource::~ScanSource() = default;

std::unique_ptr<ScanSource> ScanSource::fromPdf(std::unique_ptr<Poppler::Document> document)
{
    std::unique_ptr<ScanSource> source(new ScanSource);
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    source->m_pdf = std::move(document);
    return source;
}

std::unique_ptr<ScanSource> ScanSource::fromPdfData(const QByteArray &bytes)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document || document->isLocked())
        return nullptr;
    return fromPdf(std::move(document));
}

std::unique_ptr<ScanSource> ScanSource::fromImages(const QList<QByteArray> &files, int *unreadable)
{
    std::unique_ptr<ScanSource> source(new ScanSource);
    source->m_files = files;
    for (int f = 0; f < files.size(); ++f) {
        const QList<QSizeF> sizes = frameSizesOf(files.at(f));
        if (sizes.isEmpty()) {
            if (unreadable)
                *unreadable = f;
            return nullptr;
        }
        for (int i = 0; i < sizes.size(); ++i)
            source->m_frames.append({f, i, sizes.at(i)});
    }
    return source;
}

std::unique_ptr<ScanSource> ScanSource::fromImageFiles(const QStringList &filePaths, QString *error,
                                                       const QList<QSizeF> &knownSizes)
{
    QList<QByteArray> files;
    qint64 total = 0;
    for (const QString &path : filePaths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot be opened: %2").arg(name, file.errorString());
            return nullptr;
        }
        // All the pages together are read up to the size of one report, whatever the files say of
        // their size (one may grow while it is read).
        files.append(file.read(FileReader::maximumFileSize - total + 1));
        total += files.last().size();
        if (file.error() != QFileDevice::NoError) {
            *error = tr("%1: cannot be read: %2").arg(name, file.errorString());
            return nullptr;
        }
        if (total > FileReader::maximumFileSize) {
            *error = tr("%1: too large").arg(name);
            return nullptr;
        }
    }
    if (files.isEmpty()) {
        *error = tr("no image files given");
        return nullptr;
    }
    // Pages already read: one per file, or the pages of one (multi-page TIFF) file, in order.
    if (!knownSizes.isEmpty() && (knownSizes.size() == files.size() || files.size() == 1)) {
        std::unique_ptr<ScanSource> source(new ScanSource);
        source->m_files = files;
        for (int i = 0; i < knownSizes.size(); ++i)
            source->m_frames.append(files.size() == 1 ? Frame{0, i, knownSizes.at(i)} : Frame{i, 0, knownSizes.at(i)});
        return source;
    }
    int unreadable = 0;
    std::unique_ptr<ScanSource> source = fromImages(files, &unreadable);
    if (!source)
        *error = tr("%1: not a readable image").arg(QFileInfo(filePaths.at(unreadable)).fileName());
    return source;
}

int ScanSource::pageCount() const { return m_pdf ? m_pdf->numPages() : int(m_frames.size()); }

ScanImage ScanSource::page(int index, double pdfResolution, Picture picture) const
{
    ScanImage out;
    if (index < 0 || index >= pageCount())
        return out;
    if (m_pdf) {
        std::unique_ptr<Poppler::Page> page(m_pdf->page(index));
        if (!page)
            return out;
        out.size = page->pageSizeF();
        out.dpi = pdfResolution;
        out.image = page->renderToImage(pdfResolution, pdfResolution);
        if (picture == Picture::Grey)
            out.image = inkOnly(out.image);
        return out;
    }
    const Frame frame = m_frames.at(index);
    Pix *pix = decode(m_files.at(frame.file), frame.frame);
    if (!pix)
        return out;
    out.dpi = dpiOf(pix);
    out.image = picture == Picture::Grey ? greyImage(pix) : colourImage(pix);
    out.size = pointsOf(pix, out.dpi);
    pixDestroy(&pix);
    return out;
}

QSizeF ScanSource::pageSize(int index) const
{
    if (index < 0 || index >= pageCount())
        return QSizeF();
    if (m_pdf) {
        std::unique_ptr<Poppler::Page> page(m_pdf->page(index));
        return page ? page->pageSizeF() : QSizeF();
    }
    return m_frames.at(index).size;
}

bool hasTextLayer(Poppler::Document *document)
{
    for (int p = 0; p < document->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page(document->page(p));
        if (page && !page->text(QRectF()).trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace gk::ocr
