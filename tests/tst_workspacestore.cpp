#include "review/review.h"
#include "review/reviewstore.h"
#include "pipeline/extractor.h"
#include "workspace/workspaceindexer.h"
#include "workspace/workspacestore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace gk;

/**
 * The workspace index: re-opening reads only what changed (bytes, or the review beside a report), a
 * store that cannot be trusted is set aside and rebuilt, and the summaries it gives back are the
 * ones it was given.
 */
class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private:
    struct Indexed
    {
        WorkspaceIndexer::Result result;
        QList<ReportSummary> summaries;
    };

    static Indexed index(const QString &folder, int jobs = 2)
    {
        WorkspaceIndexer indexer(folder);
        indexer.setJobs(jobs);
        Indexed indexed;
        QObject::connect(&indexer, &WorkspaceIndexer::listed, [&](const QList<ReportSummary> &summaries) {
            indexed.summaries = summaries;
        });
        QObject::connect(&indexer, &WorkspaceIndexer::summariesRead,
                         [&](const QList<int> &indexes, const QList<ReportSummary> &summaries) {
                             for (int k = 0; k < indexes.size(); ++k)
                                 indexed.summaries[indexes.at(k)] = summaries.at(k);
                         });
        indexed.result = indexer.index();
        return indexed;
    }

    QString makeFolder(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder + QStringLiteral("/sub"));
        const QDir seeds(QStringLiteral(GK_SHARED_DIR "/seeds"));
        const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (int i = 0; i < files.size(); ++i) {
            const QString target = folder + (i % 2 ? QStringLiteral("/sub/") : QStringLiteral("/"));
            QFile::copy(seeds.filePath(files.at(i)), target + files.at(i));
        }
        QFile empty(folder + QStringLiteral("/empty.txt"));
        empty.open(QIODevice::WriteOnly);
        return folder;
    }

    static void append(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(bytes);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void reopenReadsOnlyWhatChanged_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("read");
        QTest::newRow("nothing changed") << QStringLiteral("none") << 0;
        QTest::newRow("a report's bytes changed") << QStringLiteral("bytes") << 1;
        QTest::newRow("only its time changed") << QStringLiteral("time") << 0;
        QTest::newRow("a review saved beside it") << QStringLiteral("review") << 1;
        QTest::newRow("a report added") << QStringLiteral("added") << 1;
        QTest::newRow("a report deleted") << QStringLiteral("deleted") << 0;
    }
    void reopenReadsOnlyWhatChanged()
    {
        QFETCH(QString, change);
        QFETCH(int, read);
        const QString folder = makeFolder(QStringLiteral("reopen-") + change);
        const Indexed first = index(folder);
        QVERIFY2(first.result.ok, qPrintable(first.result.error));
        QCOMPARE(first.result.total, 6);
        QCOMPARE(first.result.read, 6);
        QCOMPARE(first.result.storePath, QDir(folder).filePath(WorkspaceStore::fileName()));
        QVERIFY(first.result.setAsidePath.isEmpty());

        const QString seed = folder + QStringLiteral("/002_fb35a360553c7541.txt");
        int total = 6;
        if (change == QLatin1String("bytes")) {
            append(seed, "\n附：本报告另有说明。\n");
        } else if (change == QLatin1String("time")) {
            QFile file(seed);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
        } else if (change == QLatin1String("review")) {
            Review review;
            review.setReport(Extractor::extract(seed).report);
            review.correct(QStringLiteral("applications.new_received.total"), CellValue::number(221));
            QVERIFY(ReviewStore::save(review, seed));
        } else if (change == QLatin1String("added")) {
            QVERIFY(QFile::copy(seed, folder + QStringLiteral("/sub/copy.txt")));
            total = 7;
        } else if (change == QLatin1String("deleted")) {
            QVERIFY(QFile::remove(seed));
            total = 5;
        }
        const Indexed second = index(folder);
        QVERIFY(second.result.ok);
        QCOMPARE(second.result.total, total);
        QCOMPARE(second.result.read, read);
        if (change == QLatin1String("none") || change == QLatin1String("time")) {
            QCOMPARE(second.summaries.size(), first.summaries.size());
            for (int i = 0; i < first.summaries.size(); ++i)
                QVERIFY2(second.summaries.at(i) == first.summaries.at(i), qPrintable(first.summaries.at(i).relativePath));
        }
        if (change == QLatin1String("review")) {
            const ReportSummary &reviewed = second.summaries.at(1);
            QCOMPARE(reviewed.relativePath, QStringLiteral("002_fb35a360553c7541.txt"));
            QCOMPARE(reviewed.corrections, 1);
            QCOMPARE(first.summaries.at(1).corrections, 0);
        }
        // an unreadable file is listed with its reason, from the store as well
        bool sawEmpty = false;
        for (const ReportSummary &summary : second.summaries) {
            if (summary.relativePath == QLatin1String("empty.txt")) {
                sawEmpty = true;
                QCOMPARE(summary.status(), ReportSummary::Status::Unreadable);
                QVERIFY(summary.error.contains(QStringLiteral("empty.txt")));
            }
        }
        QVERIFY(sawEmpty);
    }

    void untrustedStoreIsSetAside_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("garbage bytes") << QByteArray("garbage");
        QTest::newRow("a SQLite file of another program") << QByteArray("foreign");
        QTest::newRow("a store of another version") << QByteArray("version");
        QTest::newRow("a summary that cannot be decoded") << QByteArray("row");
    }
    void untrustedStoreIsSetAside()
    {
        QFETCH(QByteArray, kind);
        const QString folder = makeFolder(QStringLiteral("corrupt-") + QString::fromLatin1(kind));
        const Indexed first = index(folder);
        const QString store = first.result.storePath;
        if (kind == "garbage") {
            QFile::remove(store + QStringLiteral("-wal"));
            QFile::remove(store + QStringLiteral("-shm"));
            QFile file(store);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            if (kind == "foreign") {
                QFile::remove(store);
                QFile::remove(store + QStringLiteral("-wal"));
                QFile::remove(store + QStringLiteral("-shm"));
            }
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (kind == "foreign")
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER, text TEXT)")));
            else if (kind == "version")
                QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'version'")));
            else
                QVERIFY(query.exec(QStringLiteral("UPDATE reports SET summary = X'00FF' WHERE path = 'empty.txt'")));
            query.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        }
        const Indexed second = index(folder);
        QVERIFY2(second.result.ok, qPrintable(second.result.error));
        QCOMPARE(second.result.total, 6);
        if (kind == "row") {
            // the store is sound; only the row that cannot be read is read again
            QVERIFY(second.result.setAsidePath.isEmpty());
            QCOMPARE(second.result.read, 1);
        } else {
            QVERIFY(!second.result.setAsidePath.isEmpty());
            QVERIFY(QFileInfo::exists(second.result.setAsidePath));
            QCOMPARE(second.result.read, 6);
        }
        for (int i = 0; i < first.summaries.size(); ++i)
            QVERIFY(second.summaries.at(i) == first.summaries.at(i));
        // and the rebuilt store is trusted the next time
        const Indexed third = index(folder);
        QVERIFY(third.result.setAsidePath.isEmpty());
        QCOMPARE(third.result.read, 0);
    }

    void readOnlyFolderKeepsItsStoreElsewhere()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into a read-only folder");
        const QString folder = makeFolder(QStringLiteral("readonly"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Indexed first = index(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(first.result.ok);
        QVERIFY(!first.result.storePath.startsWith(folder));
        QVERIFY(QFileInfo::exists(first.result.storePath));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Indexed second = index(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(second.result.read, 0);
    }

    void sameSummariesWhateverTheJobs()
    {
        const QString one = makeFolder(QStringLiteral("jobs1"));
        const QString four = makeFolder(QStringLiteral("jobs4"));
        const Indexed a = index(one, 1);
        const Indexed b = index(four, 4);
        QCOMPARE(a.summaries.size(), b.summaries.size());
        for (int i = 0; i < a.summaries.size(); ++i) {
            ReportSummary x = a.summaries.at(i);
            x.path = b.summaries.at(i).path;
            QVERIFY(x == b.summaries.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
