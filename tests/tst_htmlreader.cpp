#include "io/filereader.h"
#include "io/htmlreader.h"
#include "readertesthelpers.h"

#include <QTest>

using namespace gk;
using namespace gk::test;

class TestHtmlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsSmallPages_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QStringList>("expectedTable");

        QTest::newRow("rowspan and colspan expand into placeholders")
            << QByteArray("<html><body><p>前言</p><table><tr><td rowspan=2 colspan=2>A</td><td>B</td></tr>"
                          "<tr><td>C</td></tr><tr><td>D</td><td>E</td><td>F</td></tr></table></body></html>")
            << QStringLiteral("前言\nA | B |\n| C |\nD | E | F |")
            << QStringList{QStringLiteral("A|B"), QStringLiteral("|C"), QStringLiteral("D|E|F")};
        QTest::newRow("script, style, nav, header, footer skipped; br breaks lines")
            << QByteArray("<body><header>站点</header><nav>导航</nav><script>var a;</script><style>p{}</style>"
                          "<p>第一行<br>第二行</p><footer>版权</footer></body>")
            << QStringLiteral("第一行\n第二行") << QStringList();
        QTest::newRow("row span reaching past a short row")
            << QByteArray("<table><tr><td>a</td><td rowspan=3>b</td></tr><tr><td>c</td></tr><tr></tr></table>")
            << QStringLiteral("a | b |\nc | |\n| |")
            << QStringList{QStringLiteral("a|b"), QStringLiteral("c|"), QStringLiteral("|")};
        QTest::newRow("nbsp and white space collapse; empty cells stay")
            << QByteArray("<table><tr><td>&nbsp;</td><td>  自然\n 人 </td></tr></table>")
            << QStringLiteral("| 自然 人 |") << QStringList{QStringLiteral("|自然 人")};
    }

    void readsSmallPages()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expectedText);
        QFETCH(QStringList, expectedTable);
        const ReadResult result = HtmlReader::read(QStringLiteral("page.html"), html);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.text, expectedText);
        if (!expectedTable.isEmpty())
            QCOMPARE(tableLines(result.document, 0), expectedTable);
        QCOMPARE(spanProblem(result.document), QString());
    }

    void declaresCharset_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("meta charset gbk") << QByteArray("<meta charset=\"gbk\">") << QByteArray("GB18030");
        QTest::newRow("http-equiv gb2312")
            << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />")
            << QByteArray("GB18030");
        QTest::newRow("utf-8 BOM") << QByteArray("\xEF\xBB\xBF<html>") << QByteArray("UTF-8");
        QTest::newRow("nothing declared") << QByteArray("<html><body>x") << QByteArray();
    }

    void declaresCharset()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, charset);
        QCOMPARE(HtmlReader::declaredCharset(head), charset);
    }

    void readsFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("width");
        QTest::newRow("2021 template") << QStringLiteral("001.html") << QStringLiteral("UTF-8")
                                       << QStringLiteral("三、本年度办理结果")
                                       << QStringList{QStringLiteral("三、本年度办理结果"), QStringLiteral("（一）予以公开"),
                                                      QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"),
                                                      QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                                                      QStringLiteral("1")}
                                       << 10;
        QTest::newRow("GBK page with meta charset") << QStringLiteral("gbk.html") << QStringLiteral("GB18030")
                                                    << QStringLiteral("一、本年新收")
                                                    << QStringList{QStringLiteral("一、本年新收政府信息公开申请数量"),
                                                                   QStringLiteral("219"), QStringLiteral("1"),
                                                                   QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                                                                   QStringLiteral("0"), QStringLiteral("220")}
                                                    << 10;
        QTest::newRow("layout tables around the report")
            << QStringLiteral("layout.html") << QStringLiteral("UTF-8") << QStringLiteral("（七）总计")
            << QStringList{QString(), QStringLiteral("（七）总计"), QStringLiteral("191"), QStringLiteral("1"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("192")}
            << 10;
    }

    void readsFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, label);
        QFETCH(QStringList, cells);
        QFETCH(int, width);
        const ReadResult result = FileReader::read(formatsDir() + file);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.format, QStringLiteral("html"));
        QCOMPARE(result.document.encoding, encoding);
        QCOMPARE(spanProblem(result.document), QString());
        const RawRow *row = rowStartingWith(result.document, label);
        QVERIFY(row);
        QStringList texts;
        for (const RawCell &cell : row->cells)
            texts.append(cell.text);
        QCOMPARE(texts, cells);
        QCOMPARE(gridWidth(*row), width);
        // Every row of the applications table has the same width: the grid is true.
        for (const RawRow &other : result.document.rows) {
            if (other.tableIndex == row->tableIndex)
                QCOMPARE(gridWidth(other), width);
        }
    }

    void layoutTablesStayApart()
    {
        const ReadResult result = FileReader::read(formatsDir() + QStringLiteral("layout.html"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(tableLines(result.document, 0).value(0), QStringLiteral("首页|政务公开|办事服务|互动交流"));
        QVERIFY(!result.document.text.contains(QStringLiteral("not text")));
        QVERIFY(result.document.text.contains(QStringLiteral("栏目导航")));
        int last = -1;
        for (const RawRow &row : result.document.rows)
            last = qMax(last, row.tableIndex);
        QCOMPARE(tableLines(result.document, last).value(1), QStringLiteral("辽ICP备00000000号"));
    }

    void deepNestingIsReadOrRefusedAloud_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("close");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("read");
        // Text 500 levels deep was dropped at 400 and the page called empty.
        QTest::newRow("500 nested div: read") << QByteArray("<div>") << QByteArray("</div>") << 500 << true;
        QTest::newRow("900 nested span: read") << QByteArray("<span>") << QByteArray("</span>") << 900 << true;
        QTest::newRow("5,000 nested div: refused") << QByteArray("<div>") << QByteArray("</div>") << 5000 << false;
        QTest::newRow("200,000 nested span: refused")
            << QByteArray("<span>") << QByteArray("</span>") << 200000 << false;
        // Ends left out where HTML allows it are not nesting.
        QTest::newRow("5,000 unclosed p: read") << QByteArray("<p>x") << QByteArray() << 5000 << true;
    }

    void deepNestingIsReadOrRefusedAloud()
    {
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, close);
        QFETCH(int, depth);
        QFETCH(bool, read);
        const QByteArray html = "<html><body>" + open.repeated(depth) + "一、总体情况 2020" + close.repeated(depth)
            + "</body></html>";
        const ReadResult result = HtmlReader::read(QStringLiteral("deep.html"), html);
        QCOMPARE(result.ok, read);
        if (read)
            QVERIFY(result.document.text.contains(QStringLiteral("一、总体情况")));
        else
            QVERIFY2(result.error.startsWith(QStringLiteral("deep.html:")) && result.error.contains(QStringLiteral("nested")),
                     qPrintable(result.error));
    }

    void wideRowThenShortRowsKeepsTheGrid()
    {
        // 1,000 cells of colspan 1000 then short rows: the grid is capped, the cells kept.
        const QByteArray html = "<html><body><table><tr>" + QByteArray("<td colspan=1000>1</td>").repeated(1000)
            + "</tr>" + QByteArray("<tr><td>2</td></tr>").repeated(1000) + "</table></body></html>";
        const ReadResult result = HtmlReader::read(QStringLiteral("wide.html"), html);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QStringList lines = tableLines(result.document, 0);
        QCOMPARE(lines.size(), 1001);
        QCOMPARE(lines.at(0).count(QLatin1Char('1')), 1000);
        QCOMPARE(lines.at(1000), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
