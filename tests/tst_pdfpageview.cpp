// The page view of a PDF report, offscreen: the window shows the rendered pages (lazily), selecting a
// cell shows its page and marks its box, a click on a box selects its cell; other formats and scans
// keep the text view and the reader's message.
#include "mainwindow.h"
#include "pdfpageview.h"
#include "pdfreader.h"
#include "reviewdocument.h"
#include "sourceview.h"
#include "tablespane.h"

#include <QFile>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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

    static QImage grabViewport(PdfPageView *view)
    {
        view->viewport()->repaint();
        return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
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
