#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace gk {

/**
 * The pages of one PDF file as pictures, for the window's page view: the window asks for a page at
 * the resolution it needs when it comes into sight, so nothing is rendered up front. Keeps Poppler
 * inside gkpdf (ui includes no Poppler header).
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
    /** The box (PDF points) of all the text of the page (1-based): the page without its margins. */
    QRectF textBounds(int page) const;
    /** The page (1-based) rendered at `dpi`; a null image when it cannot be rendered. */
    QImage render(int page, double dpi) const;

private:
    std::unique_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_sizes;
    QList<QRectF> m_textBounds;
};

} // namespace gk
