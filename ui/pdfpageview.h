#pragma once

#include "model/sourcespan.h"

#include <QCache>
#include <QColor>
#include <QImage>
#include <QList>
#include <QScrollArea>
#include <QStringList>

#include <memory>

namespace gk {

class PageRenderer;
class PdfPageCanvas;

/**
 * The pages of a PDF report as printed (or of a scanned report as scanned), one under the other, their text fitted to the pane's width
 * (the paper's side margins are left out) up to a largest scale. Nothing is read of a page before it
 * comes into sight: then its text box is measured (widening the fitted column if its text is wider)
 * and it is rendered at the resolution of the screen (devicePixelRatio), within a cap on the pixels
 * of one page; recent pages are kept. Marks the boxes of the current finding's cells and, strongly,
 * the current cell's box, scrolling it into view; reports clicks as points on a page (PDF points,
 * the spans' coordinates).
 */
class PdfPageView : public QScrollArea
{
    Q_OBJECT
public:
    /** Device-independent pixels per PDF point at most: beyond, the text gets bigger, not clearer. */
    static constexpr double maxScale = 3.0;
    /** Device pixels per PDF point at most in a page image, whatever the screen. */
    static constexpr double maxDevicePixelsPerPoint = 4.0;
    /** Pixels at most in the image of one page (a poster-sized page is rendered coarser). */
    static constexpr qint64 maxImagePixels = 12'000'000;

    /** How big the pages are drawn: fitted to the pane's width or to one page, or as the reviewer zoomed. */
    enum class ZoomMode { FitWidth, FitPage, Custom };
    /** The largest scale a reviewer can zoom to (device-independent pixels per PDF point). */
    static constexpr double maxZoomScale = 8.0;
    /** One step of Ctrl+wheel, Ctrl+= or Ctrl+-. */
    static constexpr double zoomStep = 1.25;

    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    /** Shows the pages of a PDF file; false with a one-line error naming the file and the cause. */
    bool setDocument(const QString &filePath, QString *error = nullptr);
    /** The same for a report's files: one PDF, or the page images of a scan (.png, .jpg, .tif) in
     *  order, with the sizes its reader measured (Report::pageSizes: then no image is decoded before
     *  its page comes into sight). */
    bool setDocument(const QStringList &filePaths, QString *error = nullptr, const QList<QSizeF> &pageSizes = {});
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

    ZoomMode zoomMode() const { return m_zoomMode; }
    /** Device-independent pixels per PDF point now. */
    double scale() const { return m_scale; }
    /** Zooms by `factor` about a point of the viewport (its centre by default), keeping that point in place. */
    void zoomBy(double factor, const QPointF &anchor = QPointF(-1, -1));
    void zoomIn() { zoomBy(zoomStep); }
    void zoomOut() { zoomBy(1.0 / zoomStep); }
    void fitWidth() { setZoomMode(ZoomMode::FitWidth); }
    void fitPage() { setZoomMode(ZoomMode::FitPage); }
    void setZoomMode(ZoomMode mode);

    /** Where a box of a page (PDF points) is, in viewport coordinates. */
    QRect viewportRect(int page, const QRectF &box) const;
    /** How many page images were rendered since the document was set (they are made lazily). */
    int renderCount() const { return m_renderCount; }
    /** How many pages' text boxes were measured since the document was set (also lazily). */
    int measuredPageCount() const;
    /** The largest page image (in pixels) rendered since the document was set. */
    QSize largestImageSize() const { return m_largestImage; }

Q_SIGNALS:
    /** The reviewer clicked at this point (PDF points) of this page (1-based). */
    void pointClicked(int page, const QPointF &point);
    void zoomChanged(double scale);

protected:
    void resizeEvent(QResizeEvent *event) override;
    /** Ctrl+wheel zooms about the pointer; the wheel alone scrolls. */
    void wheelEvent(QWheelEvent *event) override;

private:
    friend class PdfPageCanvas;
    void layoutPages();
    /**
     * Lays the pages out again, keeping the place of the document at the middle of the viewport
     * (or the top of the document at the top).
     */
    void relayoutKeepingPlace();
    /** Measures the text of the pages in sight, fitting the pages again while that widens the column. */
    void measurePagesInSight();
    /** Adds the page's text box to the fitted column; true when that widened the column. */
    bool measure(int page);
    /** The page (1-based) at this height of the canvas; 0 without a document. */
    int pageAt(double canvasY) const;
    void scrollToSpan(const SourceSpan &span);
    /** The scale the zoom mode asks for at the viewport's present size. */
    double targetScale(double widest) const;
    /** The page's rectangle on the canvas. */
    QRectF pageRect(int page) const;
    /** The page image at the current scale, rendered now if it is not kept. */
    QImage pageImage(int page);
    void canvasClicked(const QPointF &canvasPoint);

    std::unique_ptr<PageRenderer> m_renderer;
    PdfPageCanvas *m_canvas = nullptr;
    QList<double> m_pageTops; // on the canvas, at the current scale
    double m_scale = 1.0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    double m_customScale = 1.0;
    double m_left = 0; // the left edge of what is shown of the pages, in points
    QRectF m_text;     // the text boxes of the pages measured so far, united (points)
    bool m_adjusting = false; // laying out or measuring: scrolling meanwhile is not the reviewer's
    QCache<int, QImage> m_images; // their cost is their pixels
    int m_renderCount = 0;
    QSize m_largestImage;
    QList<SourceSpan> m_spans;
    SourceSpan m_current;
    QColor m_findingColour;
};

} // namespace gk
