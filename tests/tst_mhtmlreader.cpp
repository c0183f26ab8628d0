// Web archives (MHTML): the MIME parts, their transfer encodings and charsets, and the page read
// through the HTML reader. The whole-report case is in tst_formatsniffer (tests/data/sniff).
#include "io/mhtmlreader.h"
#include "readertesthelpers.h"

#include <QTest>

using namespace gk;
using namespace gk::test;

namespace {

QByteArray archive(const QByteArray &pageHeaders, const QByteArray &pageBody, const QByteArray &lineEnd = "\r\n")
{
    QByteArrayList lines = {"From: <Saved by Word>", "MIME-Version: 1.0",
                            "Content-Type: multipart/related;", "\tboundary=\"----=_NextPart_01\";", "\ttype=\"text/html\"",
                            "", "This is a multi-part message in MIME format.", "", "------=_NextPart_01",
                            "Content-Location: file:///C:/a.files/image001.png", "Content-Transfer-Encoding: base64",
                            "Content-Type: image/png", "", "iVBORw0KGgo=", "", "------=_NextPart_01"};
    lines += pageHeaders.split('\n');
    lines += "";
    lines += pageBody.split('\n');
    lines += "------=_NextPart_01--";
    lines += "";
    return lines.join(lineEnd);
}

} // namespace

class TestMhtmlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("escapes") << QByteArray("=B1=A8=b8=e6") << QByteArray("\xB1\xA8\xB8\xE6");
        QTest::newRow("soft line break CRLF") << QByteArray("ab=\r\ncd") << QByteArray("abcd");
        QTest::newRow("soft line break LF") << QByteArray("ab=\ncd") << QByteArray("abcd");
        QTest::newRow("=3D is =") << QByteArray("class=3DMsoNormal") << QByteArray("class=MsoNormal");
        QTest::newRow("a stray = is kept") << QByteArray("a=zz=") << QByteArray("a=zz=");
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        QCOMPARE(MhtmlReader::decodeQuotedPrintable(encoded), decoded);
    }

    void readsThePage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");

        // 报告 in GB2312: B1 A8 B8 E6.
        QTest::newRow("GB2312 quoted-printable, charset in the part header")
            << archive("Content-Location: file:///C:/a.htm\nContent-Transfer-Encoding: quoted-printable\n"
                       "Content-Type: text/html; charset=\"gb2312\"",
                       "<html><body><p class=3DMsoNormal>=B1=A8=B8=E6</p><table><tr><td>=B9=E6=D5=C2</td><td>0</td></tr></ta=\nble>"
                       "</body></html>")
            << QStringLiteral("GB18030");
        QTest::newRow("UTF-8 base64, LF line ends")
            << archive("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64",
                       QByteArray("<html><body><p>报告</p><table><tr><td>规章</td><td>0</td></tr></table></body></html>").toBase64(),
                       "\n")
            << QStringLiteral("UTF-8");
        QTest::newRow("no charset in the header: the page's <meta> decides")
            << archive("Content-Type: text/html\nContent-Transfer-Encoding: 8bit",
                       "<html><head><meta charset=\"gbk\"></head><body><p>\xB1\xA8\xB8\xE6</p><table><tr><td>\xB9\xE6\xD5\xC2</td>"
                       "<td>0</td></tr></table></body></html>")
            << QStringLiteral("GB18030");
    }

    void readsThePage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const ReadResult result = MhtmlReader::read(QStringLiteral("a.doc"), bytes);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.document.format, QStringLiteral("html"));
        QCOMPARE(result.document.encoding, encoding);
        QCOMPARE(result.document.text, QStringLiteral("报告\n规章 | 0 |"));
        QCOMPARE(tableLines(result.document, 0), QStringList{QStringLiteral("规章|0")});
    }

    void nestedMultipartIsFlattened()
    {
        const QByteArray message("MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=outer\n\n--outer\n"
                                 "Content-Type: text/plain\n\nplain\n--outer\nContent-Type: multipart/related; boundary=\"inner\"\n\n"
                                 "--inner\nContent-Type: text/html; charset=utf-8\n\n<p>x</p>\n--inner--\n--outer--\n");
        const QList<MhtmlReader::Part> parts = MhtmlReader::parts(message);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).contentType, QByteArray("text/plain"));
        QCOMPARE(parts.at(0).body, QByteArray("plain"));
        QCOMPARE(parts.at(1).contentType, QByteArray("text/html"));
        QCOMPARE(parts.at(1).charset, QByteArray("utf-8"));
        QCOMPARE(parts.at(1).body, QByteArray("<p>x</p>"));
    }

    void noPageIsAClearError()
    {
        const QByteArray message("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
                                 "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n");
        const ReadResult result = MhtmlReader::read(QStringLiteral("/x/report.doc"), message);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QLatin1String("report.doc: ")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestMhtmlReader)
#include "tst_mhtmlreader.moc"
