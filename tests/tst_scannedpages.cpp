// A scanned report opened as several page images in the window: chosen together they are one
// report, in their natural order; its pages show in the page view with every cell's box on its
// digits; the recent list remembers all the images and opens them together again.
#include "mainwindow.h"
#include "ocrreader.h"
#include "pdfpageview.h"
#include "pdfreader.h"
#include "recentfiles.h"
#include "reviewdocument.h"
#include "scanpageimage.h"
#include "tablespane.h"
#include "windowtesthelpers.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace gk;

class tst_ScannedPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_pages; // in page order
    QString m_corrected; // a cell corrected in the first test, its review kept beside the first image

    static QImage grabViewport(PdfPageView *view)
    {
        view->viewport()->repaint();
        const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
        return image.size() == view->viewport()->size() ? image : image.scaled(view->viewport()->size());
    }

    /** The share of dark pixels in a rectangle of a grey image. */
    static double darkShare(const QImage &image, const QRect &rect)
    {
        const QRect inside = rect.intersected(image.rect());
        if (inside.isEmpty())
            return 0;
        int dark = 0;
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = inside.left(); x <= inside.right(); ++x)
                dark += line[x] < 128 ? 1 : 0;
        }
        return double(dark) / (inside.width() * inside.height());
    }

    /** Drops the files on the window, as from a file manager; true when they opened. */
    bool drop(MainWindow *window, const QStringList &files)
    {
        QList<QUrl> urls;
        for (const QString &file : files)
            urls.append(QUrl::fromLocalFile(file));
        QSignalSpy finished(window, &MainWindow::openFinished);
        return test::dropUrls(window, urls) && finished.wait(60000) && finished.constFirst().at(1).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("gkreview-tests"));
        QSettings().clear();
        registerPdfReader();
        registerOcrReader();
        QVERIFY(m_dir.isValid());
        // Named so that their order as text (page10 before page2) is not the pages' order.
        const QStringList names{QStringLiteral("page2.png"), QStringLiteral("page10.png")};
        for (int page = 1; page <= 2; ++page) {
            m_pages.append(m_dir.filePath(names.at(page - 1)));
            QVERIFY(test::scanPageImage(QStringLiteral("scan003-200.pdf"), page).save(m_pages.last()));
        }
    }

    void pageImagesDroppedTogetherAreOneReport()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(drop(&window, {m_pages.at(1), m_pages.at(0)}));
        ReviewDocument *document = window.document();
        QCOMPARE(document->files(), m_pages);
        QCOMPARE(document->filePath(), m_pages.first());
        QCOMPARE(document->report().format, QStringLiteral("ocr"));

        // Both pages are in the page view, shown first; a cell of the second page has its box on its digits.
        PdfPageView *view = window.pageView();
        QCOMPARE(window.sourceTabs()->currentWidget(), view);
        QVERIFY(window.sourceTabs()->tabBar()->isVisible());
        QCOMPARE(view->pageCount(), 2);
        QString cellId;
        for (const ReportTable &table : document->report().tables) {
            for (const ReportCell &cell : table.cells) {
                if (cellId.isEmpty() && cell.span.page == 2 && cell.value.number() >= 10 && !cell.uncertain)
                    cellId = cell.id;
            }
        }
        QVERIFY2(!cellId.isEmpty(), "a two-digit value read from the second page");
        window.selectCell(cellId);
        const ReportCell *cell = document->report().cell(cellId);
        const QRect box = view->viewportRect(2, cell->span.box);
        QVERIFY(view->viewport()->rect().contains(box));
        const QImage shown = grabViewport(view);
        QVERIFY(view->renderCount() >= 1);
        // The middle of the box holds the digits (ink), the margin of the page beside it none.
        const QRect digits = box.adjusted(box.width() / 5, box.height() / 5, -box.width() / 5, -box.height() / 5);
        const QRect margin = view->viewportRect(2, QRectF(4, cell->span.box.top(), 20, cell->span.box.height()));
        QVERIFY2(darkShare(shown, digits) > 0.02, qPrintable(QString::number(darkShare(shown, digits))));
        QVERIFY2(darkShare(shown, margin) < darkShare(shown, digits) / 4, qPrintable(QString::number(darkShare(shown, margin))));
        // Clicking the box selects the cell again.
        window.selectCell(QStringLiteral("applications.new_received.total"));
        QWidget *canvas = view->widget();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->mapFrom(view->viewport(), view->viewportRect(2, cell->span.box).center()));
        QCOMPARE(window.tablesPane()->currentCellId(), cellId);

        // A correction is saved beside the first image, for the report of both pages.
        document->setCellValue(cellId, CellValue::number(cell->value.number() + 1));
        QVERIFY(QFile::exists(m_pages.first() + QStringLiteral(".gkreview.json")));
        m_corrected = cellId;
    }

    void theRecentListOpensAllThePagesAgain()
    {
        RecentFiles recent;
        const QString entry = QFileInfo(m_pages.first()).absoluteFilePath();
        QCOMPARE(recent.files().value(0), entry);
        QCOMPARE(recent.filesOf(entry), m_pages);
        QVERIFY(recent.title(entry).contains(QStringLiteral("page10.png")));

        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::openFinished);
        window.openRecent(entry);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.constFirst().at(1).toBool());
        QCOMPARE(window.document()->files(), m_pages);
        QCOMPARE(window.pageView()->pageCount(), 2);
        // The review made for these pages is theirs: applied, not held back as made for other contents.
        QVERIFY(!m_corrected.isEmpty());
        QVERIFY(!window.document()->hasPendingReview());
        const Review *review = window.document()->review();
        QCOMPARE(review->value(m_corrected).number(), review->originalValue(m_corrected).number() + 1);
        // A later one-file report of the same name drops the pages it had.
        recent.add(entry);
        QCOMPARE(RecentFiles().filesOf(entry), QStringList{entry});
    }

    /** A colour scan is shown in colour (a red seal stays red), though it is read in grey. */
    void aColourScanIsShownInColour()
    {
        QImage page = test::scanPageImage(QStringLiteral("scan003-200.pdf"), 1).convertToFormat(QImage::Format_RGB32);
        QVERIFY(!page.isNull());
        const QRect seal(page.width() / 2 - 100, page.height() / 4 - 100, 200, 200);
        {
            QPainter painter(&page);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(220, 30, 30));
            painter.drawEllipse(seal);
        }
        const QString path = m_dir.filePath(QStringLiteral("colour.png"));
        QVERIFY(page.save(path));

        PdfPageView view;
        view.resize(600, 800);
        view.show();
        QString error;
        QVERIFY2(view.setDocument(QStringList{path}, &error), qPrintable(error));
        const double pointsPerPixel = 72.0 / ocr::ScanSource::pdfDpi;
        const QRectF sealInPoints(seal.topLeft() * pointsPerPixel, seal.size() * pointsPerPixel);
        const QPoint centre = view.viewportRect(1, sealInPoints).center();
        view.viewport()->repaint();
        const QImage shown = view.viewport()->grab().toImage().scaled(view.viewport()->size());
        const QColor colour = shown.pixelColor(centre);
        QVERIFY2(colour.red() > 150 && colour.green() < 90 && colour.blue() < 90, qPrintable(colour.name()));
    }

    /** Files that are not all page images are not one report: the first opens, the status bar says
     *  what was left out (a report dropped with its review file, two reports at once). */
    void filesThatAreNotAllPageImagesOpenTheFirst()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("一、总体情况") > 0);
        notes.close();
        QCOMPARE(MainWindow::oneReportOf({text, m_pages.first()}), QStringList{text});
        QCOMPARE(MainWindow::oneReportOf({m_pages.first(), text}), QStringList{m_pages.first()});
        QCOMPARE(MainWindow::oneReportOf({m_pages.last(), m_pages.first()}), m_pages);

        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::openFinished);
        window.openChosenFiles({text, m_pages.first()});
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.constFirst().at(1).toBool());
        QCOMPARE(window.document()->files(), QStringList{text});
        const QString note = window.statusBar()->currentMessage();
        QVERIFY2(note.contains(QStringLiteral("notes.txt")) && note.contains(QLatin1Char('1')), qPrintable(note));
    }
};

QTEST_MAIN(tst_ScannedPages)
#include "tst_scannedpages.moc"
