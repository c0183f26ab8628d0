// The page view of a PDF report, offscreen: the window shows the rendered pages (lazily), selecting a
// cell shows its page and marks its box, a click on a box selects its cell; other formats and scans
// keep the text view and the reader's message. Long PDFs open without reading every page; a wide
// pane does not blow the pages up without bound.
#include "mainwindow.h"
#include "pdfpageview.h"
#include "pdfreader.h"
#include "reviewdocument.h"
#include "sourceview.h"
#include "tablespane.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace gk;

class tst_PdfPageView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    // A copy of a fixture: the review file is written beside the report.
    QString copyOf(const QString &fixture)
    {
        const QString path = m_dir->filePath(fixture);
        if (!QFile::exists(path))
            QFile::copy(QStringLiteral(GK_TEST_DATA_DIR "/formats/") + fixture, path);
        return path;
    }

    std::unique_ptr<MainWindow> openWindow(const QString &fixture)
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        QString error;
        if (!window->openFile(copyOf(fixture), &error))
            qWarning("%s", qPrintable(error));
        return window;
    }

    // A PDF written here (long or poster-sized reports are too big to keep as fixtures): `pages`
    // pages of `paper` (points), `draw` paints each in points from the paper's top left.
    QString writePdf(const QString &name, int pages, const QSizeF &paper,
                     const std::function<void(QPainter *, int)> &draw)
    {
        const QString path = m_dir->filePath(name);
        QPdfWriter writer(path);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(paper, QPageSize::Point));
        writer.setPageMargins(QMarginsF());
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSizeF(11);
        painter.setFont(font);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                writer.newPage();
            draw(&painter, page);
        }
        return painter.end() ? path : QString();
    }

    static void drawLines(QPainter *painter, double left, double right, double top, int lines)
    {
        for (int line = 0; line < lines; ++line) {
            const QRectF rect(left, top + line * 16, right - left, 14);
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Text line %1").arg(line));
            painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("end %1").arg(line));
        }
    }

    // The pages (some part of which is) in the viewport.
    static int pagesInSight(PdfPageView *view)
    {
        int count = 0;
        for (int page = 1; page <= view->pageCount(); ++page) {
            const QRect rect = view->viewportRect(page, QRectF(0, 0, 1, 842));
            count += rect.bottom() >= 0 && rect.top() < view->viewport()->height() ? 1 : 0;
        }
        return count;
    }

    static QImage grabViewport(PdfPageView *view)
    {
        view->viewport()->repaint();
        const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        // In the viewport's coordinates, whatever the screen's pixel ratio (QT_SCALE_FACTOR=2).
        return image.size() == view->viewport()->size() ? image : image.scaled(view->viewport()->size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        registerPdfReader();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void showsRenderedPagesLazily()
    {
        auto window = openWindow(QStringLiteral("003.pdf"));
        QVERIFY(window->document()->isOpen());
        PdfPageView *view = window->pageView();
        QCOMPARE(window->sourceTabs()->currentWidget(), view);
        QVERIFY(window->sourceTabs()->tabBar()->isVisible());
        QVERIFY(view->pageCount() >= 3);
        grabViewport(view);
        // Only the pages in sight are rendered, not the whole report up front.
        QVERIFY(view->renderCount() >= 1);
        QVERIFY2(view->renderCount() < view->pageCount(), qPrintable(QString::number(view->renderCount())));
        // The Text tab still holds the text as read.
        QCOMPARE(window->sourceView()->toPlainText().size(), window->document()->report().text.size());
    }

    void selectingACellShowsItsBox_data()
    {
        QTest::addColumn<QString>("cellId");
        QTest::newRow("article 20 on an early page")
            << QStringLiteral("art20_1.normative_docs.total_published");
        QTest::newRow("applications total") << QStringLiteral("applications.new_received.total");
        QTest::newRow("reviews at the end") << QStringLiteral("reviews.all.after_total");
    }

    void selectingACellShowsItsBox()
    {
        QFETCH(QString, cellId);
        auto window = openWindow(QStringLiteral("003.pdf"));
        PdfPageView *view = window->pageView();
        const ReportCell *cell = window->document()->report().cell(cellId);
        QVERIFY(cell);
        QVERIFY2(cell->span.page >= 1 && !cell->span.box.isEmpty(), "a PDF cell keeps its page and box");
        window->selectCell(cellId);
        QCOMPARE(view->currentSpan(), cell->span);
        QCOMPARE(view->currentSpan().box, cell->span.box);
        const QRect box = view->viewportRect(cell->span.page, cell->span.box);
        QVERIFY2(view->viewport()->rect().contains(box), "the cell's box is scrolled into view");

        // The box is marked: its pixels change between the plain page and the marked one.
        view->setHighlights({}, SourceSpan(), QColor());
        const QImage plain = grabViewport(view);
        window->selectCell(cellId);
        const QImage marked = grabViewport(view);
        QCOMPARE(marked.size(), plain.size());
        int changed = 0;
        const QRect inside = box.adjusted(-4, -4, 4, 4) & marked.rect();
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            for (int x = inside.left(); x <= inside.right(); ++x)
                changed += marked.pixel(x, y) != plain.pixel(x, y) ? 1 : 0;
        }
        QVERIFY2(changed > box.width(), qPrintable(QString::number(changed)));
    }

    void findingMarksItsCellsInTheFindingColour()
    {
        auto window = openWindow(QStringLiteral("003.pdf"));
        ReviewDocument *document = window->document();
        document->setCellValue(QStringLiteral("applications.new_received.total"), CellValue::number(221));
        int finding = -1;
        for (int i = 0; i < document->findings().size(); ++i) {
            if (document->findings().at(i).rule == QLatin1String("applications.row_total"))
                finding = i;
        }
        QVERIFY(finding >= 0);
        window->selectFinding(finding);
        PdfPageView *view = window->pageView();
        QCOMPARE(view->highlightedSpans().size(), document->findings().at(finding).cells.size());
        QVERIFY(view->findingColour().isValid());
        for (const SourceSpan &span : view->highlightedSpans())
            QVERIFY(span.page >= 1);
    }

    void clickingABoxSelectsItsCell_data()
    {
        QTest::addColumn<QString>("cellId");
        QTest::addColumn<QString>("neighbour");
        QTest::newRow("a value") << QStringLiteral("applications.withheld_process.natural_person")
                                 << QStringLiteral("applications.withheld_process.total");
        QTest::newRow("a total") << QStringLiteral("applications.result_total.total")
                                 << QStringLiteral("applications.result_total.natural_person");
        QTest::newRow("reviews") << QStringLiteral("reviews.all.review_upheld")
                                 << QStringLiteral("reviews.all.review_total");
    }

    void clickingABoxSelectsItsCell()
    {
        QFETCH(QString, cellId);
        QFETCH(QString, neighbour);
        auto window = openWindow(QStringLiteral("003.pdf"));
        PdfPageView *view = window->pageView();
        window->selectCell(neighbour); // brings the page into view
        QCOMPARE(window->tablesPane()->currentCellId(), neighbour);
        const ReportCell *cell = window->document()->report().cell(cellId);
        QVERIFY(cell);
        const QRect box = view->viewportRect(cell->span.page, cell->span.box);
        QVERIFY(view->viewport()->rect().contains(box.center()));
        QWidget *canvas = view->widget();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->mapFrom(view->viewport(), box.center()));
        QCOMPARE(window->tablesPane()->currentCellId(), cellId);
        QCOMPARE(view->currentSpan(), cell->span);
    }

    void borderlessPdfLinksItsCellsToo()
    {
        auto window = openWindow(QStringLiteral("borderless001.pdf"));
        const QString cellId = QStringLiteral("applications.new_received.total");
        const ReportCell *cell = window->document()->report().cell(cellId);
        QVERIFY(cell && cell->span.page >= 1);
        QCOMPARE(window->document()->cellAtPoint(cell->span.page, cell->span.box.center()), cellId);
    }

    void otherFormatsShowOnlyTheText()
    {
        auto window = openWindow(QStringLiteral("003.html"));
        QVERIFY(window->document()->isOpen());
        QCOMPARE(window->sourceTabs()->currentWidget(), window->sourceView());
        QVERIFY(!window->sourceTabs()->tabBar()->isVisible());
        QCOMPARE(window->pageView()->pageCount(), 0);
    }

    void longPdfReadsOnlyThePagesInSight()
    {
        constexpr int pages = 80;
        const QString path = writePdf(QStringLiteral("long.pdf"), pages, QSizeF(595, 842),
                                      [](QPainter *painter, int) { drawLines(painter, 90, 500, 80, 40); });
        QVERIFY(!path.isEmpty());
        PdfPageView view;
        view.resize(600, 800);
        view.show();
        QString error;
        QVERIFY2(view.setDocument(path, &error), qPrintable(error));
        QCOMPARE(view.pageCount(), pages);
        // Opening measured the text of the pages in sight only, not of all of them.
        QVERIFY(pagesInSight(&view) >= 1);
        QCOMPARE(view.measuredPageCount(), pagesInSight(&view));
        grabViewport(&view);
        QCOMPARE(view.renderCount(), pagesInSight(&view));
        // Scrolling to the end measures the pages come into sight there, still not the middle.
        const int before = view.measuredPageCount();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QCOMPARE(view.measuredPageCount(), before + pagesInSight(&view));
        QVERIFY(view.measuredPageCount() < pages / 4);
    }

    void widerTextOnALaterPageWidensTheColumn()
    {
        constexpr int widePage = 30;
        // Text between 150 and 450 points, but on one page a table runs from 40 to 560.
        const QString path = writePdf(QStringLiteral("wider.pdf"), 40, QSizeF(595, 842),
                                      [](QPainter *painter, int page) {
                                          if (page == widePage)
                                              drawLines(painter, 40, 560, 400, 3);
                                          drawLines(painter, 150, 450, 80, 10);
                                      });
        QVERIFY(!path.isEmpty());
        PdfPageView view;
        view.resize(500, 700);
        view.show();
        QVERIFY(view.setDocument(path));
        const QRectF wideLine(50, 400, 500, 14);
        // Page 30 is not read yet: the column fits the narrow text and the wide line runs off the pane.
        QVERIFY(view.measuredPageCount() < widePage);
        QVERIFY(!view.viewport()->rect().contains(view.viewportRect(widePage, wideLine)));

        SourceSpan span = SourceSpan::at(0, 1);
        span.page = widePage;
        span.box = wideLine;
        view.setHighlights({}, span, QColor(Qt::yellow));
        const QRect line = view.viewportRect(widePage, wideLine);
        QVERIFY2(view.viewport()->rect().contains(line),
                 qPrintable(QStringLiteral("line %1,%2 %3x%4 in a viewport %5 wide")
                                .arg(line.x()).arg(line.y()).arg(line.width()).arg(line.height())
                                .arg(view.viewport()->width())));
    }

    void wideViewCapsTheScale()
    {
        PdfPageView view;
        view.resize(6000, 900);
        view.show();
        QVERIFY(view.setDocument(copyOf(QStringLiteral("003.pdf"))));
        grabViewport(&view);
        const QRect hundredPoints = view.viewportRect(1, QRectF(100, 100, 100, 100));
        QVERIFY2(hundredPoints.width() <= 100 * PdfPageView::maxScale + 2, qPrintable(QString::number(hundredPoints.width())));
        QVERIFY(view.widget()->width() < view.viewport()->width());
        QVERIFY(view.renderCount() >= 1);
        const QSize image = view.largestImageSize();
        QVERIFY(image.width() <= 595 * PdfPageView::maxDevicePixelsPerPoint + 1);
        QVERIFY(qint64(image.width()) * image.height() <= PdfPageView::maxImagePixels);
    }

    void posterPageStaysWithinThePixelCap()
    {
        // Narrow text on a poster-sized page in a wide pane: at full resolution ~70 million pixels.
        const QSizeF poster(2400, 3400);
        const QString path = writePdf(QStringLiteral("poster.pdf"), 1, poster,
                                      [](QPainter *painter, int) { drawLines(painter, 1100, 1300, 100, 60); });
        QVERIFY(!path.isEmpty());
        PdfPageView view;
        view.resize(1000, 800);
        view.show();
        QVERIFY(view.setDocument(path));
        const QImage shown = grabViewport(&view);
        QCOMPARE(view.renderCount(), 1);
        const QSize image = view.largestImageSize();
        QVERIFY2(qint64(image.width()) * image.height() <= PdfPageView::maxImagePixels,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        // The page is still drawn at its size on the pane (scaled up), its text in sight.
        const QRect onPane = view.viewportRect(1, QRectF(QPointF(), poster));
        QVERIFY(onPane.width() > image.width());
        const QRect text = view.viewportRect(1, QRectF(1100, 100, 200, 14)) & shown.rect();
        QVERIFY(!text.isEmpty());
        int dark = 0;
        for (int y = text.top(); y <= text.bottom(); ++y) {
            for (int x = text.left(); x <= text.right(); ++x)
                dark += qGray(shown.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY2(dark > 10, qPrintable(QString::number(dark)));
    }

    void scanGivesItsMessage()
    {
        MainWindow window;
        QString error;
        QVERIFY(!window.openFile(copyOf(QStringLiteral("scan.pdf")), &error));
        QCOMPARE(error, QStringLiteral("scan.pdf: has no text layer (a scanned image?); nothing to read"));
        QVERIFY(!window.document()->isOpen());
    }
};

QTEST_MAIN(tst_PdfPageView)
#include "tst_pdfpageview.moc"
