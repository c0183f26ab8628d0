#include "pdfpageview.h"

#include "pdfpagerenderer.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace gk {

namespace {
constexpr int margin = 8; // around and between the pages, in device-independent pixels
constexpr int keptPages = 6;
constexpr double textPadding = 12.0; // points of paper kept around the printed text
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
            painter.setClipRect(QRectF(margin, rect.top(), width() - 2 * margin, rect.height()));
            if (image.isNull())
                painter.fillRect(rect, Qt::white);
            else
                painter.drawImage(rect.topLeft(), image);
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
    : QScrollArea(parent), m_renderer(std::make_unique<PdfPageRenderer>()), m_images(keptPages)
{
    m_canvas = new PdfPageCanvas(this);
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter);
    setBackgroundRole(QPalette::Dark);
}

PdfPageView::~PdfPageView() = default;

bool PdfPageView::setDocument(const QString &filePath, QString *error)
{
    clear();
    if (!m_renderer->open(filePath, error))
        return false;
    layoutPages();
    verticalScrollBar()->setValue(0);
    return true;
}

void PdfPageView::clear()
{
    m_renderer->close();
    m_images.clear();
    m_renderCount = 0;
    m_spans.clear();
    m_current = SourceSpan();
    layoutPages();
}

int PdfPageView::pageCount() const
{
    return m_renderer->pageCount();
}

void PdfPageView::layoutPages()
{
    m_pageTops.clear();
    // The pane is narrow: fit the width of the printed text, not of the paper with its margins.
    double left = 0, right = 0;
    QRectF text;
    for (int page = 1; page <= pageCount(); ++page) {
        right = std::max(right, m_renderer->pageSize(page).width());
        text = text.united(m_renderer->textBounds(page));
    }
    if (!text.isEmpty()) {
        left = std::max(0.0, text.left() - textPadding);
        right = std::min(right, text.right() + textPadding);
    }
    m_left = left;
    const double widest = right - left;
    const int available = viewport()->width() - 2 * margin;
    const double scale = widest > 0 ? std::max(0.2, available / widest) : 1.0;
    if (!qFuzzyCompare(scale, m_scale))
        m_images.clear();
    m_scale = scale;
    double y = margin;
    for (int page = 1; page <= pageCount(); ++page) {
        m_pageTops.append(y);
        y += m_renderer->pageSize(page).height() * m_scale + margin;
    }
    m_canvas->resize(int(widest * m_scale) + 2 * margin, pageCount() > 0 ? int(y) : 0);
    m_canvas->update();
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
    const double dpr = devicePixelRatioF();
    QImage image = m_renderer->render(page, 72.0 * m_scale * dpr);
    if (image.isNull())
        return image;
    ++m_renderCount;
    image.setDevicePixelRatio(dpr);
    m_images.insert(page, new QImage(image));
    return image;
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    // Keep the same place of the document in sight while the pages are fitted to the new width.
    const double before =
        m_canvas->height() > 0 ? double(verticalScrollBar()->value()) / m_canvas->height() : 0;
    layoutPages();
    verticalScrollBar()->setValue(int(before * m_canvas->height()));
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
    const QRectF page = pageRect(span.page);
    if (page.isNull())
        return;
    const QPointF centre = page.topLeft() + span.box.center() * m_scale;
    ensureVisible(int(centre.x()), int(centre.y()), viewport()->width() / 3, viewport()->height() / 3);
}

QRect PdfPageView::viewportRect(int page, const QRectF &box) const
{
    const QRectF rect = pageRect(page);
    if (rect.isNull())
        return QRect();
    const QRectF onCanvas(rect.topLeft() + box.topLeft() * m_scale, box.size() * m_scale);
    return onCanvas.translated(m_canvas->pos()).toAlignedRect();
}

int PdfPageView::visiblePage() const
{
    const double middle = verticalScrollBar()->value() + viewport()->height() / 2.0;
    int page = pageCount() > 0 ? 1 : 0;
    for (int p = 1; p <= m_pageTops.size(); ++p) {
        if (m_pageTops.at(p - 1) <= middle)
            page = p;
    }
    return page;
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
