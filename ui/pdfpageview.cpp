#include "pdfpageview.h"

#include "io/filereader.h"
#include "pdfpagerenderer.h"
#include "scanpagerenderer.h"

#include <QMouseEvent>
#include <QWheelEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <utility>

namespace gk {

namespace {
constexpr int margin = 8; // around and between the pages, in device-independent pixels
constexpr qint64 keptPixels = 3 * PdfPageView::maxImagePixels;
constexpr double textPadding = 12.0; // points of paper kept around the printed text
constexpr double minScale = 0.2;

/** The most device pixels per point at which the image of `page`, its sides rounded up, has at most `pixels`. */
double resolutionWithin(const QSizeF &page, qint64 pixels)
{
    // (w r + 1)(h r + 1) <= pixels, solved for r.
    const double a = page.width() * page.height();
    const double b = page.width() + page.height();
    if (a <= 0)
        return PdfPageView::maxDevicePixelsPerPoint;
    return (-b + std::sqrt(b * b + 4 * a * (double(pixels) - 1))) / (2 * a);
}
} // namespace

/** The surface the pages are painted on; only the pages in sight are drawn (and so rendered). */
class PdfPageCanvas : public QWidget
{
public:
    explicit PdfPageCanvas(PdfPageView *view) : QWidget(view), m_view(view)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().color(QPalette::Dark));
        for (int page = 1; page <= m_view->pageCount(); ++page) {
            const QRectF rect = m_view->pageRect(page);
            if (!rect.intersects(event->rect()))
                continue;
            const QImage image = m_view->pageImage(page);
            painter.save();
            // A page rendered coarser than the screen (at the caps) is scaled up smoothly.
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.setClipRect(QRectF(margin, rect.top(), width() - 2 * margin, rect.height()));
            if (image.isNull())
                painter.fillRect(rect, Qt::white);
            else
                painter.drawImage(rect, image, QRectF(image.rect())); // whatever resolution it has
            paintMarks(&painter, page, rect);
            painter.restore();
        }
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_view->canvasClicked(event->position());
        QWidget::mouseReleaseEvent(event);
    }

private:
    void paintMarks(QPainter *painter, int page, const QRectF &pageRect)
    {
        const double s = m_view->scale();
        auto onCanvas = [&](const QRectF &box) {
            return QRectF(pageRect.left() + box.left() * s, pageRect.top() + box.top() * s, box.width() * s,
                          box.height() * s)
                .adjusted(-2, -1, 2, 1);
        };
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // Multiply keeps the printed text legible under the finding's colour.
        painter->setCompositionMode(QPainter::CompositionMode_Multiply);
        for (const SourceSpan &span : std::as_const(m_view->m_spans)) {
            if (span.page == page && !span.box.isEmpty())
                painter->fillRect(onCanvas(span.box), m_view->m_findingColour);
        }
        painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
        const SourceSpan &current = m_view->m_current;
        if (current.page == page && !current.box.isEmpty()) {
            QColor fill = palette().color(QPalette::Highlight);
            fill.setAlpha(50);
            painter->setPen(QPen(palette().color(QPalette::Highlight), 2.5));
            painter->setBrush(fill);
            painter->drawRoundedRect(onCanvas(current.box).adjusted(-1, -1, 1, 1), 3, 3);
        }
        painter->restore();
    }

    PdfPageView *m_view;
};

PdfPageView::PdfPageView(QWidget *parent)
    : QScrollArea(parent), m_renderer(std::make_unique<PdfPageRenderer>()), m_images(keptPixels)
{
    m_canvas = new PdfPageCanvas(this);
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter);
    setBackgroundRole(QPalette::Dark);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_adjusting)
            measurePagesInSight();
    });
}

PdfPageView::~PdfPageView() = default;

bool PdfPageView::setDocument(const QString &filePath, QString *error)
{
    return setDocument(QStringList{filePath}, error);
}

bool PdfPageView::setDocument(const QStringList &filePaths, QString *error, const QList<QSizeF> &pageSizes)
{
    clear();
    if (filePaths.isEmpty())
        return false;
    std::unique_ptr<PageRenderer> renderer;
    if (std::all_of(filePaths.cbegin(), filePaths.cend(), &FileReader::isPageImage))
        renderer = ocr::ScanPageRenderer::open(filePaths, error, pageSizes);
    else
        renderer = PdfPageRenderer::open(filePaths.constFirst(), error);
    if (!renderer)
        return false;
    m_renderer = std::move(renderer);
    layoutPages();
    verticalScrollBar()->setValue(0);
    measurePagesInSight();
    return true;
}

