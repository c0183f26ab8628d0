#include "exporttesthelpers.h"
#include "xlsxreader.h"

#include "checks/checker.h"
#include "export/exportrows.h"
#include "export/xlsxexporter.h"
#include "export/xlsxworkbook.h"
#include "i18n/translations.h"
#include "model/templatelabels.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;
using namespace gktest;

class TestXlsxExport : public QObject
{
    Q_OBJECT

private:
    Report m_seed;

    static bool write(const ExportDocument &document, const QString &path, XlsxReader *reader)
    {
        QString error;
        if (!XlsxExporter::write(document, path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return reader->open(path);
    }

    /**
     * The workbook in one of the program's languages: every sheet name, title, header, row and column
     * label is in that language (English: no Chinese character; zh_CN: Chinese). The report's own text
     * (extra-row labels, the findings' messages and notes, the metadata values) is left out.
     */
    void checkHeadersInLanguage(const XlsxReader &xlsx, bool english)
    {
        const auto inLanguage = [english](const QString &text) { return hasChinese(text) != english; };
        QStringList extraLabels;
        for (const ReportTable &table : m_seed.tables) {
            for (const ExtraRow &extra : table.extraRows)
                extraLabels.append(extra.label);
        }
        const QString findingsName = XlsxExporter::tr("Findings");
        const QString reportName = XlsxExporter::tr("Report");
        for (const XlsxSheet &sheet : xlsx.sheets()) {
            QVERIFY2(inLanguage(sheet.name), qPrintable(sheet.name));
            for (auto it = sheet.cells.constBegin(); it != sheet.cells.constEnd(); ++it) {
                const QString &text = it->value;
                bool number = false;
                text.toDouble(&number);
                if (text.isEmpty() || number)
                    continue;
                const bool headerRow = it.key().endsWith(QLatin1Char('1')) && it.key().size() == 2; // A1, B1, …
                const bool fieldName = sheet.name == reportName && it.key().startsWith(QLatin1Char('A'));
                const bool severityOrVerdict = sheet.name == findingsName
                    && (it.key().startsWith(QLatin1Char('B')) || it.key().startsWith(QLatin1Char('F')));
                if (sheet.name == findingsName || sheet.name == reportName) {
                    if (!headerRow && !fieldName && !severityOrVerdict)
                        continue; // the findings and the report's details are the report's text
                } else if (extraLabels.contains(text)) {
                    continue;
                }
                QVERIFY2(inLanguage(text), qPrintable(sheet.name + QLatin1String("!") + it.key() + QLatin1String(": ") + text));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Extractor::Result result = Extractor::extract(seedPath(seed003));
        QVERIFY2(result.ok, qPrintable(result.error));
        m_seed = result.report;
    }

    void seedWorkbook_data() { addTranslatorRows(); }
    void seedWorkbook()
    {
        QFETCH(QString, translator);
        const ScopedTranslator scoped(translator);
        if (Translations::languages().contains(translator))
            QCOMPARE(scoped.language(), translator);
        const ExportDocument document = reviewedSeed003(m_seed);
        QTemporaryDir dir;
        XlsxReader xlsx;
        QVERIFY(write(document, dir.filePath(QStringLiteral("003.xlsx")), &xlsx));

        // One sheet per table, then the findings and the metadata.
        QStringList expected;
        for (const ReportTable &table : m_seed.tables)
            expected.append(XlsxWorkbook::sheetName(XlsxExporter::sheetTitle(table.spec), expected));
        expected << XlsxExporter::tr("Findings") << XlsxExporter::tr("Report");
        QCOMPARE(xlsx.sheetNames(), expected);

        // The applications table: 3 label columns (A-C), 7 value columns (D-J), title and 3 header rows.
        const XlsxSheet *applications = xlsx.sheet(expected.at(int(m_seed.tables.size()) - 2));
        QVERIFY(applications);
        for (const QString &merge : {QStringLiteral("A1:J1"), QStringLiteral("A2:C4"), QStringLiteral("D2:J2"),
                                     QStringLiteral("D3:D4"), QStringLiteral("E3:I3"), QStringLiteral("J3:J4"),
                                     QStringLiteral("A5:C5")})
            QVERIFY2(applications->merges.contains(merge), qPrintable(merge + QLatin1String(" in ") + applications->merges.join(QLatin1Char(' '))));
        QCOMPARE(applications->cells.value(QStringLiteral("D2")).value, TemplateLabels::label(QStringLiteral("申请人情况")));
        QCOMPARE(applications->cells.value(QStringLiteral("E3")).value, TemplateLabels::label(QStringLiteral("法人或其他组织")));
        QCOMPARE(applications->cells.value(QStringLiteral("E4")).value, TemplateLabels::label(QStringLiteral("商业企业")));
        QCOMPARE(applications->cells.value(QStringLiteral("A5")).value,
                 TemplateLabels::row(m_seed.table(QStringLiteral("applications"))->spec.rows.first()));

        // Every value of the table is a number equal to the golden cell; the corrected one is 221.
        const QJsonObject goldenCells = golden(seed003).value(QStringLiteral("cells")).toObject();
        const ReportTable *table = m_seed.table(QStringLiteral("applications"));
        for (int r = 0; r < table->spec.rows.size(); ++r) {
            for (int c = 0; c < table->spec.columns.size(); ++c) {
                const QString id = CellId::join(table->spec.id, table->spec.rows.at(r).id, table->spec.columns.at(c).id);
                const XlsxCell cell = applications->cells.value(XlsxReader::reference(4 + r, 3 + c));
                QVERIFY2(cell.hasValue, qPrintable(id));
                QVERIFY2(cell.type.isEmpty() || cell.type == QLatin1String("n"), qPrintable(id + QLatin1String(" is a number")));
                const double expectedValue = id == correctedCell ? 221 : goldenCells.value(id).toDouble();
                QCOMPARE(cell.value.toDouble(), expectedValue);
            }
        }
        // The correction: the value as read and the note in the comment; no other cell has one.
        QCOMPARE(applications->comments.size(), 1);
        const QString comment = applications->comments.value(QStringLiteral("J5"));
        QVERIFY2(comment.contains(ExportRows::tr("As read: %1").arg(QStringLiteral("220"))), qPrintable(comment));
        QVERIFY2(comment.contains(correctionNote), qPrintable(comment));
        QVERIFY2(comment.contains(QStringLiteral("王审核")), qPrintable(comment));
        QVERIFY(applications->cells.value(QStringLiteral("J5")).style != applications->cells.value(QStringLiteral("I5")).style);

        // The amount of central procurement is a decimal number.
        const XlsxSheet *procurement = xlsx.sheet(expected.at(4));
        QVERIFY(procurement);
        QCOMPARE(procurement->cells.value(QStringLiteral("C3")).value.toDouble(), 21350.46);
        QCOMPARE(procurement->cells.value(QStringLiteral("C2")).value,
                 TemplateLabels::columnWithUnit(m_seed.table(QStringLiteral("art20_9"))->spec.columns.at(1)));

        // The reviews table: 行政复议 over five columns, 行政诉讼 over ten, no label column.
        const XlsxSheet *reviews = xlsx.sheet(expected.at(int(m_seed.tables.size()) - 1));
        QVERIFY(reviews);
        for (const QString &merge : {QStringLiteral("A2:E2"), QStringLiteral("F2:O2"), QStringLiteral("A3:A4"),
                                     QStringLiteral("F3:J3"), QStringLiteral("K3:O3")})
            QVERIFY2(reviews->merges.contains(merge), qPrintable(merge));
        QCOMPARE(reviews->cells.value(QStringLiteral("J5")).value.toDouble(),
                 goldenCells.value(QStringLiteral("reviews.all.direct_total")).toDouble());

        // Findings and metadata.
        const XlsxSheet *findings = xlsx.sheet(XlsxExporter::tr("Findings"));
        QVERIFY(findings);
        QCOMPARE(findings->cells.value(QStringLiteral("A1")).value, ExportRows::findingsHeader().first());
        bool rowTotal = false;
        for (int r = 1; r <= document.findings().size(); ++r) {
            rowTotal = rowTotal
                || (findings->cells.value(XlsxReader::reference(r, 0)).value == QLatin1String("applications.row_total")
                    && findings->cells.value(XlsxReader::reference(r, 2)).value.contains(correctedCell));
        }
        QVERIFY(rowTotal);
        const XlsxSheet *metadata = xlsx.sheet(XlsxExporter::tr("Report"));
        QVERIFY(metadata);
        bool agency = false;
        for (const XlsxCell &cell : metadata->cells)
            agency = agency || cell.value == m_seed.agency;
        QVERIFY(agency);

        if (!scoped.language().isEmpty())
            checkHeadersInLanguage(xlsx, scoped.language() == QLatin1String("en"));

        if (scoped.isMarking()) {
            for (const XlsxSheet &sheet : xlsx.sheets()) {
                if (sheet.name == XlsxExporter::tr("Findings") || sheet.name == XlsxExporter::tr("Report"))
                    continue; // the report's own text
                QVERIFY2(!hasUnmarkedChinese(sheet.name), qPrintable(sheet.name));
                for (const XlsxCell &cell : sheet.cells)
                    QVERIFY2(!hasUnmarkedChinese(cell.value), qPrintable(sheet.name + QLatin1String(": ") + cell.value));
            }
        }
    }

    void blankInvalidAndUncertain()
    {
        // Seed 002 has rows whose columns are a guess.
        const Extractor::Result result = Extractor::extract(seedPath(QStringLiteral("002_fb35a360553c7541")));
        QVERIFY2(result.ok, qPrintable(result.error));
        Review review;
        review.setReport(result.report);
        const QString blanked = QStringLiteral("art20_1.regulations.total_published");
        const QString invalid = QStringLiteral("art20_1.normative_docs.total_published");
        QVERIFY(result.report.cell(blanked) && result.report.cell(invalid));
        review.correct(blanked, CellValue::blank());
        review.correct(invalid, CellValue::invalid(QStringLiteral("约30")));
        const ExportDocument document = ExportDocument::fromReview(review);
        QTemporaryDir dir;
        XlsxReader xlsx;
        QVERIFY(write(document, dir.filePath(QStringLiteral("002.xlsx")), &xlsx));

        const XlsxSheet *art20_1 = xlsx.sheet(xlsx.sheetNames().first());
        QVERIFY(art20_1);
        const XlsxCell blank = art20_1->cells.value(QStringLiteral("D3"));
        QVERIFY2(!blank.hasValue, "a blank stays blank, not 0");
        QVERIFY(art20_1->comments.contains(QStringLiteral("D3")));
        QCOMPARE(art20_1->cells.value(QStringLiteral("D4")).value, QStringLiteral("约30"));

        const ReportTable *applications = document.corrected().table(QStringLiteral("applications"));
        const XlsxSheet *sheet = xlsx.sheet(xlsx.sheetNames().at(int(document.corrected().tables.size()) - 2));
        QVERIFY(sheet);
        int uncertain = 0;
        for (int r = 0; r < applications->spec.rows.size(); ++r) {
            for (int c = 0; c < applications->spec.columns.size(); ++c) {
                const ReportCell *cell = applications->cell(r, c);
                const QString ref = XlsxReader::reference(4 + r, 3 + c);
                QCOMPARE(sheet->comments.contains(ref), cell->uncertain);
                if (cell->uncertain) {
                    ++uncertain;
                    QCOMPARE(sheet->comments.value(ref), ExportRows::uncertainComment(cell->uncertainReason));
                }
            }
        }
        QVERIFY2(uncertain > 0, "seed 002 has uncertain cells");
    }

    void sheetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("used");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Chinese title kept") << QStringLiteral("收到和处理政府信息公开申请情况") << QStringList()
                                            << QStringLiteral("收到和处理政府信息公开申请情况");
        QTest::newRow("forbidden characters") << QStringLiteral("Art. 20 [1]: a/b?") << QStringList()
                                              << QStringLiteral("Art. 20 _1__ a_b_");
        QTest::newRow("too long") << QStringLiteral("Applications received and handled in the year")
                                  << QStringList() << QStringLiteral("Applications received and handl");
        QTest::newRow("taken, case-insensitive") << QStringLiteral("findings") << QStringList{QStringLiteral("Findings")}
                                                 << QStringLiteral("findings (2)");
        QTest::newRow("apostrophes at the ends") << QStringLiteral("'x'") << QStringList() << QStringLiteral("x");
    }
    void sheetNames()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, used);
        QFETCH(QString, expected);
        QCOMPARE(XlsxWorkbook::sheetName(name, used), expected);
    }

    void replacesExistingFileWholly()
    {
        const ExportDocument document = reviewedSeed003(m_seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a workbook");
        old.close();
        XlsxReader xlsx;
        QVERIFY(write(document, path, &xlsx));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("out.xlsx")});
    }

    void unwritableDestination_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("inside a file") << QStringLiteral("plain.txt/out.xlsx");
        QTest::newRow("missing folder") << QStringLiteral("missing/out.xlsx");
        QTest::newRow("a folder") << QStringLiteral("folder.xlsx");
    }
    void unwritableDestination()
    {
        QFETCH(QString, relative);
        const ExportDocument document = reviewedSeed003(m_seed);
        QTemporaryDir dir;
        QVERIFY(createFile(dir.filePath(QStringLiteral("plain.txt"))));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.xlsx")));
        const QString path = dir.filePath(relative);
        QString error;
        QVERIFY(!XlsxExporter::write(document, path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
