// Each report of tests/data/formats (HTML, DOCX, ruled and borderless PDF made from a seed by
// make_formats.py; .doc and .wps through LibreOffice) gives exactly the golden cells and metadata of its seed through the whole pipeline.
#include "export/reportjson.h"
#include "io/docxreader.h"
#include "pdfreader.h"
#include "pipeline/extractor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

using CellOverrides = QMap<QString, int>; // cell id → the value a fixture prints instead of its seed's

class TestFormatsGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerPdfReader(); }

    void matchesGolden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<CellOverrides>("overrides");
        const QList<QPair<QString, QString>> seeds = {{QStringLiteral("001"), QStringLiteral("001_7097c5c10f7e9ea9")},
                                                      {QStringLiteral("002"), QStringLiteral("002_fb35a360553c7541")},
                                                      {QStringLiteral("003"), QStringLiteral("003_a2303bdcaefa6cda")}};
        for (const auto &seed : seeds) {
            for (const char *suffix : {".html", ".docx", ".pdf"}) {
                const QString file = seed.first + QLatin1String(suffix);
                QTest::newRow(qPrintable(file)) << file << seed.second << CellOverrides();
            }
        }
        QTest::newRow("gbk.html") << QStringLiteral("gbk.html") << QStringLiteral("003_a2303bdcaefa6cda") << CellOverrides();
        QTest::newRow("layout.html") << QStringLiteral("layout.html") << QStringLiteral("003_a2303bdcaefa6cda") << CellOverrides();
        QTest::newRow("twopage.pdf") << QStringLiteral("twopage.pdf") << QStringLiteral("003_a2303bdcaefa6cda") << CellOverrides();
        // No ruling lines at all: the grids come from the words' geometry alone.
        for (const auto &seed : seeds) {
            const QString file = QStringLiteral("borderless") + seed.first + QStringLiteral(".pdf");
            QTest::newRow(qPrintable(file)) << file << seed.second << CellOverrides();
        }
        // Ruled tables as WPS prints them (make_ruled.py): labels wrapped over two lines with the
        // numbers between them, and 三（五）1. printing 1 0 0 0 0 0 1; one row with a cell edge out of
        // line, a page break inside a group, the whole text in a frame.
        for (const char *name : {"ruled_wrapped.pdf", "ruled_shifted.pdf", "ruled_pagebreak.pdf", "ruled_framed.pdf"})
            QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("001_7097c5c10f7e9ea9") << movedToPetition();
        // Word 97 and WPS files go through LibreOffice where it is installed.
        QTest::newRow("003.doc") << QStringLiteral("003.doc") << QStringLiteral("003_a2303bdcaefa6cda") << CellOverrides();
        QTest::newRow("003.wps") << QStringLiteral("003.wps") << QStringLiteral("003_a2303bdcaefa6cda") << CellOverrides();
    }

    void matchesGolden()
    {
        QFETCH(QString, file);
        QFETCH(QString, golden);
        QFETCH(CellOverrides, overrides);
        QFile goldenFile(QStringLiteral(GK_SHARED_DIR "/golden/") + golden + QStringLiteral(".json"));
        if (!goldenFile.open(QIODevice::ReadOnly))
            QSKIP("the shared golden files are not here");
        const QJsonObject want = QJsonDocument::fromJson(goldenFile.readAll()).object();
        if ((file.endsWith(QLatin1String(".doc")) || file.endsWith(QLatin1String(".wps"))) && !hasLibreOffice())
            QSKIP("LibreOffice is not installed: .doc and .wps cannot be converted here");
        const Extractor::Result result = Extractor::extract(QStringLiteral(GK_TEST_DATA_DIR "/formats/") + file);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject got = ReportJson::toJson(result.report, {});
        QCOMPARE(got.value(QLatin1String("year")), want.value(QLatin1String("year")));
        QCOMPARE(got.value(QLatin1String("template")), want.value(QLatin1String("template")));
        QCOMPARE(got.value(QLatin1String("published")), want.value(QLatin1String("published")));
        QVERIFY2(got.value(QLatin1String("agency")).toString().contains(want.value(QLatin1String("agency_contains")).toString()),
                 qPrintable(got.value(QLatin1String("agency")).toString()));
        // Every canonical cell exactly; the seed's uncertain rows too, since these files are true grids.
        QJsonObject wantCells = want.value(QLatin1String("cells")).toObject();
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            wantCells.insert(it.key(), it.value());
        const QJsonObject gotCells = got.value(QLatin1String("cells")).toObject();
        QStringList wrong;
        for (auto it = wantCells.constBegin(); it != wantCells.constEnd(); ++it) {
            const QJsonValue value = gotCells.value(it.key());
            const bool same = it.value().isNull() ? value.isNull()
                                                  : value.isDouble() && qAbs(value.toDouble() - it.value().toDouble()) < 1e-6;
            if (!same)
                wrong.append(it.key());
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char(' '))));
        QVERIFY(got.value(QLatin1String("uncertain")).toArray().isEmpty());
        // A ruled cell's box is its cell on the grid (a borderless one's is the box of its words).
        if (file.endsWith(QLatin1String(".pdf")) && !file.startsWith(QLatin1String("borderless")))
            verifyBoxesInColumns(result.report);
    }

    /** Without LibreOffice a .doc or .wps gets one line naming the file and how to get LibreOffice. */
    void legacyWithoutLibreOffice_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow(".doc") << QStringLiteral("003.doc");
        QTest::newRow(".wps") << QStringLiteral("003.wps");
    }
    void legacyWithoutLibreOffice()
    {
        QFETCH(QString, file);
        QTemporaryDir emptyPath;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(emptyPath.path()));
        const Extractor::Result result = Extractor::extract(QStringLiteral(GK_TEST_DATA_DIR "/formats/") + file);
        qputenv("PATH", path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(file + QLatin1String(": ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("LibreOffice")) && result.error.contains(QLatin1String("apt-get install")),
                 qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1Char('\n')));
    }

    /** An application that quits stops a conversion rather than wait for it (declared last: it is for good). */
    void conversionStopsWhenAborted()
    {
        if (!hasLibreOffice())
            QSKIP("LibreOffice is not installed");
        LegacyWordReader::abortConversions();
        const ReadResult result = LegacyWordReader::read(QStringLiteral(GK_TEST_DATA_DIR "/formats/003.doc"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QLatin1String("003.doc: ")) && result.error.contains(QLatin1String("stopped")),
                 qPrintable(result.error));
    }

