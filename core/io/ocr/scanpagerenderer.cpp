#include "scanpagerenderer.h"

#include "scansource.h"

#include <cmath>

namespace gk::ocr {

ScanPageRenderer::ScanPageRenderer() = default;
ScanPageRenderer::~ScanPageRenderer() = default;

std::unique_ptr<ScanPageRenderer> ScanPageRenderer::open(const QStringList &filePaths, QString *error,
                                                         const QList<QSizeF> &knownSizes)
{
    QString problem;
    std::unique_ptr<ScanSource> source = ScanSource::fromImageFiles(filePaths, &problem, knownSizes);
    if (!source) {
        if (error)
            *error = problem;
        return nullptr;
    }
    std::unique_ptr<ScanPageRenderer> renderer(new ScanPageRenderer);
    for (int page = 0; page < source->pageCount(); ++page)
        renderer->m_sizes.append(source->pageSize(page));
    renderer->m_source = std::move(source);
    return renderer;
}

QSizeF ScanPageRenderer::pageSize(int page) const
{
    return page >= 1 && page <= m_sizes.size() ? m_sizes.at(page - 1) : QSizeF();
}

QImage ScanPageRenderer::render(int page, double dpi) const
{
    if (page < 1 || page > m_sizes.size())
        return QImage();
    const ScanImage scan = m_source->page(page - 1, ScanSource::pdfDpi, ScanSource::Picture::AsScanned);
    if (scan.image.isNull() || scan.dpi <= 0)
        return QImage();
    const double factor = dpi / scan.dpi;
    const QSize size(std::max(1, int(std::lround(scan.image.width() * factor))),
                     std::max(1, int(std::lround(scan.image.height() * factor))));
    return scan.image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace gk::ocr