void PdfPageView::clear()
{
    m_renderer = std::make_unique<PdfPageRenderer>(); // no pages
    m_text = QRectF();
    m_images.clear();
    m_renderCount = 0;
    m_largestImage = QSize();
    m_spans.clear();
    m_current = SourceSpan();
    layoutPages();
}

int PdfPageView::pageCount() const
{
    return m_renderer->pageCount();
}

int PdfPageView::measuredPageCount() const
{
    return m_renderer->measuredPageCount();
}

void PdfPageView::layoutPages()
{
    m_pageTops.clear();
    // The pane is narrow: fit the width of the printed text (of the pages measured so far), not of
    // the paper with its margins.
    double left = 0, right = 0;
    for (int page = 1; page <= pageCount(); ++page)
        right = std::max(right, m_renderer->pageSize(page).width());
    if (!m_text.isEmpty()) {
        left = std::max(0.0, m_text.left() - textPadding);
        right = std::min(right, m_text.right() + textPadding);
    }
    m_left = left;
    const double widest = right - left;
    const double scale = targetScale(widest);
    const bool changed = !qFuzzyCompare(scale, m_scale);
    if (changed)
        m_images.clear();
    m_scale = scale;
    double y = margin;
    for (int page = 1; page <= pageCount(); ++page) {
        m_pageTops.append(y);
        y += m_renderer->pageSize(page).height() * m_scale + margin;
    }
    m_canvas->resize(int(widest * m_scale) + 2 * margin, pageCount() > 0 ? int(y) : 0);
    m_canvas->update();
    if (changed)
        Q_EMIT zoomChanged(m_scale);
}

double PdfPageView::targetScale(double widest) const
{
    if (widest <= 0)
        return 1.0;
    const int available = viewport()->width() - 2 * margin;
    switch (m_zoomMode) {
    case ZoomMode::FitWidth:
        return std::clamp(available / widest, minScale, maxScale);
    case ZoomMode::FitPage: {
        // The tallest page whole in the pane (and no wider than it).
        double tallest = 0;
        for (int page = 1; page <= pageCount(); ++page)
            tallest = std::max(tallest, m_renderer->pageSize(page).height());
        const double byHeight = tallest > 0 ? (viewport()->height() - 2 * margin) / tallest : maxScale;
        return std::clamp(std::min(available / widest, byHeight), minScale, maxScale);
    }
    case ZoomMode::Custom:
        break;
    }
    return std::clamp(m_customScale, minScale, maxZoomScale);
}

void PdfPageView::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    relayoutKeepingPlace();
    measurePagesInSight();
}

void PdfPageView::zoomBy(double factor, const QPointF &anchor)
{
    if (pageCount() == 0)
        return;
    const QPointF at = anchor.x() < 0 ? QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0) : anchor;
    // The point of the page under `at` stays under it.
    const QPointF canvasBefore(horizontalScrollBar()->value() + at.x(), verticalScrollBar()->value() + at.y());
    const double before = m_scale;
    m_customScale = std::clamp(m_scale * factor, minScale, maxZoomScale);
    m_zoomMode = ZoomMode::Custom;
    const bool adjusting = std::exchange(m_adjusting, true);
    layoutPages();
    const double ratio = m_scale / before;
    horizontalScrollBar()->setValue(qRound(canvasBefore.x() * ratio - at.x()));
    verticalScrollBar()->setValue(qRound(canvasBefore.y() * ratio - at.y()));
    m_adjusting = adjusting;
    measurePagesInSight();
}

void PdfPageView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        zoomBy(std::pow(zoomStep, steps), event->position());
    event->accept();
}

QRectF PdfPageView::pageRect(int page) const
{
    if (page < 1 || page > m_pageTops.size())
        return QRectF();
    const QSizeF size = m_renderer->pageSize(page) * m_scale;
    return QRectF(QPointF(margin - m_left * m_scale, m_pageTops.at(page - 1)), size);
}

