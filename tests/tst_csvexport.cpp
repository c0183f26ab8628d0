#include "exporttesthelpers.h"

#include "checks/checker.h"
#include "export/csvexporter.h"
#include "export/csvwriter.h"
#include "export/exportrows.h"
#include "i18n/translations.h"
#include "model/templatelabels.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;
using namespace gktest;

class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    Report m_seed;

    static int indexOf(const QStringList &header, const QString &name) { return int(header.indexOf(name)); }

    static bool isNumber(const QString &text)
    {
        bool ok = false;
        text.toDouble(&ok);
        return ok;
    }

    /**
     * The export in one of the program's languages: every header, title, row and column label of every
     * file is in that language (English: no Chinese character; zh_CN: Chinese). The report's own text
     * (agency, extra-row labels, notes, finding messages) stays as it is and is left out.
     */
    static void checkHeadersInLanguage(const ExportDocument &document, const QString &folder, bool english)
    {
        const auto inLanguage = [english](const QString &text) { return hasChinese(text) != english; };
        const QDir dir(folder);
        for (const ReportTable &table : document.corrected().tables) {
            QStringList extraLabels;
            for (const ExtraRow &extra : table.extraRows)
                extraLabels.append(extra.label);
            const QString path = dir.filePath(CsvExporter::tableFileName(document, table.spec.id));
            const QList<QStringList> records = readCsv(readAll(path));
            QVERIFY2(!records.isEmpty(), qPrintable(path));
            QVERIFY2(inLanguage(records.first().first()), qPrintable(records.first().first())); // the title
            for (const QStringList &r : records) {
                for (const QString &field : r) {
                    if (field.isEmpty() || isNumber(field) || extraLabels.contains(field))
                        continue;
                    QVERIFY2(inLanguage(field), qPrintable(QFileInfo(path).fileName() + QLatin1String(": ") + field));
                }
            }
        }

        const QList<QStringList> cells = readCsv(readAll(dir.filePath(CsvExporter::cellsFileName(document))));
        const QStringList header = cells.first();
        for (const QString &name : header)
            QVERIFY2(inLanguage(name), qPrintable(name));
        const int rowId = indexOf(header, ExportRows::tr("row id"));
        const int rowLabel = indexOf(header, ExportRows::tr("row label"));
        const int columnLabel = indexOf(header, ExportRows::tr("column label"));
        const int uncertain = indexOf(header, ExportRows::tr("uncertain"));
        int canonical = 0;
        for (const QStringList &r : cells.mid(1)) {
            if (r.at(rowId).startsWith(QLatin1String("extra")))
                continue; // an extra row's label is the report's text
            ++canonical;
            QVERIFY2(inLanguage(r.at(rowLabel)) && inLanguage(r.at(columnLabel)), qPrintable(r.join(QLatin1Char(','))));
            QVERIFY2(r.at(uncertain).isEmpty() || inLanguage(r.at(uncertain)), qPrintable(r.at(uncertain)));
        }
        QCOMPARE(canonical, document.corrected().cellIds().size());

        const QList<QStringList> findings = readCsv(readAll(dir.filePath(CsvExporter::findingsFileName(document))));
        for (const QString &name : findings.first())
            QVERIFY2(inLanguage(name), qPrintable(name));
        const int severity = indexOf(findings.first(), ExportRows::tr("severity"));
        const int verdict = indexOf(findings.first(), ExportRows::tr("verdict"));
        for (const QStringList &r : findings.mid(1)) {
            QVERIFY2(inLanguage(r.at(severity)), qPrintable(r.at(severity)));
            QVERIFY2(inLanguage(r.at(verdict)), qPrintable(r.at(verdict)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Extractor::Result result = Extractor::extract(seedPath(seed003));
        QVERIFY2(result.ok, qPrintable(result.error));
        m_seed = result.report;
    }

    void fieldQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quoted");
        QTest::newRow("plain Chinese label") << QStringLiteral("属于国家秘密") << false;
        QTest::newRow("empty (a blank cell)") << QString() << false;
        QTest::newRow("negative number") << QStringLiteral("-58") << false;
        QTest::newRow("comma") << QStringLiteral("法人,其他组织") << true;
        QTest::newRow("quote") << QStringLiteral("危及\"三安全一稳定\"") << true;
        QTest::newRow("line break") << QStringLiteral("第一行\n第二行") << true;
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << true;
        QTest::newRow("only a quote") << QStringLiteral("\"") << true;
        QTest::newRow("spaces kept") << QStringLiteral("  x  ") << false;
    }
    void fieldQuoting()
    {
        QFETCH(QString, text);
        QFETCH(bool, quoted);
        const QString field = CsvWriter::field(text);
        QCOMPARE(field.startsWith(QLatin1Char('"')), quoted);
        // Two fields on a record read back as they were written.
        bool bom = false;
        bool crlf = false;
        const QList<QStringList> records
            = readCsv(CsvWriter::document({{text, QStringLiteral("next")}}), &bom, &crlf);
        QVERIFY(bom);
        QVERIFY(crlf);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first(), (QStringList{text, QStringLiteral("next")}));
    }

    /** What a spreadsheet would run as a formula is written as text; numbers stay numbers. */
    void formulasAreKeptAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("a formula in a note") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("a hyperlink call") << QStringLiteral("=HYPERLINK(\"http://x\",\"点此\")")
                                          << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"点此\"\")\"");
        QTest::newRow("plus text") << QStringLiteral("+见附件") << QStringLiteral("'+见附件");
        QTest::newRow("at sign") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("minus text") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
        QTest::newRow("negative count") << QStringLiteral("-58") << QStringLiteral("-58");
        QTest::newRow("signed count") << QStringLiteral("+25") << QStringLiteral("+25");
        QTest::newRow("negative amount") << QStringLiteral("-2359.4197") << QStringLiteral("-2359.4197");
        QTest::newRow("ordinary label") << QStringLiteral("其他") << QStringLiteral("其他");
    }
    void formulasAreKeptAsText()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(text), written);
    }

    void seedExport_data() { addTranslatorRows(); }
    void seedExport()
    {
        QFETCH(QString, translator);
        const ScopedTranslator scoped(translator);
        if (Translations::languages().contains(translator))
            QCOMPARE(scoped.language(), translator);
        Review review;
        reviewSeed003(&review, m_seed);
        const QList<Finding> findings = Checker::check(review.correctedReport());
        // The reviewer accepts the label typo (危机 → 危及) as is.
        QString acceptedRule;
        for (const Finding &finding : findings) {
            if (finding.rule == QLatin1String("label.variant")) {
                review.accept(finding.fingerprint(), QStringLiteral("原文笔误, 已核"));
                acceptedRule = finding.rule;
                break;
            }
        }
        QVERIFY2(!acceptedRule.isEmpty(), "seed 003 has a label variant (危机)");
        const ExportDocument document(review, findings);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("out/csv"));
        QStringList written;
        QString error;
        QVERIFY2(CsvExporter::write(document, folder, &written, &error), qPrintable(error));
        QCOMPARE(written.size(), m_seed.tables.size() + 2);
        for (const QString &path : std::as_const(written)) {
            bool bom = false;
            bool crlf = false;
            const QList<QStringList> records = readCsv(readAll(path), &bom, &crlf);
            QVERIFY2(bom, qPrintable(path));
            QVERIFY2(crlf, qPrintable(path));
            QVERIFY2(records.size() > 1, qPrintable(path));
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), written.size()); // no temporary left

        // The long file: every golden cell, as read and after review.
        const QList<QStringList> cells = readCsv(readAll(QDir(folder).filePath(CsvExporter::cellsFileName(document))));
        const QStringList header = cells.first();
        QCOMPARE(header, ExportRows::cellsHeader());
        const int table = indexOf(header, ExportRows::tr("table"));
        const int rowId = indexOf(header, ExportRows::tr("row id"));
        const int rowLabel = indexOf(header, ExportRows::tr("row label"));
        const int columnId = indexOf(header, ExportRows::tr("column id"));
        const int asRead = indexOf(header, ExportRows::tr("value as read"));
        const int corrected = indexOf(header, ExportRows::tr("corrected value"));
        const int findingsOn = indexOf(header, ExportRows::tr("findings on the cell"));
        const int note = indexOf(header, ExportRows::tr("correction note"));
        const int agency = indexOf(header, ExportRows::tr("agency"));
        QHash<QString, QStringList> byId;
        for (int i = 1; i < cells.size(); ++i) {
            const QStringList &r = cells.at(i);
            QCOMPARE(r.size(), header.size());
            byId.insert(r.at(table) + QLatin1Char('.') + r.at(rowId) + QLatin1Char('.') + r.at(columnId), r);
        }
        QCOMPARE(byId.size(), m_seed.cellIds().size());
        const QJsonObject goldenCells = golden(seed003).value(QStringLiteral("cells")).toObject();
        QVERIFY(!goldenCells.isEmpty());
        for (auto it = goldenCells.constBegin(); it != goldenCells.constEnd(); ++it) {
            QVERIFY2(byId.contains(it.key()), qPrintable(it.key()));
            const QStringList &r = byId.value(it.key());
            QCOMPARE(r.at(asRead), goldenText(it.value()));
            QCOMPARE(r.at(corrected), it.key() == correctedCell ? QStringLiteral("221") : goldenText(it.value()));
            QVERIFY(r.at(agency).contains(QStringLiteral("沈河区")));
        }
        const QStringList fixed = byId.value(correctedCell);
        QCOMPARE(fixed.at(note), correctionNote);
        QCOMPARE(fixed.at(rowLabel), TemplateLabels::row(m_seed.table(QStringLiteral("applications"))->spec.rows.first()));
        QVERIFY2(fixed.at(findingsOn).contains(QStringLiteral("applications.row_total")), qPrintable(fixed.at(findingsOn)));

        // The findings: the correction broke the row total; the accepted typo says so with its note.
        const QList<QStringList> findingRows
            = readCsv(readAll(QDir(folder).filePath(CsvExporter::findingsFileName(document))));
        QCOMPARE(findingRows.first(), ExportRows::findingsHeader());
        QCOMPARE(findingRows.size(), findings.size() + 1);
        bool rowTotal = false;
        bool accepted = false;
        for (const QStringList &r : findingRows.mid(1)) {
            if (r.at(0) == QLatin1String("applications.row_total") && r.at(2).contains(correctedCell)) {
                rowTotal = true;
                QCOMPARE(r.at(1), ExportRows::severityName(Severity::Error));
                QCOMPARE(r.at(5), ExportRows::verdictText(std::nullopt));
            }
            if (r.at(0) == acceptedRule && r.at(6) == QStringLiteral("原文笔误, 已核"))
                accepted = r.at(5) == ExportRows::verdictText(Verdict{});
        }
        QVERIFY(rowTotal);
        QVERIFY(accepted);

        // The applications table as the template prints it.
        const ReportTable *applications = document.corrected().table(QStringLiteral("applications"));
        const QList<QStringList> printed = readCsv(
            readAll(QDir(folder).filePath(CsvExporter::tableFileName(document, QStringLiteral("applications")))));
        QCOMPARE(printed.at(0).at(0), TemplateLabels::title(applications->spec));
        QCOMPARE(printed.at(1).at(3), TemplateLabels::label(QStringLiteral("申请人情况")));
        QCOMPARE(printed.at(2).at(4), TemplateLabels::label(QStringLiteral("法人或其他组织")));
        QCOMPARE(printed.at(3).at(4), TemplateLabels::label(QStringLiteral("商业企业")));
        const QStringList first = printed.at(4);
        QCOMPARE(first.at(0), TemplateLabels::row(applications->spec.rows.first()));
        QCOMPARE(first.mid(3), (QStringList{QStringLiteral("219"), QStringLiteral("1"), QStringLiteral("0"),
                                            QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                                            QStringLiteral("221")}));
        QCOMPARE(printed.size(), 4 + applications->spec.rows.size());
        bool nested = false;
        for (const QStringList &r : printed) {
            nested = nested || (r.at(1) == TemplateLabels::label(QStringLiteral("（三）不予公开"))
                                && r.at(2) == TemplateLabels::label(QStringLiteral("1.属于国家秘密")));
        }
        QVERIFY2(nested, "the 三（三） rows are nested under their group");

        if (!scoped.language().isEmpty())
            checkHeadersInLanguage(document, folder, scoped.language() == QLatin1String("en"));

        if (scoped.isMarking()) {
            // Every label of every table went through the translator: no Chinese left outside the marks.
            for (const QString &path : std::as_const(written)) {
                if (path.endsWith(CsvExporter::cellsFileName(document)) || path.endsWith(CsvExporter::findingsFileName(document)))
                    continue; // they hold the report's own text (agency, notes, messages)
                for (const QStringList &r : readCsv(readAll(path))) {
                    for (const QString &field : r)
                        QVERIFY2(!hasUnmarkedChinese(field), qPrintable(path + QLatin1String(": ") + field));
                }
            }
        }
    }

    void labelWithCommaAndQuote()
    {
        Report report = m_seed;
        ExtraRow extra;
        extra.id = QStringLiteral("extra_1");
        extra.label = QStringLiteral("其他,\"主动\"公开\n(省级)");
        extra.values = {CellValue::number(3), CellValue::blank(), CellValue::number(2.5)};
        report.table(QStringLiteral("art20_1"))->extraRows.append(extra);
        Review review;
        reviewSeed003(&review, report);
        const ExportDocument document = ExportDocument::fromReview(review);
        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(CsvExporter::writeFolder(document, dir.path(), &written, &error), qPrintable(error));

        const QList<QStringList> printed
            = readCsv(readAll(dir.filePath(CsvExporter::tableFileName(document, QStringLiteral("art20_1")))));
        QCOMPARE(printed.last(), (QStringList{extra.label, QStringLiteral("3"), QString(), QStringLiteral("2.5")}));

        int found = 0;
        for (const QStringList &r : readCsv(readAll(dir.filePath(CsvExporter::cellsFileName(document))))) {
            if (r.value(4) == QLatin1String("extra_1")) {
                QCOMPARE(r.at(5), extra.label);
                ++found;
            }
        }
        QCOMPARE(found, 3);
    }

    /** Two neighbouring extra rows with the same label are two printed rows, each with its label. */
    void sameLabelledExtraRowsStayApart()
    {
        Report report = m_seed;
        for (int i = 1; i <= 2; ++i) {
            ExtraRow extra;
            extra.id = QStringLiteral("extra_%1").arg(i);
            extra.label = QStringLiteral("其他");
            extra.values = {CellValue::number(i), CellValue::number(0), CellValue::number(0)};
            report.table(QStringLiteral("art20_1"))->extraRows.append(extra);
        }
        Review review;
        review.setReport(report);
        const ExportDocument document = ExportDocument::fromReview(review);
        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(CsvExporter::writeFolder(document, dir.path(), &written, &error), qPrintable(error));
        const QList<QStringList> printed
            = readCsv(readAll(dir.filePath(CsvExporter::tableFileName(document, QStringLiteral("art20_1")))));
        QCOMPARE(printed.value(printed.size() - 2), (QStringList{QStringLiteral("其他"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")}));
        QCOMPARE(printed.last(), (QStringList{QStringLiteral("其他"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0")}));
    }

    void singleFileTarget()
    {
        const ExportDocument document = reviewedSeed003(m_seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cells.CSV"));
        QStringList written;
        QString error;
        QVERIFY2(CsvExporter::write(document, path, &written, &error), qPrintable(error));
        QCOMPARE(written, QStringList{path});
        QCOMPARE(readCsv(readAll(path)).first(), ExportRows::cellsHeader());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    }

    void overwritesAtomically()
    {
        const ExportDocument document = reviewedSeed003(m_seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cells.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old,content\r\n");
        old.close();
        QString error;
        QVERIFY2(CsvExporter::writeCells(document, path, &error), qPrintable(error));
        QCOMPARE(readCsv(readAll(path)).first(), ExportRows::cellsHeader());
    }

    void unwritableDestination_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("folder");
        QTest::newRow("folder inside a file") << QStringLiteral("plain.txt/csv") << true;
        QTest::newRow("file inside a file") << QStringLiteral("plain.txt/cells.csv") << false;
        QTest::newRow("file in a missing folder") << QStringLiteral("missing/cells.csv") << false;
        QTest::newRow("a file where the folder goes") << QStringLiteral("plain.txt") << true;
    }
    void unwritableDestination()
    {
        QFETCH(QString, relative);
        QFETCH(bool, folder);
        const ExportDocument document = reviewedSeed003(m_seed);
        QTemporaryDir dir;
        QVERIFY(createFile(dir.filePath(QStringLiteral("plain.txt"))));
        const QString path = dir.filePath(relative);
        QString error;
        QStringList written;
        const bool ok = folder ? CsvExporter::writeFolder(document, path, &written, &error)
                               : CsvExporter::write(document, path, &written, &error);
        QVERIFY(!ok);
        QVERIFY(written.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
