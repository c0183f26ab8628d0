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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

class TestFormatsGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerPdfReader(); }

    void matchesGolden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("golden");
        const QList<QPair<QString, QString>> seeds = {{QStringLiteral("001"), QStringLiteral("001_7097c5c10f7e9ea9")},
                                                      {QStringLiteral("002"), QStringLiteral("002_fb35a360553c7541")},
                                                      {QStringLiteral("003"), QStringLiteral("003_a2303bdcaefa6cda")}};
        for (const auto &seed : seeds) {
            for (const char *suffix : {".html", ".docx", ".pdf"}) {
                const QString file = seed.first + QLatin1String(suffix);
                QTest::newRow(qPrintable(file)) << file << seed.second;
            }
        }
        QTest::newRow("gbk.html") << QStringLiteral("gbk.html") << QStringLiteral("003_a2303bdcaefa6cda");
        QTest::newRow("layout.html") << QStringLiteral("layout.html") << QStringLiteral("003_a2303bdcaefa6cda");
        QTest::newRow("twopage.pdf") << QStringLiteral("twopage.pdf") << QStringLiteral("003_a2303bdcaefa6cda");
        // No ruling lines at all: the grids come from the words' geometry alone.
        for (const auto &seed : seeds) {
            const QString file = QStringLiteral("borderless") + seed.first + QStringLiteral(".pdf");
            QTest::newRow(qPrintable(file)) << file << seed.second;
        }
        // Word 97 and WPS files go through LibreOffice where it is installed.
        QTest::newRow("003.doc") << QStringLiteral("003.doc") << QStringLiteral("003_a2303bdcaefa6cda");
        QTest::newRow("003.wps") << QStringLiteral("003.wps") << QStringLiteral("003_a2303bdcaefa6cda");
    }

    void matchesGolden()
    {
        QFETCH(QString, file);
        QFETCH(QString, golden);
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
        const QJsonObject wantCells = want.value(QLatin1String("cells")).toObject();
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
    static bool hasLibreOffice()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()
            || !QStandardPaths::findExecutable(QStringLiteral("libreoffice")).isEmpty();
    }
};

QTEST_GUILESS_MAIN(TestFormatsGolden)
#include "tst_formatsgolden.moc"
