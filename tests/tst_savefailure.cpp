// Saves that fail (a full disk, a file-size limit, a read-only folder): the file saved before
// survives byte for byte, the failure is reported, the review stays in memory and is saved again
// once writing works.
#include "failingfolder.h"

#include "export/csvexporter.h"
#include "export/exportdocument.h"
#include "export/exportfile.h"
#include "export/jsonexporter.h"
#include "export/xlsxexporter.h"
#include "pipeline/extractor.h"
#include "review/review.h"
#include "review/reviewstore.h"
#include "storage/safewrite.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace gk;

namespace {

const QString seedName = QStringLiteral("003_a2303bdcaefa6cda.txt");
const QString totalCell = QStringLiteral("applications.new_received.total");
const QString otherCell = QStringLiteral("applications.disclosed.total");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addModes()
{
    QTest::addColumn<FailingFolder::Mode>("mode");
    QTest::newRow("disk full (tmpfs)") << FailingFolder::Full;
    QTest::newRow("file size limit (EFBIG)") << FailingFolder::FileSizeLimit;
    QTest::newRow("read-only folder") << FailingFolder::ReadOnly;
}

/** The files of a folder but the filler: no temporary file may be left behind. */
QStringList entries(const QString &path)
{
    QStringList names = QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    names.removeAll(QStringLiteral("filler"));
    return names;
}

} // namespace

class tst_SaveFailure : public QObject
{
    Q_OBJECT

private:
    Report m_parsed;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const Extractor::Result result = Extractor::extract(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName);
        QVERIFY2(result.ok, qPrintable(result.error));
        m_parsed = result.report;
    }

    void reviewSurvivesAFailedSave_data() { addModes(); }
    void reviewSurvivesAFailedSave()
    {
        QFETCH(FailingFolder::Mode, mode);
        FailingFolder folder(mode);
        QString why;
        if (!folder.setUp(&why))
            QSKIP(qPrintable(why));
        const QString report = folder.filePath(seedName);
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, report));
        const QString reviewPath = ReviewStore::reviewPathFor(report);

        Review review;
        review.setReport(m_parsed);
        ReviewStore store;
        store.attach(&review, report);
        QSignalSpy saved(&store, &ReviewStore::saved);
        QSignalSpy failed(&store, &ReviewStore::saveFailed);
        QSignalSpy unsavedChanged(&store, &ReviewStore::unsavedChanged);
        review.correct(totalCell, CellValue::number(221), QStringLiteral("first"));
        QCOMPARE(saved.size(), 1);
        const QByteArray before = readAll(reviewPath);
        QVERIFY(before.contains("\"first\""));
        const QStringList filesBefore = entries(folder.path());

        folder.fail();
        review.correct(otherCell, CellValue::number(7), QStringLiteral("second"));
        const bool unsaved = store.hasUnsavedChanges();
        const QByteArray during = readAll(reviewPath);
        const QStringList filesDuring = entries(folder.path());
        folder.recover();

        QVERIFY(unsaved);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QFileInfo(reviewPath).fileName()),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(unsavedChanged.size(), 1);
        QCOMPARE(during, before); // byte for byte, never emptied
        QCOMPARE(filesDuring, filesBefore);
        QCOMPARE(review.corrections().size(), 2); // the edit stays in memory

        // Space returns: the store tries again by itself.
        store.setRetryInterval(20);
        QVERIFY(saved.wait(5000) || !store.hasUnsavedChanges());
        QVERIFY(!store.hasUnsavedChanges());
        QCOMPARE(unsavedChanged.size(), 2);
        Review reloaded;
        reloaded.setReport(m_parsed);
        QCOMPARE(ReviewStore::load(report, &reloaded).status, ReviewStore::LoadStatus::Loaded);
        QCOMPARE(reloaded.corrections().size(), 2);
        QCOMPARE(entries(folder.path()), filesBefore);
    }

    void saveAsMovesWhereTheReviewGoes()
    {
        FailingFolder folder(FailingFolder::FileSizeLimit);
        QString why;
        QVERIFY(folder.setUp(&why));
        const QString report = folder.filePath(seedName);
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, report));
        Review review;
        review.setReport(m_parsed);
        ReviewStore store;
        store.attach(&review, report);
        QString error;
        QVERIFY(!store.saveAs(report, &error)); // never onto the report
        QVERIFY(error.contains(seedName));
        const QString elsewhere = folder.filePath(QStringLiteral("elsewhere.json"));
        review.correct(totalCell, CellValue::number(221));
        QVERIFY2(store.saveAs(elsewhere, &error), qPrintable(error));
        QCOMPARE(store.reviewPath(), elsewhere);
        review.correct(otherCell, CellValue::number(7));
        ReviewStore::Data data;
        QVERIFY2(ReviewStore::readFile(elsewhere, m_parsed, &data, &error), qPrintable(error));
        QCOMPARE(data.corrections.size(), 2);
    }

    void exportSurvivesAFailedSave_data()
    {
        QTest::addColumn<FailingFolder::Mode>("mode");
        QTest::addColumn<QString>("format");
        const QList<QPair<const char *, FailingFolder::Mode>> modes{{"disk full", FailingFolder::Full},
                                                                   {"size limit", FailingFolder::FileSizeLimit},
                                                                   {"read-only", FailingFolder::ReadOnly}};
        for (const auto &mode : modes) {
            for (const char *format : {"csv", "json", "xlsx"})
                QTest::addRow("%s, %s", mode.first, format) << mode.second << QString::fromLatin1(format);
        }
    }
    void exportSurvivesAFailedSave()
    {
        QFETCH(FailingFolder::Mode, mode);
        QFETCH(QString, format);
        FailingFolder folder(mode);
        QString why;
        if (!folder.setUp(&why))
            QSKIP(qPrintable(why));
        Review review;
        review.setReport(m_parsed);
        const QString path = folder.filePath(QStringLiteral("out.") + format);
        const auto write = [&](QString *error) {
            const ExportDocument document = ExportDocument::fromReview(review);
            if (format == QLatin1String("csv"))
                return CsvExporter::writeCells(document, path, error);
            if (format == QLatin1String("json"))
                return JsonExporter::write(document, path, error);
            return XlsxExporter::write(document, path, error);
        };
        QString error;
        QVERIFY2(write(&error), qPrintable(error));
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        const QStringList filesBefore = entries(folder.path());

        review.correct(totalCell, CellValue::number(221), QStringLiteral("a longer note to make the file grow"));
        folder.fail();
        const bool ok = write(&error);
        const QByteArray during = readAll(path);
        const QStringList filesDuring = entries(folder.path());
        folder.recover();

        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("out.") + format), qPrintable(error));
        QCOMPARE(during, before);
        QCOMPARE(filesDuring, filesBefore);
    }

    void shortWriteNeverReplaces()
    {
        // The smallest case: a file-size limit below the new file's size.
        FailingFolder folder(FailingFolder::FileSizeLimit);
        QString why;
        QVERIFY(folder.setUp(&why));
        const QString path = folder.filePath(QStringLiteral("data.txt"));
        QString cause;
        QVERIFY(SafeWrite::replace(path, "old contents", &cause));
        folder.fail();
        const bool ok = SafeWrite::replace(path, QByteArray(1000, 'n'), &cause);
        folder.recover();
        QVERIFY(!ok);
        QVERIFY(!cause.isEmpty());
        QCOMPARE(readAll(path), QByteArray("old contents"));
    }
};

QTEST_GUILESS_MAIN(tst_SaveFailure)
#include "tst_savefailure.moc"
