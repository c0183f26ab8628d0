// The hostile inputs of ../shared/hostile (issue 14), each through `gkreview-cli check` under
// prlimit: the expected outcome (read, or refused with a one-line reason naming the file and the
// cause) within a CPU-time and address-space ceiling, never a crash, a hang or a silent zero. The
// large files are made at test time by ../shared/hostile/make_hostile.py.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#if defined(__SANITIZE_ADDRESS__)
#define GK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GK_ASAN 1
#endif
#endif

namespace {

const QString hostileDir = QStringLiteral(GK_SHARED_DIR "/hostile");
#ifdef GK_ASAN
constexpr int cpuSeconds = 300; // the sanitizers make everything a few times slower
#else
constexpr int cpuSeconds = 60;
#endif
// Far more than any report needs, far less than what the cases took before (2.2 to 4 GB).
constexpr qint64 addressSpace = 1536ll * 1024 * 1024;

struct Outcome
{
    int exitCode = -1;
    bool crashed = false;
    QString err;
};

} // namespace

class tst_Hostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_made;
    bool m_scriptRan = false;
    QString m_scriptLog;

    Outcome check(const QStringList &arguments)
    {
        QStringList command;
#ifndef GK_ASAN // AddressSanitizer reserves terabytes of address space: the sanitizer build checks the rest
        command << QStringLiteral("--as=%1").arg(addressSpace);
#endif
        command << QStringLiteral("--cpu=%1").arg(cpuSeconds) << QStringLiteral("--") << QStringLiteral(GK_CLI_PATH)
                << arguments;
        QProcess process;
        process.setProgram(QStringLiteral("prlimit"));
        process.setArguments(command);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(environment);
        process.start();
        Outcome outcome;
        // A hang guard, not a timing assert: prlimit's CPU limit ends a busy loop; this ends a blocked
        // read. Generous, for a machine shared with other builds.
        if (!process.waitForFinished(15 * cpuSeconds * 1000)) {
            process.kill();
            process.waitForFinished();
            outcome.crashed = true;
            outcome.err = QStringLiteral("did not finish: hung");
            return outcome;
        }
        outcome.crashed = process.exitStatus() != QProcess::NormalExit;
        outcome.exitCode = process.exitCode();
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStringLiteral(GK_CLI_PATH).isEmpty())
            QSKIP("no command line in this build");
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is missing");
        QVERIFY(m_made.isValid());
        // The script also makes cases that need qpdf and ImageMagick; what it made before a missing
        // tool stopped it is used, and a case whose file is missing is skipped by name.
        QProcess script;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GK_MAIN"), QStringLiteral(GK_SOURCE_DIR));
        environment.insert(QStringLiteral("GK_SEEDS"), QStringLiteral(GK_SHARED_DIR "/seeds"));
        script.setProcessEnvironment(environment);
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral("python3"), {hostileDir + QStringLiteral("/make_hostile.py"), m_made.path()});
        QVERIFY(script.waitForFinished(600000));
        m_scriptLog = QString::fromUtf8(script.readAll()).right(400);
        m_scriptRan = true;
    }

    void boundedOutcome_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cause"); // empty: read as a report (exit 0 or 1); else refused naming it

        // Crashes: recursion per nesting level.
        QTest::newRow("10,000 nested w:sdt") << QStringLiteral("nested_sdt_10k.docx") << QString();
        QTest::newRow("100,000 nested w:sdt") << QStringLiteral("nested_sdt_100k.docx") << QString();
        QTest::newRow("100,000 nested hyperlinks") << QStringLiteral("nested_hyperlink_100k.docx") << QString();
        QTest::newRow("50,000 nested tables") << QStringLiteral("nested_tables_50k.docx") << QString();
        QTest::newRow("20,000 nested tables") << QStringLiteral("nested_tables_20k.docx") << QString();
        // Hangs.
        QTest::newRow("1,000 cells of colspan 1000, then short rows")
            << QStringLiteral("table_wide_then_short.html") << QString();
        QTest::newRow("200,000 nested div") << QStringLiteral("nested_div_200k.html") << QStringLiteral("nested");
        QTest::newRow("200,000 nested div in a cell")
            << QStringLiteral("nested_div_in_td.html") << QStringLiteral("nested");
        QTest::newRow("200,000 nested span") << QStringLiteral("nested_span_200k.html") << QStringLiteral("nested");
        // Memory.
        QTest::newRow("a 14400 pt page") << QStringLiteral("huge_page.pdf") << QString();
        QTest::newRow("a dense ruled grid on a 14400 pt page") << QStringLiteral("dense_grid_huge.pdf") << QString();
        QTest::newRow("63 MB of short lines") << QStringLiteral("short_lines_63mb.txt") << QStringLiteral("lines");
        QTest::newRow("63 MB of <p>") << QStringLiteral("many_p_63mb.html") << QStringLiteral("elements");
        QTest::newRow("250 MB of paragraphs in a DOCX")
            << QStringLiteral("many_paragraphs_250mb.docx") << QStringLiteral("too large");
        QTest::newRow("5,000 one-line pages") << QStringLiteral("text_5000.pdf") << QStringLiteral("pages");
        QTest::newRow("5,000 blank pages") << QStringLiteral("blank_5000.pdf") << QStringLiteral("pages");
        // Held before; kept so.
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QStringLiteral("empty");
        QTest::newRow("noise") << QStringLiteral("noise.txt") << QStringLiteral("binary");
        QTest::newRow("invalid UTF-8") << QStringLiteral("invalid_utf8.txt") << QString();
        QTest::newRow("odd UTF-16") << QStringLiteral("utf16le_odd.txt") << QString();
        QTest::newRow("GB18030 4-byte") << QStringLiteral("gb18030_4byte.txt") << QString();
        QTest::newRow("NUL bytes") << QStringLiteral("nul_inside.txt") << QString();
        QTest::newRow("50 MB on one line") << QStringLiteral("one_line_50mb.txt") << QString();
        QTest::newRow("10,000-cell row") << QStringLiteral("row_10000_cells.txt") << QString();
        QTest::newRow("rowspan 100000") << QStringLiteral("table_span_100000.html") << QString();
        QTest::newRow("billion laughs") << QStringLiteral("billion_laughs.docx") << QString();
        QTest::newRow("100,000 zip entries") << QStringLiteral("many_entries_100k.docx") << QString();
        QTest::newRow("truncated DOCX") << QStringLiteral("truncated_half.docx") << QStringLiteral("unpacked");
        QTest::newRow("path traversal DOCX") << QStringLiteral("path_traversal.docx") << QString();
        QTest::newRow("zip entry lying about its size")
            << QStringLiteral("bomb_lying_size.docx") << QStringLiteral("docx");
        QTest::newRow("wide DOCX table") << QStringLiteral("wide_table.docx") << QString();
        QTest::newRow("truncated PDF") << QStringLiteral("truncated_half.pdf") << QString();
        QTest::newRow("PDF header only") << QStringLiteral("pdf_header_only.pdf") << QStringLiteral("PDF");
        QTest::newRow("many words on a page") << QStringLiteral("many_words_page.pdf") << QString();
    }

    void boundedOutcome()
    {
        QFETCH(QString, file);
        QFETCH(QString, cause);
        QString path = QDir(hostileDir).filePath(file);
        if (!QFileInfo::exists(path))
            path = m_made.filePath(file);
        if (!QFileInfo::exists(path))
            QSKIP(qPrintable(QStringLiteral("%1 was not made (the script said: %2)").arg(file, m_scriptLog)));
        const Outcome outcome = check({QStringLiteral("check"), path});
        QVERIFY2(!outcome.crashed, qPrintable(outcome.err.right(2000)));
        if (cause.isEmpty()) {
            QVERIFY2(outcome.exitCode == 0 || outcome.exitCode == 1 || (outcome.exitCode == 2 && !outcome.err.isEmpty()),
                     qPrintable(QStringLiteral("exit %1: %2").arg(outcome.exitCode).arg(outcome.err.right(2000))));
        } else {
            QCOMPARE(outcome.exitCode, 2);
            const QString line = outcome.err.trimmed();
            QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line.right(2000))); // one line, no library noise
            QVERIFY2(line.startsWith(file + QLatin1Char(':')), qPrintable(line));
            QVERIFY2(line.contains(cause, Qt::CaseInsensitive), qPrintable(line));
        }
    }

    void fifoIsNeverRead_data()
    {
        QTest::addColumn<QString>("fifo");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("a FIFO as the report") << QStringLiteral("r.txt") << QStringList{QStringLiteral("check")};
        QTest::newRow("a FIFO as the review beside a report")
            << QStringLiteral("003.txt.gkreview.json")
            << QStringList{QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("out.json")};
    }

    void fifoIsNeverRead()
    {
        QFETCH(QString, fifo);
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/003_a2303bdcaefa6cda.txt"),
                            dir.filePath(QStringLiteral("003.txt"))));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(fifo)).constData(), 0600), 0);
        QStringList all = arguments;
        for (QString &argument : all) {
            if (argument.endsWith(QLatin1String(".json")))
                argument = dir.filePath(argument);
        }
        all << dir.filePath(fifo.startsWith(QLatin1String("r.")) ? fifo : QStringLiteral("003.txt"));
        const Outcome outcome = check(all);
        QVERIFY2(!outcome.crashed, qPrintable(outcome.err));
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(QStringLiteral("not a regular file")), qPrintable(outcome.err));
    }
};

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
