#include "io/filereader.h"
#include "pdfreader.h"
#include "readertesthelpers.h"

#include <QSet>
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

    void rebuildsBorderlessTables_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("pages");
        const QString none;
        QTest::newRow("2021 template, merged row label beside its first row")
            << QStringLiteral("borderless001.pdf") << QStringLiteral("三、本年度办理结果")
            << QStringList{QStringLiteral("三、本年度办理结果"), QStringLiteral("（一）予以公开"), QStringLiteral("1"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0"), QStringLiteral("1")}
            << 2;
        QTest::newRow("traditional script, blank cells kept on the continued page")
            << QStringLiteral("borderless002.pdf") << QStringLiteral("（七）總計")
            << QStringList{none, QStringLiteral("（七）總計"), QStringLiteral("7"), none, none, none, none, none,
                           QStringLiteral("7")}
            << 2;
        QTest::newRow("a row of blank cells, known by its label alone")
            << QStringLiteral("borderless002.pdf") << QStringLiteral("二、上年結轉")
            << QStringList{QStringLiteral("二、上年結轉政府信息公開申請數量"), none, none, none, none, none, none, none}
            << 2;
        QTest::newRow("2019 template, wrapped label joined")
            << QStringLiteral("borderless003.pdf") << QStringLiteral("（二）部分公开")
            << QStringList{none, QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
                           QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("2")}
            << 2;
    }

    void rebuildsBorderlessTables()
    {
        QFETCH(QString, file);
        QFETCH(QString, label);
        QFETCH(QStringList, cells);
        QFETCH(int, pages);
        const ReadResult result = FileReader::read(formatsDir() + file);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(spanProblem(result.document), QString());
        const RawRow *row = rowStartingWith(result.document, label);
        QVERIFY(row);
        QStringList texts;
        for (const RawCell &cell : row->cells)
            texts.append(cell.text);
        QCOMPARE(texts, cells);
        for (const RawCell &cell : row->cells) {
            QVERIFY(cell.span.page >= 1 && cell.span.page <= result.document.pages.size());
            QVERIFY(!cell.span.box.isEmpty());
        }
        // A true grid: every row of the table as wide as the template's (3 label + 7 value columns),
        // header rows included, on every page it runs over.
        QSet<int> onPages;
        QStringList leafHeaders;
        for (const RawRow &other : result.document.rows) {
            if (other.tableIndex != row->tableIndex)
                continue;
            QCOMPARE(gridWidth(other), 10);
            onPages.insert(other.span.page);
            if (other.cells.size() == 8 && other.cells.at(1).text == QStringLiteral("自然人")) {
                for (const RawCell &cell : other.cells.mid(1))
                    leafHeaders.append(cell.text);
            }
        }
        QCOMPARE(onPages.size(), pages);
        if (file != QLatin1String("borderless002.pdf"))
            QCOMPARE(leafHeaders, (QStringList{QStringLiteral("自然人"), QStringLiteral("商业企业"),
                                               QStringLiteral("科研机构"), QStringLiteral("社会公益组织"),
                                               QStringLiteral("法律服务机构"), QStringLiteral("其他"),
                                               QStringLiteral("总计")}));
    }

    void borderlessKeepsProseAsText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("prose");
        QTest::newRow("numbers in a paragraph") << QStringLiteral("borderless001.pdf") << QStringLiteral("2199");
        QTest::newRow("section title between tables")
            << QStringLiteral("borderless001.pdf") << QStringLiteral("四、政府信息公开行政复议");
        QTest::newRow("table title between tables") << QStringLiteral("borderless002.pdf")
                                                    << QStringLiteral("第二十條第（五）項");
        QTest::newRow("dates and counts in a paragraph")
            << QStringLiteral("borderless003.pdf") << QStringLiteral("主动公开政府文件");
    }

    void borderlessKeepsProseAsText()
    {
        QFETCH(QString, file);
        QFETCH(QString, prose);
        const ReadResult result = FileReader::read(formatsDir() + file);
        QVERIFY2(result.ok, qPrintable(result.error));
        bool asProse = false;
        for (const RawRow &row : result.document.rows) {
            for (const RawCell &cell : row.cells) {
                if (!cell.text.contains(prose))
                    continue;
                QVERIFY2(row.kind != RawRow::Kind::TableRow, qPrintable(cell.text));
                asProse = true;
            }
        }
        QVERIFY(asProse);
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
