// Same file, same result: `gkreview-cli extract` gives byte-identical JSON for every golden input
// (the seeds, the real reports, every text fixture, every format fixture, the bad inputs) whatever
// the QHash seed. Qt 6 honours only QT_HASH_SEED=0 (any other value is ignored with a warning and
// the seed is random), so each input runs once with the fixed seed and several times with a fresh
// random seed each: a result that follows hash order differs between them.
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTest>

namespace {

constexpr int randomRuns = 4;
// .doc and .wps go through LibreOffice before the DOCX reader (itself run on every .docx): one
// random run beside the fixed one keeps the suite quick where LibreOffice is installed.
constexpr int legacyRandomRuns = 1;

struct Run
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

QStringList inputsUnder(const QString &folder, const QStringList &skipSuffixes)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool skip = std::any_of(skipSuffixes.cbegin(), skipSuffixes.cend(),
                                      [&](const QString &suffix) { return path.endsWith(suffix); });
        if (!skip)
            files.append(path);
    }
    files.sort();
    return files;
}

QProcessEnvironment environment(bool fixedSeed)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_HASH_SEED"));
    if (fixedSeed)
        env.insert(QStringLiteral("QT_HASH_SEED"), QStringLiteral("0"));
    return env;
}

/** Runs `extract file` once per environment, two at a time (CI has two cores). */
QList<Run> extractAll(const QString &file, const QList<QProcessEnvironment> &environments)
{
    QList<Run> runs(environments.size());
    for (qsizetype first = 0; first < environments.size(); first += 2) {
        QList<QProcess *> batch;
        for (qsizetype i = first; i < std::min(first + 2, environments.size()); ++i) {
            auto *process = new QProcess;
            process->setProcessEnvironment(environments.at(i));
            process->start(QStringLiteral(GK_CLI_PATH), {QStringLiteral("extract"), file});
            batch.append(process);
        }
        for (qsizetype k = 0; k < batch.size(); ++k) {
            QProcess *process = batch.at(k);
            process->waitForFinished(120000);
            Run &run = runs[first + k];
            run.out = process->readAllStandardOutput();
            run.err = process->readAllStandardError();
            run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
            delete process;
        }
    }
    return runs;
}

/** The first line where two outputs part, for the log. */
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i), y = lb.value(i);
        if (x != y)
            return QStringLiteral("line %1:\n  fixed seed:  %2\n  random seed: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(x.left(300)), QString::fromUtf8(y.left(300)));
    }
    return QString();
}

} // namespace

class TestDeterminism : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStringLiteral(GK_CLI_PATH).isEmpty())
            QSKIP("built without gkreview-cli");
    }

    void sameJsonWhateverTheHashSeed_data()
    {
        QTest::addColumn<QString>("file");
        const QString shared = QStringLiteral(GK_SHARED_DIR);
        const QString data = QStringLiteral(GK_TEST_DATA_DIR);
        const QList<QPair<QString, QStringList>> folders{
            {shared + QStringLiteral("/seeds"), {}},
            {shared + QStringLiteral("/real/reports"), {}},
            {data + QStringLiteral("/fixtures"), {QStringLiteral(".json"), QStringLiteral(".md")}},
            {data + QStringLiteral("/formats"), {QStringLiteral(".py")}},
            {data + QStringLiteral("/bad"), {}},
        };
        int count = 0;
        for (const auto &[folder, skip] : folders) {
            for (const QString &file : inputsUnder(folder, skip)) {
                const QString name = QDir(QFileInfo(folder).dir()).relativeFilePath(file);
                QTest::newRow(qPrintable(name)) << file;
                ++count;
            }
        }
        if (count == 0)
            QSKIP("no inputs found");
    }

    void sameJsonWhateverTheHashSeed()
    {
        QFETCH(QString, file);
        const bool legacy = file.endsWith(QLatin1String(".doc")) || file.endsWith(QLatin1String(".wps"));
        QList<QProcessEnvironment> environments{environment(true)};
        for (int i = 0; i < (legacy ? legacyRandomRuns : randomRuns); ++i)
            environments.append(environment(false));
        const QList<Run> runs = extractAll(file, environments);
        const Run &fixed = runs.first();
        QVERIFY2(fixed.exitCode == 0 || fixed.exitCode == 2, qPrintable(QString::fromUtf8(fixed.err)));
        for (qsizetype i = 1; i < runs.size(); ++i) {
            const Run &run = runs.at(i);
            QVERIFY2(run.exitCode == fixed.exitCode,
                     qPrintable(QStringLiteral("exit %1 with the fixed seed, %2 with a random one")
                                    .arg(fixed.exitCode)
                                    .arg(run.exitCode)));
            QVERIFY2(run.out == fixed.out, qPrintable(firstDifference(fixed.out, run.out)));
            // Without a JSON the message is the result.
            if (fixed.out.isEmpty())
                QVERIFY2(run.err == fixed.err, qPrintable(firstDifference(fixed.err, run.err)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
