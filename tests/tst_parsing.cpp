// The parsing core on small, hand-made inputs: one row per edge case a real report has shown.
#include "io/sourcedocument.h"
#include "layout/textlayout.h"
#include "layout/tokenizer.h"
#include "template/columnplacer.h"
#include "template/labelnormalizer.h"
#include "template/metadataextractor.h"
#include "model/templatespec.h"
#include "template/reportparser.h"
#include "template/rowreader.h"
#include "template/valueparser.h"

#include <QTest>

using namespace gk;

namespace {

Report parseText(const QString &text)
{
    SourceDocument document;
    document.fileName = QStringLiteral("test.txt");
    document.format = QStringLiteral("text");
    document.text = text;
    document.rows = TextLayout::rows(text);
    return ReportParser::parse(document);
}

QStringList rulesOf(const Report &report)
{
    QStringList rules;
    for (const Finding &f : report.parseFindings)
        rules.append(f.rule);
    return rules;
}

const QString applications2019Pipe = QStringLiteral(
    "三、收到和处理政府信息公开申请情况\n"
    "申请人情况 | ||||||||\n"
    "自然人 | 法人或其他组织 | 总计 | |||||||\n"
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
    "一、本年新收政府信息公开申请数量 | 64 | 0 | 0 | 2 | 0 | 4 | 70 | ||\n"
    "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||\n"
    "三、本年度办理结果 | (一)予以公开 | 60 | 0 | 0 | 2 | 0 | 4 | 66 | |\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 5 | 0 | 0 | 0 | 0 | 0 | 5 | ||\n"
    "(七)总计 | 65 | 0 | 0 | 2 | 0 | 4 | 71 | ||\n"
    "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n");

// The applications row's own arithmetic: the applicant columns add up to the total.
ColumnPlacer::RowConstraint rowTotal()
{
    return [](const ColumnPlacer::Placement &p) { return ColumnPlacer::sum(p, 0, 6) == p.at(6).value_or(0); };
}

// One row's values, as the parser reads them from `values` (its label already behind it).
RowReader::Result readRow(const QString &values, const QString &tableId, const ColumnPlacer::RowConstraint &fits)
{
    TokenList tokens;
    Tokenizer::scan(values, 0, values.size(), Token::Gap::Cell, tokens);
    ValueRun run;
    for (int t = 0; t < tokens.size(); ++t)
        run.tokens.append(t);
    run.end = int(tokens.size());
    const RowReader reader(tokens, values, values);
    return reader.read(run, *TemplateSpec::table(TemplateVersion::V2019, tableId), fits);
}

} // namespace

class TestParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsFoldToTheTemplate_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("folded");
        QTest::addColumn<bool>("variant");
        QTest::newRow("list marker and note") << QStringLiteral("(二)部分公开(区分处理的,只计这一情形,不计其他情形)")
                                              << QStringLiteral("部分公开") << false;
        QTest::newRow("full-width brackets") << QStringLiteral("（一）予以公开") << QStringLiteral("予以公开") << false;
        QTest::newRow("traditional") << QStringLiteral("4.保護第三方合法權益") << QStringLiteral("保护第三方合法权益")
                                     << false;
        QTest::newRow("typo 危机") << QStringLiteral("3.危机“三安全一稳定”") << QStringLiteral("危及三安全一稳定")
                                 << true;
        QTest::newRow("typo 冇效") << QStringLiteral("现行冇效件数") << QStringLiteral("现行有效件数") << true;
        QTest::newRow("typo 行政法案卷") << QStringLiteral("7.属于行政法案卷") << QStringLiteral("属于行政执法案卷")
                                    << true;
        QTest::newRow("comma as list dot") << QStringLiteral("3,要求提供公开出版物") << QStringLiteral("要求提供公开出版物")
                                           << false;
        QTest::newRow("wrapped with spaces") << QStringLiteral("5.要求行政机关确认或重新出具已 获取信息")
                                             << QStringLiteral("要求行政机关确认或重新出具已获取信息") << false;
        QTest::newRow("unclosed note") << QStringLiteral("本年收费金额（单位：万元") << QStringLiteral("本年收费金额")
                                       << false;
    }
    void labelsFoldToTheTemplate()
    {
        QFETCH(QString, label);
        QFETCH(QString, folded);
        QFETCH(bool, variant);
        bool repaired = false;
        QCOMPARE(LabelNormalizer::fold(label, &repaired), folded);
        QCOMPARE(repaired, variant);
    }

    void sameLengthSimplificationKeepsOffsets()
    {
        const QString text = QStringLiteral("二、收到和處理政府信息公開申請情況（１２）");
        const QString simple = LabelNormalizer::simplifiedSameLength(text);
        QCOMPARE(simple.size(), text.size());
        QCOMPARE(simple, QStringLiteral("二、收到和处理政府信息公开申请情况(12)"));
    }

    void valuesAreReadNeverAsSilentZero_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("amount");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("number");
        QTest::newRow("plus sign") << QStringLiteral("+25") << false << int(CellValue::Kind::Number) << 25.0;
        QTest::newRow("minus sign") << QStringLiteral("-9") << false << int(CellValue::Kind::Number) << -9.0;
        QTest::newRow("full-width minus") << QStringLiteral("－６８") << false << int(CellValue::Kind::Number) << -68.0;
        QTest::newRow("万元 amount") << QStringLiteral("5234万元") << true << int(CellValue::Kind::Number) << 5234.0;
        QTest::newRow("元 amount is converted") << QStringLiteral("984361元") << true << int(CellValue::Kind::Number)
                                               << 98.4361;
        QTest::newRow("decimal amount") << QStringLiteral("2359.4197万元") << true << int(CellValue::Kind::Number)
                                        << 2359.4197;
        QTest::newRow("count with unit") << QStringLiteral("2笔") << false << int(CellValue::Kind::Number) << 2.0;
        QTest::newRow("thousands separator") << QStringLiteral("638,407") << false << int(CellValue::Kind::Number)
                                             << 638407.0;
        QTest::newRow("blank") << QString() << false << int(CellValue::Kind::Blank) << 0.0;
        QTest::newRow("dash is blank") << QStringLiteral("—") << false << int(CellValue::Kind::Blank) << 0.0;
        QTest::newRow("words are invalid") << QStringLiteral("约30") << false << int(CellValue::Kind::Invalid) << 0.0;
    }
    void valuesAreReadNeverAsSilentZero()
    {
        QFETCH(QString, text);
        QFETCH(bool, amount);
        QFETCH(int, kind);
        QFETCH(double, number);
        const CellValue value = ValueParser::parse(text, amount);
        QCOMPARE(int(value.kind()), kind);
        if (value.isNumber())
            QVERIFY(qAbs(value.number() - number) < 1e-9);
    }

    void pipeRowsKeepSpans()
    {
        const QString text = QStringLiteral("规章 | 0 | 12 | 3 |\n");
        const QList<RawRow> rows = TextLayout::rows(text);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().cells.size(), 4);
        const RawCell &twelve = rows.first().cells.at(2);
        QCOMPARE(twelve.text, QStringLiteral("12"));
        QCOMPARE(text.mid(twelve.span.start, twelve.span.length), QStringLiteral("12"));
        QVERIFY(!rows.first().positionalBlanks);
    }

    void cellPerLineBlocksJoinWrappedLabels()
    {
        const QString text = QStringLiteral("\t（三）不\n予公开\n\t1.属于国家秘密\n\t0\n\t\n\t2\n\n\t下一行\n");
        const QList<RawRow> rows = TextLayout::rows(text);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().cells.size(), 5);
        QCOMPARE(rows.first().cells.first().text, QStringLiteral("（三）不予公开"));
        QVERIFY(rows.first().positionalBlanks);
        QCOMPARE(rows.first().cells.at(3).text, QString()); // a blank cell keeps its place
    }

    void pageFurnitureIsRecognised_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("furniture");
        QTest::newRow("dashes") << QStringLiteral("- 3 -") << true;
        QTest::newRow("em dashes") << QStringLiteral("— 12 —") << true;
        QTest::newRow("page of pages") << QStringLiteral("第 3 页 共 10 页") << true;
        QTest::newRow("form feed") << QStringLiteral("\f") << true;
        QTest::newRow("a row") << QStringLiteral("规章 | 0 | 0 | 0 |") << false;
        QTest::newRow("a row after a form feed") << QStringLiteral("\f6.属于四类过程性信息 | 1 | 0 |") << false;
        QTest::newRow("prose") << QStringLiteral("共收到申请3件") << false;
        QTest::newRow("page of pages, slashed") << QStringLiteral(" 3 / 12 ") << true;
        QTest::newRow("a value alone on its line") << QStringLiteral("12") << false;
        QTest::newRow("a grid's rule") << QStringLiteral("+------+----+") << true;
        QTest::newRow("spaces only") << QStringLiteral("   ") << false;
        QTest::newRow("no line at all (an OCR page's empty line)") << QString() << false; // crashed
    }
    void pageFurnitureIsRecognised()
    {
        QFETCH(QString, line);
        QFETCH(bool, furniture);
        QCOMPARE(TextLayout::isPageFurniture(line), furniture);
    }

    void digitRunsAreCutByArithmetic()
    {
        // A row whose separators were all lost: only one cut makes the applicant columns add up.
        const RowReader::Result result = readRow(QStringLiteral("640020470"), QStringLiteral("applications"), rowTotal());
        QCOMPARE(result.readings.size(), 1);
        QVERIFY(result.cut);
        const QList<double> expected{64, 0, 0, 2, 0, 4, 70};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(result.readings.first().numbers.at(i).value_or(-1), expected.at(i));
    }

    void droppedBlanksGiveEveryPlacementThatAddsUp()
    {
        // Two values, five blanks dropped: any one applicant column, and the total.
        const RowReader::Result result = readRow(QStringLiteral("7  7"), QStringLiteral("applications"), rowTotal());
        QCOMPARE(result.readings.size(), 6);
        const RowReading &first = result.readings.first();
        QCOMPARE(first.numbers.at(0).value_or(-1), 7.0);
        QCOMPARE(first.numbers.at(6).value_or(-1), 7.0);
        for (int c = 1; c < 6; ++c)
            QVERIFY(!first.numbers.at(c).has_value());
    }

    void hostileDigitRunsStayBounded()
    {
        // Too many digits for the row's values: nothing, at once.
        QVERIFY(readRow(QString(400, QLatin1Char('1')), QStringLiteral("reviews"), {}).readings.isEmpty());
        // Cuttable in astronomically many ways: the search stops at its bound.
        const RowReader::Result result = readRow(QString(30, QLatin1Char('1')), QStringLiteral("reviews"), {});
        QVERIFY(!result.readings.isEmpty());
        QVERIFY(result.readings.size() <= 2000);
    }

    void datesInEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("arabic") << QStringLiteral("2021年2月2日") << QDate(2021, 2, 2);
        QTest::newRow("chinese numerals") << QStringLiteral("二〇二一年二月二日") << QDate(2021, 2, 2);
        QTest::newRow("chinese tens") << QStringLiteral("二〇二二年一月二十八日") << QDate(2022, 1, 28);
        QTest::newRow("iso") << QStringLiteral("2021-02-08") << QDate(2021, 2, 8);
        QTest::newRow("dots") << QStringLiteral("2021.2.15") << QDate(2021, 2, 15);
        QTest::newRow("full-width") << QStringLiteral("２０２１年３月１日") << QDate(2021, 3, 1);
        QTest::newRow("impossible") << QStringLiteral("2021年2月30日") << QDate();
    }
    void datesInEveryForm()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(MetadataExtractor::parseDate(text), date);
    }

    void metadataFromTitleStatementAndSignature_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("published");
        QTest::newRow("title") << QStringLiteral("某某县2020年度政府信息公开工作年度报告\n正文\n六、其他需要报告的事项\n无\n某某县人民政府\n2021年3月1日\n")
                               << QStringLiteral("某某县") << 2020 << QDate(2021, 3, 1);
        QTest::newRow("explicit statement wins")
            << QStringLiteral("某某县2020年政府信息公开工作年度报告\n现公布某某县人民政府办公室2020年政府信息公开工作年度报告。\n")
            << QStringLiteral("某某县人民政府办公室") << 2020 << QDate();
        QTest::newRow("signature only") << QStringLiteral(" 2021年政府信息公开工作年度报告\n正文\n六、其他需要报告的事项\n无\n\n   某某市民政局\n   二〇二二年一月二十日\n")
                                        << QStringLiteral("某某市民政局") << 2021 << QDate(2022, 1, 20);
        QTest::newRow("compiled by the office") << QStringLiteral("本年度报告由某某市某某区人民政府办公室编制而成。本报告所列数据统计期限从2020年1月1日到2020年12月31日止。\n")
                                                << QStringLiteral("某某市某某区人民政府") << 2020 << QDate();
    }
    void metadataFromTitleStatementAndSignature()
    {
        QFETCH(QString, text);
        QFETCH(QString, agency);
        QFETCH(int, year);
        QFETCH(QDate, published);
        const MetadataExtractor::Metadata meta = MetadataExtractor::extract(text);
        QCOMPARE(meta.agency, agency);
        QCOMPARE(meta.year, year);
        QCOMPARE(meta.published, published);
    }

    void applicationsTableInPipeRows()
    {
        const Report report = parseText(applications2019Pipe);
        QCOMPARE(report.value(QStringLiteral("applications.new_received.natural_person")).number(), 64.0);
        QCOMPARE(report.value(QStringLiteral("applications.disclosed.total")).number(), 66.0);
        QCOMPARE(report.value(QStringLiteral("applications.result_total.total")).number(), 71.0);
        QVERIFY(report.value(QStringLiteral("applications.withheld_state_secret.total")).isBlank());
        QVERIFY(rulesOf(report).contains(QStringLiteral("table.missing_row")));
        QVERIFY(rulesOf(report).contains(QStringLiteral("table.missing"))); // art20 and reviews
        const ReportCell *cell = report.cell(QStringLiteral("applications.new_received.total"));
        QCOMPARE(report.text.mid(cell->span.start, cell->span.length), QStringLiteral("70"));
    }

    void separatorlessTextIsCutByTheTablesArithmetic()
    {
        QString text = applications2019Pipe;
        text.replace(QRegularExpression(QStringLiteral("\\s*\\|+\\s*")), QString());
        const Report report = parseText(text);
        QCOMPARE(report.value(QStringLiteral("applications.new_received.natural_person")).number(), 64.0);
        QCOMPARE(report.value(QStringLiteral("applications.new_received.social_welfare")).number(), 2.0);
        QCOMPARE(report.value(QStringLiteral("applications.new_received.total")).number(), 70.0);
        QCOMPARE(report.value(QStringLiteral("applications.partial.natural_person")).number(), 5.0);
        const ReportCell *cell = report.cell(QStringLiteral("applications.new_received.total"));
        QCOMPARE(report.text.mid(cell->span.start, cell->span.length), QStringLiteral("70"));
        QVERIFY(!cell->uncertain); // the row total decides the cut
    }

    void rowLastDigitsRunningIntoTheNextListNumber()
    {
        const QString text = QStringLiteral("三、收到和处理政府信息公开申请情况\n"
                                            "(三)不予公开1.属于国家秘密10000012.其他法律行政法规禁止公开0000000\n");
        const Report report = parseText(text);
        QCOMPARE(report.value(QStringLiteral("applications.withheld_state_secret.natural_person")).number(), 1.0);
        QCOMPARE(report.value(QStringLiteral("applications.withheld_state_secret.total")).number(), 1.0);
        QCOMPARE(report.value(QStringLiteral("applications.withheld_law_prohibited.total")).number(), 0.0);
    }

    void droppedBlanksAreMarkedUncertain()
    {
        const QString text = QStringLiteral("三、收到和处理政府信息公开申请情况\n"
                                            "一、本年新收政府信息公开申请数量 | 7 | 7 | |||||||\n"
                                            "(七)总计 | 7 | 7 | |||||||\n");
        const Report report = parseText(text);
        QVERIFY(report.cell(QStringLiteral("applications.new_received.natural_person"))->uncertain);
        QCOMPARE(report.value(QStringLiteral("applications.new_received.total")).number(), 7.0);
        QVERIFY(rulesOf(report).contains(QStringLiteral("layout.ambiguous_columns")));
    }

    void extraRowsAreKept()
    {
        const QString text = QStringLiteral("第二十条第(一)项 | |||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
                                            "规章 | 0 | 0 | 0 |\n规范性文件 | 3 | 3 | 13 |\n其他主动公开文件 | 30 | 3 | 447 |\n");
        const Report report = parseText(text);
        const ReportTable *table = report.table(QStringLiteral("art20_1"));
        QVERIFY(table->present);
        QCOMPARE(table->extraRows.size(), 1);
        QCOMPARE(table->extraRows.first().values.size(), 3);
        QCOMPARE(report.value(QStringLiteral("art20_1.normative_docs.total_published")).number(), 13.0);
        QVERIFY(rulesOf(report).contains(QStringLiteral("layout.extra_row")));
    }

    void proseOnlyReportHasNoTables()
    {
        const QString text = QStringLiteral("某县2020年政府信息公开工作年度报告\n一、总体情况\n本年共收到申请12件，全部办结。\n"
                                            "二、主动公开政府信息情况\n主动公开信息300条。\n三、收到和处理政府信息公开申请情况\n"
                                            "全年收到申请12件，予以公开10件。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n");
        const Report report = parseText(text);
        for (const ReportTable &table : report.tables) {
            QVERIFY2(!table.present, qPrintable(table.spec.id));
            for (const ReportCell &cell : table.cells)
                QVERIFY(cell.value.isBlank());
        }
        QVERIFY(rulesOf(report).count(QStringLiteral("table.missing")) >= 3);
    }
};

QTEST_GUILESS_MAIN(TestParsing)
#include "tst_parsing.moc"
