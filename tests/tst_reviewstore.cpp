// Review (corrections over a report, verdicts) and ReviewStore (the file beside the report).
#include "pipeline/extractor.h"
#include "review/review.h"
#include "review/reviewstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace gk;

namespace {

const QString seedName = QStringLiteral("003_a2303bdcaefa6cda.txt");
const QString totalCell = QStringLiteral("applications.new_received.total");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ReviewStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_report;
    Report m_parsed;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_report = m_dir.filePath(seedName);
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, m_report));
        const Extractor::Result result = Extractor::extract(m_report);
        QVERIFY2(result.ok, qPrintable(result.error));
        m_parsed = result.report;
        QVERIFY(m_parsed.cell(totalCell));
    }

    void init() { QFile::remove(ReviewStore::reviewPathFor(m_report)); }

    void correctionKeepsTheValueAsRead()
    {
        Review review;
        review.setReport(m_parsed);
        review.setReviewerName(QStringLiteral("王审核"));
        QSignalSpy changed(&review, &Review::changed);
        QSignalSpy cell(&review, &Review::correctionChanged);
        review.correct(totalCell, CellValue::number(221), QStringLiteral("sum of the row"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell.size(), 1);
        QCOMPARE(cell.at(0).at(0).toString(), totalCell);
        QCOMPARE(review.value(totalCell).number(), 221.0);
        QCOMPARE(review.originalValue(totalCell).number(), 220.0);
        QCOMPARE(review.report().value(totalCell).number(), 220.0);
        QCOMPARE(review.correction(totalCell)->reviewer, QStringLiteral("王审核"));
        QVERIFY(review.correction(totalCell)->time.isValid());

        const Report corrected = review.correctedReport();
        QCOMPARE(corrected.value(totalCell).number(), 221.0);
        QCOMPARE(review.report().value(totalCell).number(), 220.0);

        review.removeCorrection(totalCell);
        QCOMPARE(review.value(totalCell).number(), 220.0);
        QCOMPARE(changed.size(), 2);
        review.removeCorrection(totalCell); // nothing to remove: no signal
        QCOMPARE(changed.size(), 2);
    }

    void correctedCellIsNoLongerUncertain()
    {
        Report report = m_parsed;
        ReportCell *cell = report.cell(totalCell);
        cell->uncertain = true;
        Finding ambiguous;
        ambiguous.rule = QStringLiteral("layout.ambiguous_columns");
        ambiguous.cells = {totalCell};
        report.parseFindings.append(ambiguous);
        Review review;
        review.setReport(report);
        review.correct(totalCell, CellValue::number(220), QStringLiteral("column checked"));
        const Report corrected = review.correctedReport();
        QVERIFY(!corrected.cell(totalCell)->uncertain);
        for (const Finding &finding : corrected.parseFindings)
            QVERIFY(finding.rule != QLatin1String("layout.ambiguous_columns"));
    }

    void saveAndLoadRoundTrip()
    {
        const QByteArray before = readAll(m_report);
        {
            Review review;
            review.setReport(m_parsed);
            review.setReviewerName(QStringLiteral("李"));
            ReviewStore store;
            store.attach(&review, m_report);
            review.correct(totalCell, CellValue::number(221), QStringLiteral("note 1"));
            review.correct(QStringLiteral("art20_9.procurement.amount"), CellValue::number(21350.5));
            review.correct(QStringLiteral("applications.disclosed.total"), CellValue());
            review.accept(QStringLiteral("label.variant|applications.withheld_three_safety.total"),
                          QStringLiteral("typo in the print"));
            QVERIFY(QFile::exists(ReviewStore::reviewPathFor(m_report)));
        }
        QCOMPARE(readAll(m_report), before); // the report is only read

        const QByteArray json = readAll(ReviewStore::reviewPathFor(m_report));
        QVERIFY(json.contains("\"format\": \"gkreview-review\""));
        QVERIFY(json.contains("\"version\": 1"));
        QVERIFY(json.contains(QCryptographicHash::hash(before, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.gkreview.json*")}, QDir::Files).size(), 1);

        Review loaded;
        loaded.setReport(m_parsed);
        const ReviewStore::LoadResult result = ReviewStore::load(m_report, &loaded);
        QCOMPARE(result.status, ReviewStore::LoadStatus::Loaded);
        QCOMPARE(loaded.corrections().size(), 3);
        QCOMPARE(loaded.value(totalCell).number(), 221.0);
        QCOMPARE(loaded.correction(totalCell)->note, QStringLiteral("note 1"));
        QCOMPARE(loaded.correction(totalCell)->reviewer, QStringLiteral("李"));
        QCOMPARE(loaded.value(QStringLiteral("art20_9.procurement.amount")).number(), 21350.5);
        QVERIFY(loaded.value(QStringLiteral("applications.disclosed.total")).isBlank());
        QVERIFY(loaded.isAccepted(QStringLiteral("label.variant|applications.withheld_three_safety.total")));
        QCOMPARE(loaded.verdict(QStringLiteral("label.variant|applications.withheld_three_safety.total"))->note,
                 QStringLiteral("typo in the print"));
    }

    void changedReportKeepsTheReviewAndFlagsIt()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(seedName);
        QVERIFY(QFile::copy(m_report, report));
        QFile::setPermissions(report, QFile::ReadOwner | QFile::WriteOwner);
        {
            Review review;
            review.setReport(m_parsed);
            QVERIFY(ReviewStore::save(review, report));
            review.correct(totalCell, CellValue::number(221));
            QVERIFY(ReviewStore::save(review, report));
        }
        const QByteArray saved = readAll(ReviewStore::reviewPathFor(report));
        {
            QFile file(report);
            QVERIFY(file.open(QIODevice::Append));
            file.write("\n补充说明。\n");
        }
        Review review;
        review.setReport(m_parsed);
        const ReviewStore::LoadResult result = ReviewStore::load(report, &review);
        QCOMPARE(result.status, ReviewStore::LoadStatus::HashMismatch);
        QCOMPARE(result.data.corrections.size(), 1);
        QVERIFY(review.corrections().isEmpty()); // not applied silently
        QCOMPARE(readAll(ReviewStore::reviewPathFor(report)), saved); // nor dropped

        const QString aside = ReviewStore::setAside(report);
        QVERIFY(!aside.isEmpty());
        QCOMPARE(readAll(aside), saved);
        QVERIFY(!QFile::exists(ReviewStore::reviewPathFor(report)));

        ReviewStore::apply(result.data, &review);
        QCOMPARE(review.value(totalCell).number(), 221.0);
    }

    /** A scan read from several page images: its review holds for those pages, not the first alone. */
    void aReviewOfSeveralPagesIsTiedToEveryPage()
    {
        QTemporaryDir dir;
        const QStringList pages{dir.filePath(QStringLiteral("p1.png")), dir.filePath(QStringLiteral("p2.png"))};
        for (const QString &page : pages) {
            QFile file(page);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(page.toUtf8()); // the bytes differ page by page; only their hash matters here
        }
        Report scanned = m_parsed;
        scanned.filePath = pages.first();
        scanned.pageFiles = pages;
        {
            Review review;
            review.setReport(scanned);
            review.correct(totalCell, CellValue::number(221));
            QVERIFY(ReviewStore::save(review, pages.first()));
        }
        Review both;
        both.setReport(scanned);
        QCOMPARE(ReviewStore::load(pages.first(), &both).status, ReviewStore::LoadStatus::Loaded);
        QCOMPARE(both.value(totalCell).number(), 221.0);

        Report firstOnly = scanned;
        firstOnly.pageFiles.clear();
        Review alone;
        alone.setReport(firstOnly);
        QCOMPARE(ReviewStore::load(pages.first(), &alone).status, ReviewStore::LoadStatus::HashMismatch);
        QVERIFY(alone.corrections().isEmpty());

        QFile rescanned(pages.last());
        QVERIFY(rescanned.open(QIODevice::Append) && rescanned.write("again") > 0);
        rescanned.close();
        Review changed;
        changed.setReport(scanned);
        QCOMPARE(ReviewStore::load(pages.first(), &changed).status, ReviewStore::LoadStatus::HashMismatch);
    }

    void unreadableReviewIsAnError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{{{");
        QTest::newRow("other format") << QByteArray(R"({"format": "something", "version": 1})");
        QTest::newRow("future version") << QByteArray(R"({"format": "gkreview-review", "version": 99})");
    }

    void unreadableReviewIsAnError()
    {
        QFETCH(QByteArray, content);
        {
            QFile file(ReviewStore::reviewPathFor(m_report));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        Review review;
        review.setReport(m_parsed);
        const ReviewStore::LoadResult result = ReviewStore::load(m_report, &review);
        QCOMPARE(result.status, ReviewStore::LoadStatus::Error);
        QVERIFY(result.error.contains(QStringLiteral(".gkreview.json")));
        QCOMPARE(readAll(ReviewStore::reviewPathFor(m_report)), content);
    }

    void malformedReviewIsRefusedWhole_data()
    {
        // Each review also holds one good correction: nothing of it may be applied either.
        QTest::addColumn<QByteArray>("corrections");
        QTest::addColumn<QByteArray>("verdicts");
        QTest::addColumn<QString>("cause");
        const QByteArray good = "\"applications.disclosed.total\": {\"value\": {\"kind\": \"number\", \"number\": 5}}";
        const auto with = [&](const QByteArray &bad) -> QByteArray { return "{" + good + ", " + bad + "}"; };
        QTest::newRow("number that is text")
            << with("\"applications.new_received.total\": {\"value\": {\"kind\": \"number\", \"number\": \"abc\"}}")
            << QByteArray("{}") << QStringLiteral("applications.new_received.total");
        QTest::newRow("number missing")
            << with("\"applications.new_received.total\": {\"value\": {\"kind\": \"number\"}}") << QByteArray("{}")
            << QStringLiteral("has no number");
        QTest::newRow("unknown kind")
            << with("\"applications.new_received.total\": {\"value\": {\"kind\": \"percent\", \"number\": 3}}")
            << QByteArray("{}") << QStringLiteral("percent");
        QTest::newRow("value is a string")
            << with("\"applications.new_received.total\": {\"value\": \"221\"}") << QByteArray("{}")
            << QStringLiteral("not an object");
        QTest::newRow("unknown cell")
            << with("\"applications.no_such_row.total\": {\"value\": {\"kind\": \"number\", \"number\": 1}}")
            << QByteArray("{}") << QStringLiteral("applications.no_such_row.total");
        QTest::newRow("note that is a number")
            << with("\"applications.new_received.total\": {\"value\": {\"kind\": \"blank\"}, \"note\": 5}")
            << QByteArray("{}") << QStringLiteral("note");
        QTest::newRow("verdict not accepted") << with(QByteArray()).chopped(3) + "}"
                                              << QByteArray("{\"label.variant|x\": {\"verdict\": \"rejected\"}}")
                                              << QStringLiteral("label.variant|x");
        QTest::newRow("corrections an array") << QByteArray("[]") << QByteArray("{}")
                                              << QStringLiteral("corrections");
    }

    void malformedReviewIsRefusedWhole()
    {
        QFETCH(QByteArray, corrections);
        QFETCH(QByteArray, verdicts);
        QFETCH(QString, cause);
        const QByteArray hash = ReviewStore::hashOfFile(m_report).toLatin1();
        const QByteArray content = "{\"format\": \"gkreview-review\", \"version\": 1, \"report\": {\"file\": \"r.txt\", \"sha256\": \""
            + hash + "\"}, \"corrections\": " + corrections + ", \"verdicts\": " + verdicts + "}";
        {
            QFile file(ReviewStore::reviewPathFor(m_report));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        Review review;
        review.setReport(m_parsed);
        const ReviewStore::LoadResult result = ReviewStore::load(m_report, &review);
        QCOMPARE(result.status, ReviewStore::LoadStatus::Error);
        QVERIFY2(result.error.contains(cause), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral(".gkreview.json")));
        QVERIFY(review.corrections().isEmpty()); // never half-applied
        QVERIFY(result.data.corrections.isEmpty());
        QCOMPARE(readAll(ReviewStore::reviewPathFor(m_report)), content); // the file is kept
    }

    void oversizedOrSpecialReviewIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("cause");
        QTest::newRow("larger than the cap") << QStringLiteral("large") << QStringLiteral("too large");
        QTest::newRow("a FIFO") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
    }

    void oversizedOrSpecialReviewIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, cause);
        const QString path = ReviewStore::reviewPathFor(m_report);
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(ReviewStore::maxFileSize + 1));
        }
        Review review;
        review.setReport(m_parsed);
        const ReviewStore::LoadResult result = ReviewStore::load(m_report, &review); // must not block
        QCOMPARE(result.status, ReviewStore::LoadStatus::Error);
        QVERIFY2(result.error.contains(cause), qPrintable(result.error));
        QVERIFY(QFileInfo::exists(path));
    }

    void noReviewYet()
    {
        Review review;
        review.setReport(m_parsed);
        QCOMPARE(ReviewStore::load(m_report, &review).status, ReviewStore::LoadStatus::NoReview);
    }
};

QTEST_GUILESS_MAIN(tst_ReviewStore)
#include "tst_reviewstore.moc"
