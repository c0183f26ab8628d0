// The format of a report comes from its bytes, not its name: FormatSniffer on small inputs, and every
// case of tests/data/sniff (a page source as .txt, a page, a web archive and RTF served as .doc, text
// named .html; made by make_fixtures.py) read through the whole pipeline to the golden cells of its
// seed with the format found in the JSON.
#include "export/reportjson.h"
#include "io/filereader.h"
#include "io/formatsniffer.h"
#include "pipeline/extractor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gk;

namespace {

const QString sniffDir = QStringLiteral(GK_TEST_DATA_DIR "/sniff");

QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes;
}

} // namespace

class TestFormatSniffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sniffs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("format");

        const QByteArray page("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><p>报告</p></body></html>");
        QTest::newRow("page named .html") << "a.html" << page << "html";
        QTest::newRow("page named .txt") << "a.txt" << page << "html";
        QTest::newRow("page named .doc") << "a.doc" << page << "html";
        QTest::newRow("page named .pdf (an error page saved by a crawler)") << "a.pdf" << page << "html";
        QTest::newRow("Word's HTML with an XML declaration and a comment")
            << "a.doc"
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n<!-- saved from url=(0042) -->\r\n<html xmlns:o=\"urn:o\"><body>x</body></html>")
            << "html";
        QTest::newRow("page source under a crawler's header lines")
            << "a.txt"
            << QByteArray("标题: 报告\n发布时间: 2021-01-01\n<div class=\"main\"><p>一、总体情况</p><table><tr><td>规章</td><td>0</td>"
                          "</tr></table></div>")
            << "html";
        QTest::newRow("page in UTF-16 with a BOM") << "a.txt" << utf16le(QString::fromUtf8(page)) << "html";
        QTest::newRow("text quoting a stray <br> and -->")
            << "a.txt" << QByteArray("相关链接： --> 一、总体情况<br>本年度……\n二、主动公开") << "text";
        QTest::newRow("plain text named .html")
            << "a.html" << QByteArray("一、总体情况\n2020年，本机关……\n规章 | 0 | 0 | 0 |\n") << "text";
        QTest::newRow("HTML fragment named .html") << "a.htm" << QByteArray("<p>一、总体情况</p>\n<p>…</p>") << "html";
        QTest::newRow("MHTML web archive named .doc")
            << "a.doc"
            << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"----=_NextPart_0\"\r\n\r\n"
                          "This document is a Single File Web Page.\r\n")
            << "html";
        QTest::newRow("MHTML saved by a browser (From:, Subject: first)")
            << "a.mht"
            << QByteArray("From: <Saved by Blink>\nSubject: =?utf-8?Q?x?=\nMIME-Version: 1.0\nContent-Type: multipart/related;"
                          " type=\"text/html\"; boundary=\"b\"\n\n--b\n")
            << "html";
        QTest::newRow("a mail header without MIME is text")
            << "a.txt" << QByteArray("Subject: 年度报告\nFrom: 办公室\n\n一、总体情况\n") << "text";
        QTest::newRow("RTF named .doc") << "a.doc" << QByteArray("{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}") << "rtf";
        QTest::newRow("RTF named .txt after white space") << "a.txt" << QByteArray("\r\n {\\rtf1 x}") << "rtf";
        QTest::newRow("Word 97 compound file") << "a.doc" << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << "doc";
        QTest::newRow("WPS compound file") << "a.wps" << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << "doc";
        QTest::newRow("zip named .doc is DOCX") << "a.doc" << QByteArray("PK\x03\x04\x14\0\0\0", 8) << "docx";
        QTest::newRow("PDF named .txt") << "a.txt" << QByteArray("%PDF-1.7\n%\xE2\xE3") << "pdf";
        QTest::newRow("PDF after junk bytes") << "a.pdf" << QByteArray("\r\n\r\n%PDF-1.4\n") << "pdf";
        QTest::newRow("binary named .pdf stays PDF (its reader says what is wrong)")
            << "a.pdf" << QByteArray("\x01\x02\x03\0\x05\x06", 6) << "pdf";
        QTest::newRow("binary named .doc goes to LibreOffice") << "a.doc" << QByteArray("\x01\x02\0\x04", 4) << "doc";
        QTest::newRow("text named .doc is text") << "a.doc" << QByteArray("一、总体情况\n规章 0 0 0\n") << "text";
        QTest::newRow("text named .pdf is text") << "a.pdf" << QByteArray("一、总体情况\n") << "text";
        QTest::newRow("PNG named .txt stays text (the text reader calls it binary)")
            << "a.txt" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "text";
    }

    void sniffs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(QString, format);
        QCOMPARE(FileReader::formatOf(name, head), format);
    }

    /** Every case of tests/data/sniff gives the golden cells and metadata, and the format it really is. */
    void readsByContent_data()
    {
        QTest::addColumn<QString>("folder");
        const QStringList cases = QDir(sniffDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 6, qPrintable(sniffDir));
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << QDir(sniffDir).filePath(name);
    }

    void readsByContent()
    {
        QFETCH(QString, folder);
        QFile expectedFile(QDir(folder).filePath(QStringLiteral("expected.json")));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject want = QJsonDocument::fromJson(expectedFile.readAll()).object();
        const QString input = QDir(folder).filePath(want.value(QLatin1String("file")).toString());
        const Extractor::Result result = Extractor::extract(input);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject got = ReportJson::toJson(result.report, {});
        QCOMPARE(got.value(QLatin1String("format")), want.value(QLatin1String("format")));
        QCOMPARE(got.value(QLatin1String("year")), want.value(QLatin1String("year")));
        QCOMPARE(got.value(QLatin1String("template")), want.value(QLatin1String("template")));
        QCOMPARE(got.value(QLatin1String("published")), want.value(QLatin1String("published")));
        QVERIFY2(got.value(QLatin1String("agency")).toString().contains(want.value(QLatin1String("agency_contains")).toString()),
                 qPrintable(got.value(QLatin1String("agency")).toString()));
        const QJsonObject uncertainRows = want.value(QLatin1String("uncertain")).toObject();
        const QJsonObject wantCells = want.value(QLatin1String("cells")).toObject();
        const QJsonObject gotCells = got.value(QLatin1String("cells")).toObject();
        QStringList wrong;
        for (auto it = wantCells.constBegin(); it != wantCells.constEnd(); ++it) {
            if (uncertainRows.contains(it.key().left(it.key().lastIndexOf(QLatin1Char('.')))))
                continue;
            const QJsonValue value = gotCells.value(it.key());
            const bool same = it.value().isNull() ? value.isNull()
                                                  : value.isDouble() && qAbs(value.toDouble() - it.value().toDouble()) < 1e-6;
            if (!same)
                wrong.append(it.key());
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char(' '))));
        if (uncertainRows.isEmpty())
            QCOMPARE(got.value(QLatin1String("uncertain")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "tst_formatsniffer.moc"
