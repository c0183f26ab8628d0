// Scanned reports (tests/data/scans, made by make_scans.sh from tests/data/formats: pages rendered
// in grey, skewed, noised, blurred, back into image-only PDFs) read by OCR through the whole
// pipeline: every cell the reader calls certain is the golden value, every wrong reading is marked
// uncertain (no silent misread), and at 200 dpi at least 95 % of the cells come out certain.
#include "export/reportjson.h"
#include "io/filereader.h"
#include "io/readprogress.h"
#include "ocrreader.h"
#include "pdfreader.h"
#include "pipeline/extractor.h"
#include "scanpageimage.h"
#include "scansource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

namespace {

const QString scans = QStringLiteral(GK_TEST_DATA_DIR "/scans/");

QJsonObject golden(const QString &name)
{
    QFile file(QStringLiteral(GK_SHARED_DIR "/golden/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

class CountingProgress : public ReadProgress
{
public:
    int cancelAfter = -1;
    QList<int> steps;
    int total = 0;
    void stepDone(int done, int all) override
    {
        steps.append(done);
        total = all;
    }
    bool isCanceled() const override { return cancelAfter >= 0 && steps.size() >= cancelAfter; }
};

} // namespace

class TestOcrReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerPdfReader();
        registerOcrReader();
    }

    void init()
    {
        // CI installs the data through scripts/deps.sh, so there these tests always run.
        if (!OcrReader::hasLanguageData())
            QSKIP("Tesseract's language data is not installed (apt-get install tesseract-ocr-chi-sim "
                  "tesseract-ocr-eng; scripts/deps.sh does it)");
    }

    void scannedMatchesGolden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<double>("minimumCertain");
        QTest::newRow("001 at 200 dpi") << QStringLiteral("scan001-200.pdf") << QStringLiteral("001_7097c5c10f7e9ea9") << 0.95;
        QTest::newRow("003 at 200 dpi") << QStringLiteral("scan003-200.pdf") << QStringLiteral("003_a2303bdcaefa6cda") << 0.95;
        // Finer than the PDF is rendered at: its thin rulings are lost at 200 dpi (no table was found).
        QTest::newRow("001 at 300 dpi") << QStringLiteral("scan001-300.pdf") << QStringLiteral("001_7097c5c10f7e9ea9") << 0.95;
        // Coarser scans: still no silent misread; fewer cells may come out certain.
        QTest::newRow("003 at 150 dpi") << QStringLiteral("scan003-150.pdf") << QStringLiteral("003_a2303bdcaefa6cda") << 0.80;
    }

