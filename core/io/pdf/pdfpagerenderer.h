#pragma once

#include "pagerenderer.h"

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
 * sizes, so it costs about the same for 6 pages or 300. Keeps Poppler inside gkpdf (ui includes no
 * Poppler header).
 */
class PdfPageRenderer : public PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(gk::PdfPageRenderer)
public:
    /** No document: no pages. */
    PdfPageRenderer();
    ~PdfPageRenderer() override;
    PdfPageRenderer(const PdfPageRenderer &) = delete;
    PdfPageRenderer &operator=(const PdfPageRenderer &) = delete;

    /** The file's pages; null with a one-line error naming the file and the cause. */
    static std::unique_ptr<PdfPageRenderer> open(const QString &filePath, QString *error);

    int pageCount() const override { return int(m_sizes.size()); }
    QSizeF pageSize(int page) const override;
    /** Read from the page's text the first time it is asked for (the expensive part), then kept. */
    QRectF textBounds(int page) override;
    int measuredPageCount() const override { return m_measuredCount; }
    QImage render(int page, double dpi) const override;

private:
    std::unique_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_sizes;
    QList<std::optional<QRectF>> m_textBounds;
    int m_measuredCount = 0;
};

} // namespace gk