private:
    /** Seed 001 with one application moved from 三（一）予以公开 to 三（五）1.: that row prints 1 0 0 0 0 0 1. */
    static CellOverrides movedToPetition()
    {
        CellOverrides cells;
        for (const char *column : {"natural_person", "commercial", "research", "social_welfare", "legal_service",
                                   "other_org", "total"}) {
            const bool one = qstrcmp(column, "natural_person") == 0 || qstrcmp(column, "total") == 0;
            cells.insert(QStringLiteral("applications.disclosed.") + QLatin1String(column), 0);
            cells.insert(QStringLiteral("applications.rejected_petition.") + QLatin1String(column), one ? 1 : 0);
        }
        return cells;
    }

    /** The page view draws each value's cell box: every box of a column stands in that column, left to right. */
    static void verifyBoxesInColumns(const Report &report)
    {
        const ReportTable *table = report.table(QStringLiteral("applications"));
        QVERIFY(table);
        const int columns = int(table->spec.columns.size());
        QList<QPair<double, double>> extent(columns, {-1, -1}); // of the first row with a box
        for (int r = 0; r < table->spec.rows.size(); ++r) {
            double right = -1;
            for (int c = 0; c < columns; ++c) {
                const ReportCell *cell = table->cell(r, c);
                const QRectF box = cell->span.box;
                if (box.isNull())
                    continue;
                const QString where = cell->id + QStringLiteral(" at x %1..%2").arg(box.left()).arg(box.right());
                QVERIFY2(box.left() >= right - 1, qPrintable(where + QStringLiteral(" overlaps the cell before it")));
                right = box.right();
                if (extent.at(c).first < 0)
                    extent[c] = {box.left(), box.right()};
                QVERIFY2(qAbs(box.left() - extent.at(c).first) < 1.5 && qAbs(box.right() - extent.at(c).second) < 1.5,
                         qPrintable(where + QStringLiteral(", not under its column at x %1..%2")
                                               .arg(extent.at(c).first)
                                               .arg(extent.at(c).second)));
            }
        }
    }

    static bool hasLibreOffice()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()
            || !QStandardPaths::findExecutable(QStringLiteral("libreoffice")).isEmpty();
    }
};

QTEST_GUILESS_MAIN(TestFormatsGolden)
#include "tst_formatsgolden.moc"
