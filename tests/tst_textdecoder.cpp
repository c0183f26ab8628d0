#include "io/filereader.h"
#include "io/textdecoder.h"

#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace gk;

namespace {

QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(converter, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    out.resize(n);
    return out;
}

const QString sample = QStringLiteral("保康县2020年度政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量 | 1 | 0 |\n"
                                      "三、收到和处理政府信息公开申请情况\n（七）总计\n");
const QString sampleTraditional = QStringLiteral("高新區(新市區)政府信息公開工作年度報告\n三、收到和處理政府信息公開申請情況\n"
                                                 "本年新收政府信息公開申請數量\n");

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesEveryEncodingAReportUses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QString>("expectedEncoding");
        QTest::newRow("utf8") << sample.toUtf8() << sample << QStringLiteral("UTF-8");
        QTest::newRow("utf8 with bom") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample
                                       << QStringLiteral("UTF-8");
        QTest::newRow("utf16le with bom") << QByteArray("\xFF\xFE") + encode(sample, "UTF-16LE") << sample
                                          << QStringLiteral("UTF-16LE");
        QTest::newRow("utf16be with bom") << QByteArray("\xFE\xFF") + encode(sample, "UTF-16BE") << sample
                                          << QStringLiteral("UTF-16BE");
        QTest::newRow("utf16le without bom") << encode(sample, "UTF-16LE") << sample << QStringLiteral("UTF-16LE");
        QTest::newRow("gb18030") << encode(sample, "GB18030") << sample << QStringLiteral("GB18030");
        QTest::newRow("big5") << encode(sampleTraditional, "Big5") << sampleTraditional << QStringLiteral("Big5");
    }
    void decodesEveryEncodingAReportUses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedText);
        QFETCH(QString, expectedEncoding);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.text, expectedText);
        QCOMPARE(result.encoding, expectedEncoding);
    }

    void normalisesLineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("crlf") << QString(sample).replace(QStringLiteral("\n"), QStringLiteral("\r\n")).toUtf8();
        QTest::newRow("cr") << QString(sample).replace(QStringLiteral("\n"), QStringLiteral("\r")).toUtf8();
        QTest::newRow("gb18030 crlf") << encode(QString(sample).replace(QStringLiteral("\n"), QStringLiteral("\r\n")), "GB18030");
    }
    void normalisesLineEnds()
    {
        QFETCH(QByteArray, bytes);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY(result.ok);
        QCOMPARE(result.text, sample);
    }

    void truncatedUtf8IsReadWithAWarning()
    {
        QByteArray bytes = sample.toUtf8();
        bytes.chop(2); // cut inside the last character
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY(result.ok);
        QVERIFY(!result.warnings.isEmpty());
        QVERIFY(!result.text.contains(QChar(0xFFFD)));
    }

    void badFilesGiveAOneLineErrorNamingTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char((i * 7919) % 256));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << binary << QStringLiteral("binary");
        QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10", 24) /* 16×16: 24 bytes, all in the literal */
                                    << QStringLiteral("binary");
    }
    void badFilesGiveAOneLineErrorNamingTheFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("报告.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const ReadResult result = FileReader::read(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("报告.txt: ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(cause), qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1Char('\n')));
    }

    void hugeFileIsRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(100ll * 1024 * 1024)); // sparse: 100 MiB without writing it
        file.close();
        const ReadResult result = FileReader::read(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("too large")), qPrintable(result.error));
        QVERIFY(result.error.startsWith(QStringLiteral("huge.txt: ")));
    }

    void missingFileIsAnError()
    {
        const ReadResult result = FileReader::read(QStringLiteral("/nonexistent/report.txt"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("report.txt")));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