    void scannedMatchesGolden()
    {
        QFETCH(QString, file);
        QFETCH(QString, golden);
        QFETCH(double, minimumCertain);
        const QJsonObject want = ::golden(golden);
        if (want.isEmpty())
            QSKIP("the shared golden files are not here");
        const Extractor::Result result = Extractor::extract(scans + file);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.report.format, QStringLiteral("ocr"));
        const QJsonObject got = ReportJson::toJson(result.report, {});
        QCOMPARE(got.value(QLatin1String("template")), want.value(QLatin1String("template")));
        const QJsonObject wantCells = want.value(QLatin1String("cells")).toObject();
        const QJsonObject gotCells = got.value(QLatin1String("cells")).toObject();
        QStringList uncertain;
        for (const QJsonValue &id : got.value(QLatin1String("uncertain")).toArray())
            uncertain.append(id.toString());
        QStringList silent;
        int certain = 0;
        for (auto it = wantCells.constBegin(); it != wantCells.constEnd(); ++it) {
            const QJsonValue value = gotCells.value(it.key());
            const bool same = it.value().isNull() ? value.isNull()
                                                  : value.isDouble() && qAbs(value.toDouble() - it.value().toDouble()) < 1e-6;
            if (uncertain.contains(it.key()))
                continue;
            ++certain;
            if (!same)
                silent.append(it.key() + QLatin1Char('=') + QString::number(value.toDouble()));
        }
        QVERIFY2(silent.isEmpty(), qPrintable(QStringLiteral("silent misreads: ") + silent.join(QLatin1Char(' '))));
        const double share = double(certain) / double(wantCells.size());
        QVERIFY2(share >= minimumCertain, qPrintable(QStringLiteral("%1 of %2 cells certain (%3 uncertain: %4)")
                                                         .arg(certain)
                                                         .arg(wantCells.size())
                                                         .arg(uncertain.size())
                                                         .arg(uncertain.join(QLatin1Char(' ')))));
    }

    /** Each value keeps its page and its box on the page, for the page view. */
    void valuesKeepTheirBoxes()
    {
        const Extractor::Result result = Extractor::extract(scans + QStringLiteral("scan003-200.pdf"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const ReportCell *cell = result.report.cell(QStringLiteral("applications.new_received.total"));
        QVERIFY(cell);
        QCOMPARE(cell->value.number(), 220.0);
        QVERIFY(cell->span.page >= 1);
        QVERIFY(!cell->span.box.isEmpty());
        // the 总计 column is the rightmost of the page: well right of the middle of an A4 page
        QVERIFY2(cell->span.box.left() > 400 && cell->span.box.right() < 595, qPrintable(QString::number(cell->span.box.left())));
        QVERIFY(cell->span.box.width() < 100 && cell->span.box.height() < 60);
    }

    /** A PDF with a text layer still goes to the PDF reader. */
    void textPdfIsNoScan()
    {
        const ReadResult read = FileReader::read(QStringLiteral(GK_TEST_DATA_DIR "/formats/003.pdf"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.document.format, QStringLiteral("pdf"));
        QVERIFY(read.document.ocrReadings.isEmpty());
    }

    /** Page images open the same way: a page saved as PNG or JPEG, and two pages together. */
    void imageFiles_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("jpg") << QStringLiteral("jpg");
    }
    void imageFiles()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        QStringList paths;
        for (int page = 1; page <= 2; ++page) {
            const QString path = dir.filePath(QStringLiteral("page%1.").arg(page) + suffix);
            QVERIFY(test::scanPageImage(QStringLiteral("scan003-200.pdf"), page).save(path));
            paths.append(path);
        }
        const ReadResult one = FileReader::read(paths.first());
        QVERIFY2(one.ok, qPrintable(one.error));
        QCOMPARE(one.document.format, QStringLiteral("ocr"));
        QVERIFY(one.document.text.contains(QStringLiteral("行政许可")));
        QVERIFY(!one.document.ocrReadings.isEmpty());
        const ReadResult both = FileReader::readPages(paths);
        QVERIFY2(both.ok, qPrintable(both.error));
        QCOMPARE(both.document.pages.size(), 2);
        QCOMPARE(both.document.filePath, paths.first());
        QCOMPARE(both.document.pageFiles, paths);
        QCOMPARE(both.document.pages.at(1).number, 2);
        QVERIFY(both.document.text.contains(QStringLiteral("行政处罚")));
        // the page size comes from the image's resolution: an A4 page
        QVERIFY(qAbs(both.document.pages.first().size.width() - 595) < 10);
    }

    /** Files read together are the pages of one report: each must be a page image that can be read. */
    void severalFilesAreOnlyPageImages()
    {
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("page1.png"));
        QVERIFY(test::scanPageImage(QStringLiteral("scan003-150.pdf"), 1).save(page));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("一、总体情况") > 0);
        notes.close();
        const QString folder = dir.filePath(QStringLiteral("folder.png"));
        QVERIFY(QDir().mkpath(folder));
        const QString broken = dir.filePath(QStringLiteral("page2.png"));
        QFile garbage(broken);
        QVERIFY(garbage.open(QIODevice::WriteOnly) && garbage.write(QByteArray(4096, 'x')) > 0);
        garbage.close();

        const struct
        {
            QStringList files;
            QString named;
        } cases[] = {
            {{page, text}, QStringLiteral("notes.txt: ")},
            {{page, dir.filePath(QStringLiteral("gone.png"))}, QStringLiteral("gone.png: ")},
            {{page, folder}, QStringLiteral("folder.png: ")}, // a folder is no page, whatever its name
            {{page, broken}, QStringLiteral("page2.png: ")},
        };
        for (const auto &c : cases) {
            const ReadResult read = FileReader::readPages(c.files);
            QVERIFY(!read.ok);
            QVERIFY2(read.error.startsWith(c.named), qPrintable(read.error));
            QVERIFY(!read.error.contains(QLatin1Char('\n')));
        }
        QStringList tooMany;
        for (int i = 0; i <= FileReader::maximumPageFiles; ++i)
            tooMany.append(page);
        QVERIFY(!FileReader::readPages(tooMany).ok);
        QVERIFY(!FileReader::readPages({}).ok);
    }

    /** A red seal stamped over a table of a colour scan: the table reads as it does without it. */
    void aRedSealOverATableIsSeenThrough()
    {
        QTemporaryDir dir;
        const QImage plain = test::scanPageImage(QStringLiteral("scan003-200.pdf"), 2);
        const QString plainPath = dir.filePath(QStringLiteral("plain.png"));
        QVERIFY(plain.save(plainPath));
        const Extractor::Result before = Extractor::extract(plainPath);
        QVERIFY2(before.ok, qPrintable(before.error));
        const ReportTable *table = before.report.table(QStringLiteral("applications"));
        const ReportCell *total = before.report.cell(QStringLiteral("applications.new_received.total"));
        QVERIFY(table && table->present && total && total->span.page == 1);

        // Red ink over black print stays black (the inks multiply), over white paper it is red.
        QImage stamped = plain.convertToFormat(QImage::Format_RGB32);
        {
            QPainter painter(&stamped);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setCompositionMode(QPainter::CompositionMode_Multiply);
            painter.setPen(QPen(QColor(200, 20, 30), 14));
            painter.setBrush(QColor(235, 70, 70));
            const double pixelsPerPoint = ocr::ScanSource::pdfDpi / 72.0;
            painter.drawEllipse(total->span.box.center() * pixelsPerPoint, 160, 160);
        }
        stamped.setDotsPerMeterX(plain.dotsPerMeterX());
        stamped.setDotsPerMeterY(plain.dotsPerMeterY());
        const QString stampedPath = dir.filePath(QStringLiteral("stamped.png"));
        QVERIFY(stamped.save(stampedPath));
        const Extractor::Result after = Extractor::extract(stampedPath);
        QVERIFY2(after.ok, qPrintable(after.error));
        int compared = 0;
        for (const ReportCell &cell : table->cells) {
            const ReportCell *seen = after.report.cell(cell.id);
            QVERIFY(seen);
            QVERIFY2(seen->value == cell.value && seen->uncertain == cell.uncertain,
                     qPrintable(cell.id + QStringLiteral(": ") + seen->value.text() + QStringLiteral(" for ")
                                + cell.value.text()));
            compared += cell.span.isValid() ? 1 : 0;
        }
        QVERIFY(compared > 20);
    }

    /** A multi-page bilevel (Group 4) TIFF: every page of it, at the resolution it names. */
    void multiPageTiff()
    {
        const ReadResult read = FileReader::read(scans + QStringLiteral("scan003-200.tif"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.document.format, QStringLiteral("ocr"));
        QCOMPARE(read.document.pages.size(), 2);
        QVERIFY(qAbs(read.document.pages.first().size.width() - 595) < 10);
        QVERIFY(read.document.text.contains(QStringLiteral("行政许可")));
        QVERIFY(read.document.text.contains(QStringLiteral("行政处罚")));
    }

    /** Progress per page, and the same file gives the same document every time. */
    void progressAndDeterminism()
    {
        CountingProgress progress;
        ReadResult a;
        {
            ReadProgress::Scope scope(&progress);
            a = FileReader::read(scans + QStringLiteral("scan003-150.pdf"));
        }
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(progress.steps, (QList<int>{1, 2, 3}));
        QCOMPARE(progress.total, 3);
        const ReadResult b = FileReader::read(scans + QStringLiteral("scan003-150.pdf"));
        QVERIFY(b.ok);
        QCOMPARE(a.document.text, b.document.text);
        QCOMPARE(a.document.ocrReadings.size(), b.document.ocrReadings.size());
    }

    /** A read that is canceled stops after the page it is on, with a message naming the file. */
    void cancel()
    {
        CountingProgress canceling;
        canceling.cancelAfter = 1;
        ReadProgress::Scope scope(&canceling);
        const ReadResult read = FileReader::read(scans + QStringLiteral("scan003-150.pdf"));
        QVERIFY(!read.ok);
        QVERIFY2(read.error.startsWith(QLatin1String("scan003-150.pdf: ")), qPrintable(read.error));
        QCOMPARE(canceling.steps, QList<int>{1});
    }

    /** A scanned page with nothing legible on it: a message naming the file, not an empty report. */
    void nothingLegible()
    {
        const ReadResult read = FileReader::read(QStringLiteral(GK_TEST_DATA_DIR "/formats/scan.pdf"));
        QVERIFY(!read.ok);
        QVERIFY2(read.error.startsWith(QLatin1String("scan.pdf: ")) && read.error.contains(QLatin1String("OCR")),
                 qPrintable(read.error));
    }

    /** Without the language data, a scanned report says which packages to install. */
    void missingLanguageData()
    {
        QTemporaryDir empty;
        const QByteArray saved = qgetenv("TESSDATA_PREFIX");
        qputenv("TESSDATA_PREFIX", QFile::encodeName(empty.path()));
        const ReadResult read = FileReader::read(scans + QStringLiteral("scan003-150.pdf"));
        if (saved.isNull())
            qunsetenv("TESSDATA_PREFIX");
        else
            qputenv("TESSDATA_PREFIX", saved);
        QVERIFY(!read.ok);
        QVERIFY2(read.error.startsWith(QLatin1String("scan003-150.pdf: ")), qPrintable(read.error));
        QVERIFY2(read.error.contains(QLatin1String("apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng")),
                 qPrintable(read.error));
        QVERIFY(!read.error.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestOcrReader)
#include "tst_ocrreader.moc"
