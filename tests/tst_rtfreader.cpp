// The hand-written RTF reader: text (control words, \'hh bytes in the document's code page, \uN with
// its fallback skipped, destinations that are not text), tables (\cellx grids, horizontal and
// vertical merges) and bad input. The whole-report cases are in tst_formatsniffer (tests/data/sniff).
#include "io/rtfreader.h"
#include "readertesthelpers.h"

#include <QTest>

using namespace gk;
using namespace gk::test;

namespace {

/** GB18030 bytes of a text written as \'hh escapes, as Word writes a Chinese document. */
QByteArray escaped(const char *gbkHex)
{
    const QByteArray bytes = QByteArray::fromHex(gbkHex);
    QByteArray out;
    for (const char b : bytes)
        out += "\\'" + QByteArray::number(static_cast<unsigned char>(b), 16).rightJustified(2, '0');
    return out;
}

} // namespace

class TestRtfReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsText_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraphs, control words and their delimiting space")
            << QByteArray("{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Arial;}}\\pard\\b Hello\\b0  world\\par Second\\par}")
            << QStringLiteral("Hello world\nSecond");
        // 报告 in GBK is B1 A8 B8 E6.
        QTest::newRow("\\'hh bytes in \\ansicpg936 (GBK through GB18030)")
            << QByteArray("{\\rtf1\\ansi\\ansicpg936 ") + escaped("b1a8b8e6") + QByteArray("\\par}") << QStringLiteral("报告");
        QTest::newRow("\\'hh bytes in the charset of the current font (\\fcharset134)")
            << QByteArray("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fnil\\fcharset134 SimSun;}}"
                          "\\f0 A {\\f1 ") + escaped("b1a8b8e6") + QByteArray("} B\\par}")
            << QStringLiteral("A 报告 B");
        QTest::newRow("raw 8-bit bytes are in the code page too")
            << QByteArray("{\\rtf1\\ansi\\ansicpg936 \xB1\xA8\xB8\xE6\\par}") << QStringLiteral("报告");
        QTest::newRow("\\uN with its one-byte fallback skipped")
            << QByteArray("{\\rtf1\\ansi \\u25253?\\u21578?\\par}") << QStringLiteral("报告");
        QTest::newRow("\\uN negative (Word's signed form), \\uc2 fallback of two \\'hh skipped")
            << QByteArray("{\\rtf1\\ansi\\ansicpg936 {\\uc2\\u-29705\\'c7\\'eb}\\u25253?\\par}") << QStringLiteral("请报");
        QTest::newRow("\\uc0: nothing to skip") << QByteArray("{\\rtf1\\uc0\\u25253 x\\par}") << QStringLiteral("报x");
        QTest::newRow("font, colour, style tables, info, pictures, \\* destinations skipped")
            << QByteArray("{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}"
                          "{\\info{\\title Secret title}{\\author Me}}{\\*\\generator Word;}{\\header Page header\\par}"
                          "{\\pict\\pngblip 89504e47}{\\*\\shppict{\\pict 00}}{\\nonshppict{\\pict 00}}Body\\par}")
            << QStringLiteral("Body");
        QTest::newRow("fields: the result kept, the instruction skipped")
            << QByteArray("{\\rtf1 See {\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt the page}}.\\par}")
            << QStringLiteral("See the page.");
        QTest::newRow("hidden text (\\v) skipped")
            << QByteArray("{\\rtf1 shown{\\v hidden}\\v  also hidden\\v0  shown again\\par}")
            << QStringLiteral("shown shown again");
        QTest::newRow("\\bin data skipped whatever it holds")
            << QByteArray("{\\rtf1 a{\\*\\blob\\bin4 }{\\}}b\\par}") << QStringLiteral("ab");
        QTest::newRow("escaped braces and backslash, \\~ \\tab \\line, quotes")
            << QByteArray("{\\rtf1 \\{x\\}\\\\y\\~z\\tab w\\line v \\ldblquote q\\rdblquote\\par}")
            << QStringLiteral("{x}\\y z w v “q”");
        QTest::newRow("\\<newline> is a paragraph") << QByteArray("{\\rtf1 one\\\ntwo}") << QStringLiteral("one\ntwo");
        QTest::newRow("line ends in the file are not text") << QByteArray("{\\rtf1 ab\r\ncd\\par}") << QStringLiteral("abcd");
    }

    void readsText()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(QString, text);
        const ReadResult result = RtfReader::read(QStringLiteral("a.rtf"), rtf);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.text, text);
        QCOMPARE(result.document.format, QStringLiteral("rtf"));
        QCOMPARE(spanProblem(result.document), QString());
    }

    void readsTables_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QStringList>("rows");      // cells joined by |, placeholders empty
        QTest::addColumn<QList<int>>("firstSpans"); // the column span of each row's first cell

        const QByteArray plainRow("\\trowd\\cellx1000\\cellx2000\\cellx3000\\pard\\intbl a\\cell b\\cell c\\cell\\row");
        QTest::newRow("a plain row") << QByteArray("{\\rtf1 ") + plainRow + QByteArray("\\pard after\\par}")
                                     << QStringList{QStringLiteral("a|b|c")} << QList<int>{1};
        QTest::newRow("a cell wider than the grid spans its columns")
            << QByteArray("{\\rtf1 ") + plainRow +
                   QByteArray("\\trowd\\cellx2000\\cellx3000\\pard\\intbl wide\\cell c\\cell\\row\\pard\\par}")
            << QStringList{QStringLiteral("a|b|c"), QStringLiteral("wide|c")} << QList<int>{1, 2};
        QTest::newRow("edges a few twips apart are one grid line")
            << QByteArray("{\\rtf1 ") + plainRow +
                   QByteArray("\\trowd\\cellx1010\\cellx1990\\cellx3005\\pard\\intbl x\\cell y\\cell z\\cell\\row\\pard\\par}")
            << QStringList{QStringLiteral("a|b|c"), QStringLiteral("x|y|z")} << QList<int>{1, 1};
        QTest::newRow("vertical merge: \\clvmgf then \\clvmrg placeholders")
            << QByteArray("{\\rtf1\\ansicpg65001 \\trowd\\clvmgf\\cellx1000\\cellx2000\\pard\\intbl 三、结果\\cell (一)\\cell\\row"
                          "\\trowd\\clvmrg\\cellx1000\\cellx2000\\pard\\intbl \\cell (二)\\cell\\row\\pard\\par}")
            << QStringList{QStringLiteral("三、结果|(一)"), QStringLiteral("|(二)")} << QList<int>{1, 1};
        QTest::newRow("horizontal merge: \\clmgf \\clmrg become one cell")
            << QByteArray("{\\rtf1\\ansicpg65001 ") + plainRow +
                   QByteArray("\\trowd\\clmgf\\cellx1000\\clmrg\\cellx2000\\cellx3000\\pard\\intbl 总计\\cell\\cell 7\\cell\\row"
                              "\\pard\\par}")
            << QStringList{QStringLiteral("a|b|c"), QStringLiteral("总计|7")} << QList<int>{1, 2};
        QTest::newRow("a row that starts right of the table's edge gets a leading blank")
            << QByteArray("{\\rtf1 ") + plainRow +
                   QByteArray("\\trowd\\trleft1000\\cellx2000\\cellx3000\\pard\\intbl y\\cell z\\cell\\row\\pard\\par}")
            << QStringList{QStringLiteral("a|b|c"), QStringLiteral("|y|z")} << QList<int>{1, 1};
        QTest::newRow("paragraphs inside a cell stay in the cell")
            << QByteArray("{\\rtf1\\ansicpg65001 \\trowd\\cellx1000\\cellx2000\\pard\\intbl 部分\\par 公开\\cell 2\\cell\\row\\pard\\par}")
            << QStringList{QStringLiteral("部分 公开|2")} << QList<int>{1};
        QTest::newRow("Word's row definition repeated before \\row")
            << QByteArray("{\\rtf1 \\trowd\\cellx1000\\cellx2000\\pard\\intbl{p\\cell q\\cell}{\\trowd\\cellx1000\\cellx2000\\row}"
                          "\\pard\\par}")
            << QStringList{QStringLiteral("p|q")} << QList<int>{1};
    }

    void readsTables()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(QStringList, rows);
        QFETCH(QList<int>, firstSpans);
        const ReadResult result = RtfReader::read(QStringLiteral("a.rtf"), rtf);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(tableLines(result.document, 0), rows);
        QList<int> spans;
        for (const RawRow &row : result.document.rows) {
            if (row.kind == RawRow::Kind::TableRow)
                spans.append(row.cells.first().columnSpan);
        }
        QCOMPARE(spans, firstSpans);
        QCOMPARE(spanProblem(result.document), QString());
    }

    void verticalMergeSpansItsRows()
    {
        const ReadResult result = RtfReader::read(
            QStringLiteral("a.rtf"),
            QByteArray("{\\rtf1\\ansicpg65001 \\trowd\\clvmgf\\cellx1000\\cellx2000\\pard\\intbl L\\cell 1\\cell\\row"
                       "\\trowd\\clvmrg\\cellx1000\\cellx2000\\pard\\intbl \\cell 2\\cell\\row"
                       "\\trowd\\clvmrg\\cellx1000\\cellx2000\\pard\\intbl \\cell 3\\cell\\row\\pard\\par}"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.rows.first().cells.first().rowSpan, 3);
    }

    void tablesApartAreTwoTables()
    {
        const ReadResult result = RtfReader::read(
            QStringLiteral("a.rtf"), QByteArray("{\\rtf1 \\trowd\\cellx1000\\pard\\intbl a\\cell\\row\\pard\\par"
                                                "\\trowd\\cellx1000\\pard\\intbl b\\cell\\row\\pard\\par}"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(tableLines(result.document, 0), QStringList{QStringLiteral("a")});
        QCOMPARE(tableLines(result.document, 1), QStringList{QStringLiteral("b")});
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QString>("cause");
        QTest::newRow("not RTF") << QByteArray("hello") << QStringLiteral("not an RTF document");
        QTest::newRow("no text") << QByteArray("{\\rtf1{\\fonttbl{\\f0 A;}}\\par}") << QStringLiteral("no text");
        QTest::newRow("only a picture") << QByteArray("{\\rtf1{\\pict 0011}}") << QStringLiteral("no text");
    }

    void badInput()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(QString, cause);
        const ReadResult result = RtfReader::read(QStringLiteral("/x/report.doc"), rtf);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QLatin1String("report.doc: ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(cause), qPrintable(result.error));
    }

    void truncatedReadsWhatIsThereAndWarns()
    {
        const ReadResult result = RtfReader::read(QStringLiteral("a.rtf"), QByteArray("{\\rtf1 {\\b one\\par two"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.text, QStringLiteral("one\ntwo"));
        QCOMPARE(result.document.warnings.size(), 1);
    }

    void deepNestingDoesNotOverflow()
    {
        QByteArray rtf("{\\rtf1 ");
        rtf += QByteArray(200000, '{');
        rtf += "deep";
        rtf += QByteArray(200000, '}');
        rtf += "top\\par}";
        const ReadResult result = RtfReader::read(QStringLiteral("a.rtf"), rtf);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.document.text.endsWith(QLatin1String("top")));
    }
};

QTEST_GUILESS_MAIN(TestRtfReader)
#include "tst_rtfreader.moc"
