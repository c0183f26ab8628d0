#include "io/docxreader.h"
#include "io/filereader.h"
#include "readertesthelpers.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;
using namespace gk::test;

namespace {

// A DOCX with the given body XML, zipped by the system's zip if present (tests of odd markup).
QByteArray docxWithBody(const QByteArray &body, QTemporaryDir &dir)
{
    const QString zip = QStandardPaths::findExecutable(QStringLiteral("zip"));
    if (zip.isEmpty())
        return {};
    QDir(dir.path()).mkpath(QStringLiteral("word"));
    QFile xml(dir.filePath(QStringLiteral("word/document.xml")));
    if (!xml.open(QIODevice::WriteOnly))
        return {};
    xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
              "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
              body + "</w:body></w:document>");
    xml.close();
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(zip, {QStringLiteral("-q"), QStringLiteral("t.docx"), QStringLiteral("word/document.xml")});
    process.waitForFinished();
    QFile out(dir.filePath(QStringLiteral("t.docx")));
    return out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
}

} // namespace

class TestDocxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsVerticalMerges()
    {
        const ReadResult result = FileReader::read(formatsDir() + QStringLiteral("vmerge.docx"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.format, QStringLiteral("docx"));
        QCOMPARE(tableLines(result.document, 0),
                 (QStringList{QStringLiteral("类别|项目|数量"), QStringLiteral("三、本年度办理结果|（一）予以公开|7"),
                              QStringLiteral("|（二）部分公开|0"), QStringLiteral("|（七）总计|7"),
                              QStringLiteral("四、结转下年度继续办理|35")}));
        const RawRow *merged = rowStartingWith(result.document, QStringLiteral("三、"));
        QVERIFY(merged);
        QCOMPARE(merged->cells.first().rowSpan, 3);
        const RawRow *spanned = rowStartingWith(result.document, QStringLiteral("四、"));
        QCOMPARE(spanned->cells.first().columnSpan, 2);
        QCOMPARE(spanProblem(result.document), QString());
        QCOMPARE(result.document.rows.first().cells.first().text, QStringLiteral("前言"));
        QCOMPARE(result.document.rows.last().cells.first().text, QStringLiteral("结语"));
    }

    void readsMarkup_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("tracked changes: insertions kept, deletions dropped")
            << QByteArray("<w:p><w:r><w:t>共</w:t></w:r><w:ins><w:r><w:t>220</w:t></w:r></w:ins>"
                          "<w:del><w:r><w:delText>219</w:delText></w:r></w:del><w:r><w:t>件</w:t></w:r></w:p>")
            << QStringLiteral("共220件");
        QTest::newRow("field code ignored, result kept; bookmarks ignored")
            << QByteArray("<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                          "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                          "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>")
            << QStringLiteral("3");
        QTest::newRow("grid span and vMerge without a value continue")
            << QByteArray("<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc>"
                          "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr>"
                          "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
                          "<w:tc><w:p/></w:tc></w:tr></w:tbl>")
            << QStringLiteral("A | B |\n| 1 | |");
        // Nesting ten thousand deep overflowed the stack of a reader that recursed per level.
        QTest::newRow("10,000 nested content controls")
            << QByteArray("<w:sdt><w:sdtContent>").repeated(10000) + "<w:p><w:r><w:t>深</w:t></w:r></w:p>"
                   + QByteArray("</w:sdtContent></w:sdt>").repeated(10000)
            << QStringLiteral("深");
        QTest::newRow("100,000 nested hyperlinks")
            << "<w:p>" + QByteArray("<w:hyperlink>").repeated(100000) + "<w:r><w:t>深</w:t></w:r>"
                   + QByteArray("</w:hyperlink>").repeated(100000) + "</w:p>"
            << QStringLiteral("深");
        QTest::newRow("50,000 nested tables: their text in the outer cell")
            << QByteArray("<w:tbl><w:tr><w:tc>").repeated(50000) + "<w:p><w:r><w:t>深</w:t></w:r></w:p>"
                   + QByteArray("</w:tc></w:tr></w:tbl>").repeated(50000)
            << QStringLiteral("深 |");
        QTest::newRow("a table in a cell, its cells in order")
            << QByteArray("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t>"
                          "</w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>"
                          "<w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
            << QStringLiteral("外 1 2 | 3 |");
    }

    void readsMarkup()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedText);
        QTemporaryDir dir;
        const QByteArray docx = docxWithBody(body, dir);
        if (docx.isEmpty())
            QSKIP("no zip program to build the test document");
        const ReadResult result = DocxReader::read(QStringLiteral("t.docx"), docx);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.text, expectedText);
        QCOMPARE(spanProblem(result.document), QString());
    }

    void failsWithOneLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04garbage");
        QTest::newRow("truncated") << QByteArray("PK\x03\x04\x14\x00\x00\x00");
    }

    void failsWithOneLine()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult result = DocxReader::read(QStringLiteral("bad.docx"), bytes);
        QVERIFY(!result.ok);
        QVERIFY(result.error.startsWith(QStringLiteral("bad.docx: ")));
        QVERIFY(!result.error.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestDocxReader)
#include "tst_docxreader.moc"
