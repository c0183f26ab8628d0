// `gkreview-cli extract` as a script uses it: the page images of one scan given together are one
// report, other files among them are refused with a line naming the file, and output that cannot be
// written (a full disk) is an error, not a truncated report with exit 0.
#include "scanpageimage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

class tst_ExtractCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_pages;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Run extract(const QStringList &files, const QString &outputFile = QString())
    {
        QProcess process;
        if (!outputFile.isEmpty())
            process.setStandardOutputFile(outputFile);
        process.start(QStringLiteral(GK_CLI_PATH),
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("extract")} + files);
        Run run;
        if (!process.waitForFinished(600000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QStringList presentTables(const QJsonObject &report)
    {
        QStringList ids;
        for (const QJsonValue &table : report.value(QStringLiteral("tables")).toArray()) {
            if (table.toObject().value(QStringLiteral("present")).toBool())
                ids.append(table.toObject().value(QStringLiteral("id")).toString());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStringLiteral(GK_CLI_PATH).isEmpty())
            QSKIP("no command line in this build");
        QVERIFY(m_dir.isValid());
        for (int page = 1; page <= 2; ++page) {
            m_pages.append(m_dir.filePath(QStringLiteral("page%1.png").arg(page)));
            QVERIFY(test::scanPageImage(QStringLiteral("scan003-150.pdf"), page).save(m_pages.last()));
        }
    }

    void pageImagesTogetherAreOneReport()
    {
        const Run first = extract({m_pages.first()});
        const Run both = extract(m_pages);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(both.exitCode, 0);
        const QJsonObject one = QJsonDocument::fromJson(first.out).object();
        const QJsonObject two = QJsonDocument::fromJson(both.out).object();
        QCOMPARE(two.value(QStringLiteral("format")).toString(), QStringLiteral("ocr"));
        QCOMPARE(two.value(QStringLiteral("file")).toString(), QStringLiteral("page1.png"));
        // The second page's tables are there only when both pages are read.
        const QStringList onePage = presentTables(one);
        const QStringList twoPages = presentTables(two);
        QVERIFY2(twoPages.size() > onePage.size(), qPrintable(twoPages.join(QLatin1Char(' '))));
        for (const QString &id : onePage)
            QVERIFY(twoPages.contains(id));
    }

    void otherFilesAreNotReadAsPages()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("一、总体情况") > 0);
        notes.close();
        const Run run = extract({m_pages.first(), text});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QLatin1String("notes.txt: ")), qPrintable(run.err));
    }

    void outputThatCannotBeWrittenIsAnError()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        const Run run = extract({QStringLiteral(GK_SHARED_DIR "/seeds/003_a2303bdcaefa6cda.txt")},
                                QStringLiteral("/dev/full"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("003_a2303bdcaefa6cda.txt")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(tst_ExtractCli)
#include "tst_extractcli.moc"
