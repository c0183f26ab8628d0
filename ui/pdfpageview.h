#pragma once

#include "model/sourcespan.h"

#include <QCache>
#include <QColor>
#include <QImage>
#include <QList>
#include <QScrollArea>

#include <memory>

namespace gk {

class PdfPageRenderer;
class PdfPageCanvas;

/**
 * The pages of a PDF report as printed, one under the other, their text fitted to the pane's width
 * (the paper's side margins are left out). Pages are
 * rendered when they come into sight, at the resolution of the screen (devicePixelRatio), and a few
 * are kept. Marks the boxes of the current finding's cells and, strongly, the current cell's box,
 * scrolling it into view; reports clicks as points on a page (PDF points, the spans' coordinates).
 */
class PdfPageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    /** Shows the pages of a PDF file; false with a one-line error naming the file and the cause. */
    bool setDocument(const QString &filePath, QString *error = nullptr);
    void clear();
    int pageCount() const;

    /**
     * Marks `findingSpans` with `findingColour` and `current` strongly, and scrolls to the page
     * and box of `current` or else of the first finding span. Spans without a page are ignored.
     */
    void setHighlights(const QList<SourceSpan> &findingSpans, const SourceSpan &current,
                       const QColor &findingColour);
    QList<SourceSpan> highlightedSpans() const { return m_spans; }
    SourceSpan currentSpan() const { return m_current; }
    QColor findingColour() const { return m_findingColour; }

    /** Where a box of a page (PDF points) is, in viewport coordinates. */
    QRect viewportRect(int page, const QRectF &box) const;
    /** The page (1-based) at the middle of the viewport; 0 without a document. */
    int visiblePage() const;
    /** How many page images were rendered since the document was set (they are made lazily). */
    int renderCount() const { return m_renderCount; }

Q_SIGNALS:
    /** The reviewer clicked at this point (PDF points) of this page (1-based). */
    void pointClicked(int page, const QPointF &point);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class PdfPageCanvas;
    void layoutPages();
    void scrollToSpan(const SourceSpan &span);
    double scale() const { return m_scale; }
    /** The page's rectangle on the canvas. */
    QRectF pageRect(int page) const;
    /** The page image at the current scale, rendered now if it is not kept. */
    QImage pageImage(int page);
    void canvasClicked(const QPointF &canvasPoint);

    std::unique_ptr<PdfPageRenderer> m_renderer;
    PdfPageCanvas *m_canvas = nullptr;
    QList<double> m_pageTops; // on the canvas, at the current scale
    double m_scale = 1.0;
    double m_left = 0; // the left edge of what is shown of the pages, in points
    QCache<int, QImage> m_images;
    int m_renderCount = 0;
    QList<SourceSpan> m_spans;
    SourceSpan m_current;
    QColor m_findingColour;
};

} // namespace gk
