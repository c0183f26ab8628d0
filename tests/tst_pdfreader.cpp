#include "io/filereader.h"
#include "pdfreader.h"
#include "readertesthelpers.h"

#include <QTest>

using namespace gk;
using namespace gk::test;

class TestPdfReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerPdfReader(); }

    void rebuildsTables_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("rowSpan");
        QTest::newRow("2021 template, merged result label")
            << QStringLiteral("001.pdf") << QStringLiteral("三、本年度办理结果")
            << QStringList{QStringLiteral("三、本年度办理结果"), QStringLiteral("（一）予以公开"), QStringLiteral("1"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0"), QStringLiteral("1")}
            << 22;
        QTest::newRow("2019 template in traditional script")
            << QStringLiteral("002.pdf") << QStringLiteral("（七）總計")
            << QStringList{QString(), QStringLiteral("（七）總計"), QStringLiteral("7"), QString(), QString(), QString(),
                           QString(), QString(), QStringLiteral("7")}
            << 1;
        QTest::newRow("applications table over two pages")
            << QStringLiteral("twopage.pdf") << QStringLiteral("三、本年度办理结果")
            << QStringList{QStringLiteral("三、本年度办理结果"), QStringLiteral("（一）予以公开"), QStringLiteral("7"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0"), QStringLiteral("7")}
            << 20;
    }

    void rebuildsTables()
    {
        QFETCH(QString, file);
        QFETCH(QString, label);
        QFETCH(QStringList, cells);
        QFETCH(int, rowSpan);
        const ReadResult result = FileReader::read(formatsDir() + file);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.format, QStringLiteral("pdf"));
        QVERIFY(!result.document.pages.isEmpty());
        QCOMPARE(spanProblem(result.document), QString());
        const RawRow *row = rowStartingWith(result.document, label);
        QVERIFY(row);
        QStringList texts;
        for (const RawCell &cell : row->cells)
            texts.append(cell.text);
        QCOMPARE(texts, cells);
        QCOMPARE(row->cells.first().rowSpan == 1 ? row->cells.at(1).rowSpan : row->cells.first().rowSpan, rowSpan);
        for (const RawCell &cell : row->cells) {
            QVERIFY(cell.span.page >= 1 && cell.span.page <= result.document.pages.size());
            QVERIFY(!cell.span.box.isEmpty());
        }
        // Every row of that table is as wide as this one: a true grid, across page breaks too.
        QSet<int> pages;
        for (const RawRow &other : result.document.rows) {
            if (other.tableIndex != row->tableIndex)
                continue;
            QCOMPARE(gridWidth(other), 10);
            pages.insert(other.span.page);
        }
        if (file == QLatin1String("twopage.pdf"))
            QCOMPARE(pages.size(), 2);
    }

    void refusesScans()
    {
        const ReadResult result = FileReader::read(formatsDir() + QStringLiteral("scan.pdf"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("scan.pdf: has no text layer (a scanned image?); nothing to read"));
    }

    void refusesBrokenFiles()
    {
        const ReadResult result = PdfReader::read(QStringLiteral("bad.pdf"), QByteArray("%PDF-1.4\nnot really"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.startsWith(QStringLiteral("bad.pdf: ")));
    }
};

QTEST_GUILESS_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
