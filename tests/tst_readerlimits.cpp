// Issue 14's smaller hardening, each a row: only regular files are read, sources past the line
// limit are refused, undecodable characters become findings, and huge values keep their digits
// in finding texts.
#include "checks/checker.h"
#include "checks/sumcheck.h"
#include "io/filereader.h"
#include "pipeline/extractor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace gk;

class tst_ReaderLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fifoIsRefusedAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const ReadResult result = FileReader::read(path); // must not block in read()
        QVERIFY(!result.ok);
        QVERIFY2(result.error == QStringLiteral("r.txt: is not a regular file"), qPrintable(result.error));
    }

    void tooManyLinesIsRefused_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<bool>("read");
        QTest::newRow("at the limit") << int(Extractor::maxLines) << true;
        QTest::newRow("one line more") << int(Extractor::maxLines) + 1 << false;
    }

    void tooManyLinesIsRefused()
    {
        QFETCH(int, lines);
        QFETCH(bool, read);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lines.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("一、总体情况\n") + QByteArray("1\n").repeated(lines - 2) + "1");
        file.close();
        const Extractor::Result result = Extractor::extract(path);
        QCOMPARE(result.ok, read);
        if (!read)
            QVERIFY2(result.error.startsWith(QStringLiteral("lines.txt: ")) && result.error.contains(QStringLiteral("lines")),
                     qPrintable(result.error));
    }

    void decodeWarningsAreFindings()
    {
        QFile seed(QStringLiteral(GK_SHARED_DIR "/seeds/003_a2303bdcaefa6cda.txt"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QByteArray bytes = seed.readAll();
        bytes.insert(bytes.size() / 2, "\xff\xfe\xc3");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Extractor::Result result = Extractor::extract(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        bool found = false;
        for (const Finding &finding : Checker::check(result.report)) {
            if (finding.rule == QLatin1String("source.decoding")) {
                found = true;
                QCOMPARE(finding.severity, Severity::Warning);
                QVERIFY2(finding.message.contains(QStringLiteral("damaged.txt")), qPrintable(finding.message));
            }
        }
        QVERIFY(found);
    }

    void hugeNumbersKeepTheirDigits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("count") << 220.0 << QStringLiteral("220");
        QTest::newRow("amount") << 2359.4197 << QStringLiteral("2359.4197");
        QTest::newRow("2^53") << 9007199254740992.0 << QStringLiteral("9007199254740992");
        QTest::newRow("past qint64 (llround overflowed to INT64_MIN)")
            << 1.0e19 << QStringLiteral("10000000000000000000");
        QTest::newRow("negative past qint64") << -1.0e19 << QStringLiteral("-10000000000000000000");
    }

    void hugeNumbersKeepTheirDigits()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(SumCheck::formatNumber(value), text);
    }
};

QTEST_GUILESS_MAIN(tst_ReaderLimits)
#include "tst_readerlimits.moc"
