#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>

namespace Poppler {
class Document;
}

namespace gk {

/**
 * The pages of one PDF file as pictures, for the window's page view. Opening reads only the page
 * sizes, so it costs about the same for 6 pages or 300; the window asks for a page's text box and
 * picture when the page comes into sight. Keeps Poppler inside gkpdf (ui includes no Poppler header).
 */
class PdfPageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(gk::PdfPageRenderer)
public:
    PdfPageRenderer();
    ~PdfPageRenderer();
    PdfPageRenderer(const PdfPageRenderer &) = delete;
    PdfPageRenderer &operator=(const PdfPageRenderer &) = delete;

    /** Opens the file; false with a one-line error naming the file and the cause. */
    bool open(const QString &filePath, QString *error);
    void close();
    bool isOpen() const { return m_document != nullptr; }

    int pageCount() const { return int(m_sizes.size()); }
    /** The size of a page (1-based) in PDF points; empty when there is no such page. */
    QSizeF pageSize(int page) const;
    /**
     * The box (PDF points) of all the text of the page (1-based): the page without its margins.
     * Read from the page the first time it is asked for (that is the expensive part), then kept.
     */
    QRectF textBounds(int page);
    /** How many pages' text boxes have been read since the file was opened. */
    int measuredPageCount() const { return m_measuredCount; }
    /** The page (1-based) rendered at `dpi`; a null image when it cannot be rendered. */
    QImage render(int page, double dpi) const;

private:
    std::unique_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_sizes;
    QList<std::optional<QRectF>> m_textBounds;
    int m_measuredCount = 0;
};

} // namespace gk
