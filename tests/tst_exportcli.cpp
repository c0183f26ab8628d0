#include "exporttesthelpers.h"

#include "review/reviewstore.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;
using namespace gktest;

/** `gkreview-cli export`: what a script relies on (exit codes, one-line errors, the files). */
class TestExportCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(GK_CLI_PATH), QStringList{QStringLiteral("export")} + arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    /** A copy of seed 003 in `dir`, with its review (one correction) saved beside it or elsewhere. */
    static QString prepare(const QTemporaryDir &dir, bool reviewBeside, QString *reviewFile = nullptr)
    {
        const QString report = dir.filePath(QStringLiteral("003.txt"));
        QFile::copy(seedPath(seed003), report);
        const Extractor::Result result = Extractor::extract(report);
        Review review;
        reviewSeed003(&review, result.report);
        QString error;
        if (!ReviewStore::save(review, report, &error))
            qWarning("%s", qPrintable(error));
        if (!reviewBeside) {
            const QString moved = dir.filePath(QStringLiteral("elsewhere.gkreview.json"));
            QFile::rename(ReviewStore::reviewPathFor(report), moved);
            if (reviewFile)
                *reviewFile = moved;
        }
        return report;
    }

    static QJsonObject readJson(const QString &path)
    {
        return QJsonDocument::fromJson(readAll(path)).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStringLiteral(GK_CLI_PATH).isEmpty())
            QSKIP("built without gkreview-cli");
    }

    void exportsEverything_data()
    {
        QTest::addColumn<bool>("beside");
        QTest::newRow("the review beside the report") << true;
        QTest::newRow("--review names it") << false;
    }
    void exportsEverything()
    {
        QFETCH(bool, beside);
        QTemporaryDir dir;
        QString reviewFile;
        const QString report = prepare(dir, beside, &reviewFile);
        const QString csv = dir.filePath(QStringLiteral("csv"));
        const QString xlsx = dir.filePath(QStringLiteral("003.xlsx"));
        const QString json = dir.filePath(QStringLiteral("003.json"));
        QStringList arguments{QStringLiteral("--csv"), csv, QStringLiteral("--xlsx"), xlsx, QStringLiteral("--json"), json};
        if (!beside)
            arguments << QStringLiteral("--review") << reviewFile;
        const Run run = cli(arguments << report);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(QFileInfo(xlsx).size() > 0);
        QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(),
                 QDir(csv).entryList(QDir::Files).size() + 2);

        const QJsonObject object = readJson(json);
        QCOMPARE(object.value(QStringLiteral("cells")).toObject().value(correctedCell).toInt(), 221);
        const QJsonObject correction = object.value(QStringLiteral("corrections")).toObject().value(correctedCell).toObject();
        QCOMPARE(correction.value(QStringLiteral("value_as_read")).toInt(), 220);
        QCOMPARE(correction.value(QStringLiteral("value")).toInt(), 221);
        QCOMPARE(correction.value(QStringLiteral("note")).toString(), correctionNote);
        QCOMPARE(object.value(QStringLiteral("template")).toString(), QStringLiteral("2019"));
        bool rowTotal = false;
        for (const QJsonValue &f : object.value(QStringLiteral("findings")).toArray()) {
            rowTotal = rowTotal || (f[QStringLiteral("rule")] == QLatin1String("applications.row_total")
                                    && f[QStringLiteral("verdict")] == QLatin1String("open"));
        }
        QVERIFY(rowTotal);
    }

    /** Headless charts: every chart as PNG and SVG at the size asked for, without a display. */
    void exportsCharts()
    {
        QTemporaryDir dir;
        const QString report = prepare(dir, true);
        const QString charts = dir.filePath(QStringLiteral("charts"));
        const Run run = cli({QStringLiteral("--charts"), charts, QStringLiteral("--chart-size"),
                             QStringLiteral("640x480"), report});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList written = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(written.size(), 8);
        for (const QString &path : written) {
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
            if (path.endsWith(QLatin1String(".png"))) {
                QImage image(path);
                QCOMPARE(image.size(), QSize(640, 480));
            } else {
                QVERIFY(readAll(path).contains("viewBox=\"0 0 640 480\""));
            }
        }
    }

    /** A review passed with --review is the reviewer's work too: never an export's destination. */
    void reviewGivenIsNotOverwritten()
    {
        QTemporaryDir dir;
        QString reviewFile;
        const QString report = prepare(dir, false, &reviewFile);
        const QByteArray before = readAll(reviewFile);
        const Run run = cli({QStringLiteral("--review"), reviewFile, QStringLiteral("--json"), reviewFile, report});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(reviewFile)), qPrintable(run.err));
        QCOMPARE(readAll(reviewFile), before);
    }

    void changedReportIgnoresTheReviewBeside()
    {
        QTemporaryDir dir;
        const QString report = prepare(dir, true);
        QFile file(report);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n");
        file.close();
        const QString json = dir.filePath(QStringLiteral("003.json"));
        const Run run = cli({QStringLiteral("--json"), json, report});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(ReviewStore::reviewPathFor(report)));
        QCOMPARE(readJson(json).value(QStringLiteral("cells")).toObject().value(correctedCell).toInt(), 220);
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // the path the error must name
        QTest::newRow("missing report") << QStringList{QStringLiteral("--json"), QStringLiteral("@/out.json"),
                                                       QStringLiteral("@/missing.txt")}
                                        << QStringLiteral("missing.txt");
        QTest::newRow("csv into a file") << QStringList{QStringLiteral("--csv"), QStringLiteral("@/003.txt/csv"),
                                                        QStringLiteral("@/003.txt")}
                                         << QStringLiteral("@/003.txt/csv");
        QTest::newRow("xlsx in a missing folder")
            << QStringList{QStringLiteral("--xlsx"), QStringLiteral("@/no/such/out.xlsx"), QStringLiteral("@/003.txt")}
            << QStringLiteral("@/no/such/out.xlsx");
        QTest::newRow("json onto a folder") << QStringList{QStringLiteral("--json"), QStringLiteral("@"),
                                                           QStringLiteral("@/003.txt")}
                                            << QStringLiteral("@");
        QTest::newRow("unreadable review") << QStringList{QStringLiteral("--json"), QStringLiteral("@/o.json"),
                                                          QStringLiteral("--review"), QStringLiteral("@/003.txt"),
                                                          QStringLiteral("@/003.txt")}
                                           << QStringLiteral("@/003.txt");
        QTest::newRow("charts into a file")
            << QStringList{QStringLiteral("--charts"), QStringLiteral("@/003.txt/charts"), QStringLiteral("@/003.txt")}
            << QStringLiteral("@/003.txt/charts");
        QTest::newRow("chart size too small")
            << QStringList{QStringLiteral("--charts"), QStringLiteral("@/charts"), QStringLiteral("--chart-size"),
                           QStringLiteral("20x10"), QStringLiteral("@/003.txt")}
            << QString();
        QTest::newRow("json onto the review") << QStringList{QStringLiteral("--json"), QStringLiteral("@/003.txt.gkreview.json"),
                                                             QStringLiteral("@/003.txt")}
                                              << QStringLiteral("@/003.txt.gkreview.json");
        QTest::newRow("xlsx onto the report") << QStringList{QStringLiteral("--xlsx"), QStringLiteral("@/003.txt"),
                                                             QStringLiteral("@/003.txt")}
                                              << QStringLiteral("@/003.txt");
        QTest::newRow("json onto the report through .")
            << QStringList{QStringLiteral("--json"), QStringLiteral("@/./003.txt"), QStringLiteral("@/003.txt")}
            << QStringLiteral("@/./003.txt");
        QTest::newRow("json and xlsx on one path")
            << QStringList{QStringLiteral("--json"), QStringLiteral("@/out.x"), QStringLiteral("--xlsx"),
                           QStringLiteral("@/out.x"), QStringLiteral("@/003.txt")}
            << QStringLiteral("@/out.x");
        QTest::newRow("chart size of too many pixels")
            << QStringList{QStringLiteral("--charts"), QStringLiteral("@/charts"), QStringLiteral("--chart-size"),
                           QStringLiteral("8000x8000"), QStringLiteral("@/003.txt")}
            << QString();
        QTest::newRow("no destination") << QStringList{QStringLiteral("@/003.txt")} << QString();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--pdf"), QStringLiteral("x"), QStringLiteral("@/003.txt")}
                                        << QString();
    }
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QTemporaryDir dir;
        prepare(dir, true);
        const QString root = QDir::cleanPath(dir.path());
        for (QString &argument : arguments)
            argument.replace(QLatin1Char('@'), root);
        named.replace(QLatin1Char('@'), root);
        const QByteArray reportBefore = readAll(root + QLatin1String("/003.txt"));
        const QByteArray reviewBefore = readAll(root + QLatin1String("/003.txt.gkreview.json"));
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        // Whatever went wrong, the report and the reviewer's saved review are as they were.
        QCOMPARE(readAll(root + QLatin1String("/003.txt")), reportBefore);
        QCOMPARE(readAll(root + QLatin1String("/003.txt.gkreview.json")), reviewBefore);
        if (!named.isEmpty()) {
            QVERIFY2(run.err.contains(QDir::toNativeSeparators(named)), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        }
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
