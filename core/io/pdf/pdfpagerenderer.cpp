#include "pdfpagerenderer.h"

#include <QFile>
#include <QFileInfo>

#include <poppler-qt6.h>

namespace gk {

PdfPageRenderer::PdfPageRenderer() = default;
PdfPageRenderer::~PdfPageRenderer() = default;

std::unique_ptr<PdfPageRenderer> PdfPageRenderer::open(const QString &filePath, QString *error)
{
    const QString name = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be opened (%2)").arg(name, file.errorString());
        return nullptr;
    }
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(file.readAll());
    if (!document || document->isLocked()) {
        if (error)
            *error = document ? tr("%1: the PDF is protected by a password").arg(name)
                              : tr("%1: not a readable PDF file").arg(name);
        return nullptr;
    }
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    document->setRenderHint(Poppler::Document::TextHinting, true);
    auto renderer = std::make_unique<PdfPageRenderer>();
    for (int p = 0; p < document->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page(document->page(p));
        renderer->m_sizes.append(page ? page->pageSizeF() : QSizeF());
    }
    renderer->m_textBounds.resize(renderer->m_sizes.size());
    renderer->m_document = std::move(document);
    return renderer;
}

QSizeF PdfPageRenderer::pageSize(int page) const
{
    return page >= 1 && page <= m_sizes.size() ? m_sizes.at(page - 1) : QSizeF();
}

QRectF PdfPageRenderer::textBounds(int page)
{
    if (!m_document || page < 1 || page > m_textBounds.size())
        return QRectF();
    std::optional<QRectF> &kept = m_textBounds[page - 1];
    if (!kept) {
        QRectF bounds;
        if (std::unique_ptr<Poppler::Page> p{m_document->page(page - 1)}) {
            for (const std::unique_ptr<Poppler::TextBox> &box : p->textList())
                bounds = bounds.united(box->boundingBox());
        }
        kept = bounds;
        ++m_measuredCount;
    }
    return *kept;
}

QImage PdfPageRenderer::render(int page, double dpi) const
{
    if (!m_document || page < 1 || page > m_sizes.size())
        return QImage();
    std::unique_ptr<Poppler::Page> p(m_document->page(page - 1));
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

} // namespace gk
