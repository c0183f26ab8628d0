#include "exporttesthelpers.h"

#include "review/reviewstore.h"
#include "workspace/reportsummary.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;
using namespace gktest;

/**
 * `gkreview-cli check|export` over folders: the order of everything written is the same whatever
 * --jobs, the summary rows and the cells file hold what the goldens say, an unreadable file is a row
 * and the run goes on, and two years of one agency are checked against each other.
 */
class TestBatchCli : public QObject
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
        process.start(QStringLiteral(GK_CLI_PATH), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        Run run;
        if (!process.waitForFinished(600000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static void copyFolder(const QString &from, const QString &to)
    {
        QDir().mkpath(to);
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(path, target);
        }
    }

    /** The seeds, the real reports, the text fixtures, the other formats and one empty file. */
    QString corpus()
    {
        const QString root = m_dir.filePath(QStringLiteral("corpus"));
        if (QFileInfo::exists(root))
            return root;
        copyFolder(QStringLiteral(GK_SHARED_DIR "/seeds"), root + QStringLiteral("/seeds"));
        copyFolder(QStringLiteral(GK_SHARED_DIR "/real/reports"), root + QStringLiteral("/real"));
        copyFolder(QStringLiteral(GK_TEST_DATA_DIR "/fixtures"), root + QStringLiteral("/fixtures"));
        copyFolder(QStringLiteral(GK_TEST_DATA_DIR "/formats"), root + QStringLiteral("/formats"));
        QDir().mkpath(root + QStringLiteral("/bad"));
        QFile::copy(QStringLiteral(GK_TEST_DATA_DIR "/bad/empty.txt"), root + QStringLiteral("/bad/empty.txt"));
        return root;
    }

    /** Runs check on the corpus once and keeps the summary rows by file. */
    void summarise()
    {
        if (!m_rows.isEmpty())
            return;
        const QString summary = m_dir.filePath(QStringLiteral("s1.csv"));
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--jobs"), QStringLiteral("2"),
                             QStringLiteral("--summary"), summary, corpus()});
        m_exitCode = run.exitCode;
        m_err = run.err;
        const QList<QStringList> rows = readCsv(readAll(summary));
        if (rows.isEmpty())
            return;
        m_header = rows.first();
        for (int i = 1; i < rows.size(); ++i)
            m_rows.insert(rows.at(i).first(), rows.at(i));
        const QList<QStringList> cells = readCsv(readAll(m_dir.filePath(QStringLiteral("s1.cells.csv"))));
        for (int i = 1; i < cells.size(); ++i) {
            const QStringList &c = cells.at(i);
            // file, agency, year, table, row, row label, column, column label, as read, corrected, …
            m_cells.insert(c.at(0) + QLatin1Char('|') + c.at(3) + QLatin1Char('.') + c.at(4) + QLatin1Char('.') + c.at(6),
                           c.at(8));
        }
    }

    QString field(const QStringList &row, const QString &column) const
    {
        const qsizetype at = m_header.indexOf(column);
        return at >= 0 && at < row.size() ? row.at(at) : QStringLiteral("<no column %1>").arg(column);
    }

    QTemporaryDir m_dir;
    QStringList m_header;
    QHash<QString, QStringList> m_rows;
    QHash<QString, QString> m_cells;
    int m_exitCode = -1;
    QString m_err;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStringLiteral(GK_CLI_PATH).isEmpty())
            QSKIP("built without gkreview-cli");
        QVERIFY(m_dir.isValid());
    }

    void sameOutputWhateverTheJobs_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("check, CSV summary") << QStringLiteral("check") << QStringLiteral("csv");
        QTest::newRow("check, XLSX summary") << QStringLiteral("check") << QStringLiteral("xlsx");
        QTest::newRow("export CSV into a folder") << QStringLiteral("export") << QStringLiteral("csv");
    }
    void sameOutputWhateverTheJobs()
    {
        QFETCH(QString, command);
        QFETCH(QString, suffix);
        QStringList outputs;
        QList<QByteArray> cells;
        QList<QByteArray> summaries;
        for (const QString &jobs : {QStringLiteral("1"), QStringLiteral("4")}) {
            const QString name = QStringLiteral("%1-%2-%3").arg(command, suffix, jobs);
            const QString summary = m_dir.filePath(name + QLatin1Char('.') + suffix);
            QStringList arguments = {command, QStringLiteral("--jobs"), jobs, QStringLiteral("--summary"), summary};
            if (command == QLatin1String("export"))
                arguments << QStringLiteral("--csv") << m_dir.filePath(name);
            arguments << corpus();
            const Run run = cli(arguments);
            QCOMPARE(run.exitCode, 2); // the empty file
            QVERIFY2(run.err.contains(QStringLiteral("empty.txt")), qPrintable(run.err));
            outputs.append(QString(run.out).replace(name, QStringLiteral("NAME")));
            cells.append(readAll(m_dir.filePath(name + QStringLiteral(".cells.csv"))));
            summaries.append(suffix == QLatin1String("csv") ? readAll(summary) : QByteArray());
        }
        QVERIFY(!outputs.first().isEmpty());
        QCOMPARE(outputs.at(1), outputs.at(0));
        QVERIFY(cells.first().size() > 1000);
        QVERIFY(cells.at(1) == cells.at(0));
        QVERIFY(summaries.at(1) == summaries.at(0));
        if (command == QLatin1String("export")) {
            const QString table = m_dir.filePath(QStringLiteral("export-csv-4/seeds/003_a2303bdcaefa6cda.txt/"
                                                                 "003_a2303bdcaefa6cda.cells.csv"));
            QVERIFY2(QFileInfo::exists(table), qPrintable(table));
        }
    }

    void summaryMatchesGoldens_data()
    {
        QTest::addColumn<QString>("stem");
        const QStringList seeds = QDir(QStringLiteral(GK_SHARED_DIR "/seeds")).entryList({QStringLiteral("*.txt")});
        for (const QString &seed : seeds)
            QTest::newRow(qPrintable(seed)) << QFileInfo(seed).completeBaseName();
    }
    void summaryMatchesGoldens()
    {
        QFETCH(QString, stem);
        summarise();
        const QString file = QStringLiteral("seeds/") + stem + QStringLiteral(".txt");
        QVERIFY2(m_rows.contains(file), qPrintable(m_rows.keys().join(QLatin1Char(' '))));
        const QStringList row = m_rows.value(file);
        const QJsonObject expected = golden(stem);
        QVERIFY(field(row, QStringLiteral("agency")).contains(expected.value(QStringLiteral("agency_contains")).toString()));
        QCOMPARE(field(row, QStringLiteral("year")), QString::number(expected.value(QStringLiteral("year")).toInt()));
        QCOMPARE(field(row, QStringLiteral("template")), expected.value(QStringLiteral("template")).toString());
        QCOMPARE(field(row, QStringLiteral("format")), QStringLiteral("text"));
        const QJsonObject cells = expected.value(QStringLiteral("cells")).toObject();
        QCOMPARE(field(row, QStringLiteral("received")), goldenText(cells.value(QStringLiteral("applications.new_received.total"))));
        QCOMPARE(field(row, QStringLiteral("carried forward")),
                 goldenText(cells.value(QStringLiteral("applications.carried_forward.total"))));
        QCOMPARE(field(row, QStringLiteral("handled, total")),
                 goldenText(cells.value(QStringLiteral("applications.result_total.total"))));
        const bool balanceFires = expected.value(QStringLiteral("must_fire")).toArray().contains(QStringLiteral("applications.balance"));
        QCOMPARE(field(row, QStringLiteral("applications.balance")), balanceFires ? QStringLiteral("error") : QStringLiteral("ok"));
        // A row whose values lost their columns (golden "uncertain") is only known by its values.
        const QJsonObject uncertain = expected.value(QStringLiteral("uncertain")).toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            if (uncertain.contains(it.key().section(QLatin1Char('.'), 0, 1)))
                continue;
            const QString key = file + QLatin1Char('|') + it.key();
            QVERIFY2(m_cells.contains(key), qPrintable(key));
            QCOMPARE(m_cells.value(key), goldenText(it.value()));
        }
    }

    void unreadableFileIsARow()
    {
        summarise();
        QCOMPARE(m_exitCode, 2);
        const QStringList row = m_rows.value(QStringLiteral("bad/empty.txt"));
        QVERIFY(!row.isEmpty());
        QCOMPARE(field(row, QStringLiteral("status")), QStringLiteral("unreadable"));
        QVERIFY(field(row, QStringLiteral("why it could not be read")).contains(QStringLiteral("empty.txt")));
        // the run went on: the files after it are there
        QVERIFY(m_rows.contains(QStringLiteral("seeds/004_95a02e89d4595156.txt")));
        QVERIFY(m_rows.contains(QStringLiteral("real/021_pingtan_gwh_2025.txt")));
        QVERIFY(m_rows.contains(QStringLiteral("formats/003.pdf")));
    }

    /** Seed 003 (沈河区, 2020: 四 35) beside a copy made its 2021 report (二 still 7). */
    void seriesAcrossTwoYears_data()
    {
        QTest::addColumn<bool>("consecutive");
        QTest::addColumn<int>("mismatches");
        QTest::newRow("2020 and 2021: 二 of 2021 checked against 四 of 2020") << true << 2;
        QTest::newRow("2020 and 2022: not consecutive, nothing checked") << false << 0;
    }
    void seriesAcrossTwoYears()
    {
        QFETCH(bool, consecutive);
        QFETCH(int, mismatches);
        const QString folder = m_dir.filePath(consecutive ? QStringLiteral("series1") : QStringLiteral("series2"));
        QDir().mkpath(folder + QStringLiteral("/a"));
        QFile::copy(seedPath(seed003), folder + QStringLiteral("/a/2020.txt"));
        QString text = QString::fromUtf8(readAll(seedPath(seed003)));
        text.replace(QStringLiteral("2020"), consecutive ? QStringLiteral("2021") : QStringLiteral("2022"));
        QFile next(folder + QStringLiteral("/next.txt"));
        QVERIFY(next.open(QIODevice::WriteOnly));
        next.write(text.toUtf8());
        next.close();
        const QString summary = folder + QStringLiteral("/out/summary.csv");
        QDir().mkpath(folder + QStringLiteral("/out"));
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--summary"), summary, folder + QStringLiteral("/a"),
                             folder + QStringLiteral("/next.txt")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        QCOMPARE(int(run.out.count(QStringLiteral("series.carry_mismatch"))), mismatches);
        const QList<QStringList> years = readCsv(readAll(folder + QStringLiteral("/out/summary.years.csv")));
        QCOMPARE(years.size(), consecutive ? 3 : 3);
        QCOMPARE(years.at(1).at(1), QStringLiteral("2020"));
        QCOMPARE(years.at(2).at(1), consecutive ? QStringLiteral("2021") : QStringLiteral("2022"));
        QCOMPARE(years.at(1).at(0), years.at(2).at(0)); // one agency
        QCOMPARE(years.at(2).constLast(), consecutive ? QStringLiteral("differs in 2 columns") : QString());
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--jobs 0") << QStringList{QStringLiteral("check"), QStringLiteral("--jobs"), QStringLiteral("0"),
                                                 QStringLiteral(GK_SHARED_DIR "/seeds")};
        QTest::newRow("--summary of another kind") << QStringList{QStringLiteral("check"), QStringLiteral("--summary"),
                                                                  QStringLiteral("x.txt"), QStringLiteral(GK_SHARED_DIR "/seeds")};
    }
    void badOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(int(run.err.trimmed().count(QLatin1Char('\n'))), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchCli)
#include "tst_batchcli.moc"