QImage PdfPageView::pageImage(int page)
{
    if (QImage *kept = m_images.object(page))
        return *kept;
    const double resolution = std::min({m_scale * devicePixelRatioF(), maxDevicePixelsPerPoint,
                                        resolutionWithin(m_renderer->pageSize(page), maxImagePixels)});
    QImage image = m_renderer->render(page, 72.0 * resolution);
    if (image.isNull())
        return image;
    ++m_renderCount;
    const qint64 pixels = qint64(image.width()) * image.height();
    if (pixels > qint64(m_largestImage.width()) * m_largestImage.height())
        m_largestImage = image.size();
    m_images.insert(page, new QImage(image), pixels);
    return image;
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayoutKeepingPlace();
    measurePagesInSight();
}

void PdfPageView::relayoutKeepingPlace()
{
    const bool adjusting = std::exchange(m_adjusting, true);
    const bool atTop = verticalScrollBar()->value() == verticalScrollBar()->minimum();
    const double middle = verticalScrollBar()->value() + viewport()->height() / 2.0;
    const int page = pageAt(middle);
    const QRectF before = pageRect(page);
    const double within = before.height() > 0 ? (middle - before.top()) / before.height() : 0;
    layoutPages();
    const QRectF after = pageRect(page);
    if (atTop)
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    else if (!after.isNull())
        verticalScrollBar()->setValue(qRound(after.top() + within * after.height() - viewport()->height() / 2.0));
    m_adjusting = adjusting;
}

void PdfPageView::measurePagesInSight()
{
    if (m_adjusting)
        return;
    m_adjusting = true;
    // A wider column shrinks the pages and may bring more of them into sight; each page is measured
    // once and the column only grows, so this ends.
    bool widened = true;
    while (widened) {
        widened = false;
        const double top = verticalScrollBar()->value();
        const double bottom = top + viewport()->height();
        for (int page = 1; page <= m_pageTops.size(); ++page) {
            const QRectF rect = pageRect(page);
            if (rect.bottom() >= top && rect.top() <= bottom)
                widened = measure(page) || widened;
        }
        if (widened)
            relayoutKeepingPlace();
    }
    m_adjusting = false;
}

bool PdfPageView::measure(int page)
{
    const QRectF bounds = m_renderer->textBounds(page);
    if (bounds.isEmpty())
        return false;
    const bool wider = m_text.isEmpty() || bounds.left() < m_text.left() || bounds.right() > m_text.right();
    m_text = m_text.united(bounds);
    return wider;
}

int PdfPageView::pageAt(double canvasY) const
{
    int page = m_pageTops.isEmpty() ? 0 : 1;
    for (int p = 1; p <= m_pageTops.size() && m_pageTops.at(p - 1) <= canvasY; ++p)
        page = p;
    return page;
}

void PdfPageView::setHighlights(const QList<SourceSpan> &findingSpans, const SourceSpan &current,
                                const QColor &findingColour)
{
    m_spans = findingSpans;
    m_current = current;
    m_findingColour = findingColour;
    if (current.page >= 1)
        scrollToSpan(current);
    else {
        for (const SourceSpan &span : findingSpans) {
            if (span.page >= 1) {
                scrollToSpan(span);
                break;
            }
        }
    }
    m_canvas->update();
}

void PdfPageView::scrollToSpan(const SourceSpan &span)
{
    if (pageRect(span.page).isNull())
        return;
    // Its page, or the pages around it once in sight, may widen the column and so shrink the pages:
    // scroll again until the scale holds (it only shrinks, a few times at most).
    if (measure(span.page))
        relayoutKeepingPlace();
    for (int attempt = 0; attempt < 3; ++attempt) {
        const double scale = m_scale;
        const QPointF centre = pageRect(span.page).topLeft() + span.box.center() * m_scale;
        ensureVisible(int(centre.x()), int(centre.y()), viewport()->width() / 3, viewport()->height() / 3);
        if (qFuzzyCompare(scale, m_scale))
            break;
    }
}

QRect PdfPageView::viewportRect(int page, const QRectF &box) const
{
    const QRectF rect = pageRect(page);
    if (rect.isNull())
        return QRect();
    const QRectF onCanvas(rect.topLeft() + box.topLeft() * m_scale, box.size() * m_scale);
    return onCanvas.translated(m_canvas->pos()).toAlignedRect();
}

void PdfPageView::canvasClicked(const QPointF &canvasPoint)
{
    for (int page = 1; page <= pageCount(); ++page) {
        const QRectF rect = pageRect(page);
        if (rect.contains(canvasPoint)) {
            Q_EMIT pointClicked(page, (canvasPoint - rect.topLeft()) / m_scale);
            return;
        }
    }
}

} // namespace gk
