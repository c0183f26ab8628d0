// The charts, offscreen: their series hold the table values of the golden files, follow a
// reviewer's corrections, and export as PNG and SVG at the size asked for; a table absent from the
// report gives an empty chart with a message, an unwritable destination an error.
#include "chartbuilder.h"
#include "chartexporter.h"
#include "chartfactory.h"
#include "chartpane.h"
#include "chartsizedialog.h"
#include "i18n/translations.h"
#include "model/templatespec.h"
#include "pipeline/extractor.h"
#include "reviewdocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace gk;

namespace {

const QString seedDir = QStringLiteral(GK_SHARED_DIR "/seeds");
const QString goldenDir = QStringLiteral(GK_SHARED_DIR "/golden");
const QString seed003 = QStringLiteral("003_a2303bdcaefa6cda");
const QString seed001 = QStringLiteral("001_7097c5c10f7e9ea9"); // the 2021 template

QJsonObject golden(const QString &seed)
{
    QFile file(goldenDir + QLatin1Char('/') + seed + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject goldenCells(const QString &seed)
{
    return golden(seed).value(QStringLiteral("cells")).toObject();
}

Report extract(const QString &seed)
{
    const Extractor::Result result = Extractor::extract(seedDir + QLatin1Char('/') + seed + QStringLiteral(".txt"));
    if (!result.ok)
        qWarning("%s", qPrintable(result.error));
    return result.report;
}

QStringList rowCells(const QString &column, const QStringList &rows)
{
    QStringList cells;
    for (const QString &row : rows)
        cells << QStringLiteral("applications.%1.%2").arg(row, column);
    return cells;
}

QStringList totals(const QStringList &rows)
{
    return rowCells(QStringLiteral("total"), rows);
}

const ChartBuilder *builderById(const QString &id)
{
    for (const ChartBuilder *builder : ChartBuilder::all()) {
        if (builder->id() == id)
            return builder;
    }
    return nullptr;
}

/** The part of the chart (the chart itself or a panel under it) that has a bar for `category`. */
ChartData partWith(const ChartData &data, const QString &category)
{
    for (const ChartData &part : data.parts()) {
        if (part.categories.contains(category))
            return part;
    }
    return ChartData();
}

/** The column of a canonical cell as the report's template defines it. */
ColumnSpec columnOf(const Report &report, const QString &cell)
{
    const CellId id = CellId::parse(cell);
    const TableSpec *table = TemplateSpec::table(report.templateVersion, id.table);
    return table ? table->columns.value(table->columnIndex(id.column)) : ColumnSpec();
}

/** Counts, yearly changes and amounts in 万元: the kinds of quantity the Article 20 tables mix. */
QString kindOf(const ColumnSpec &column)
{
    if (column.amount)
        return QStringLiteral("amount");
    return column.mayBeNegative ? QStringLiteral("change") : QStringLiteral("count");
}

/** The chart the pane shows now, as drawn. */
ChartContents shown(const ChartPane &pane)
{
    return ChartFactory::contents(pane.chart(pane.currentIndex()));
}

/** Width, height and viewBox of the root element of an SVG file. */
QStringList svgSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg")) {
            const QXmlStreamAttributes a = xml.attributes();
            return {a.value(QLatin1String("width")).toString(), a.value(QLatin1String("height")).toString(),
                    a.value(QLatin1String("viewBox")).toString()};
        }
    }
    return {};
}

/** How many pixels are not the background: a chart was drawn, not just a blank page. */
int inkedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++count;
        }
    }
    return count;
}

} // namespace

class tst_Charts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReviewDocument> m_document;
    std::unique_ptr<ChartPane> m_pane;

    /** Seed 003 open in a document (a copy: the review goes beside it) and a pane on show following it. */
    bool openSeedInPane()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(seed003 + QStringLiteral(".txt"));
        if (!QFile::copy(seedDir + QLatin1Char('/') + seed003 + QStringLiteral(".txt"), path))
            return false;
        m_document = std::make_unique<ReviewDocument>();
        m_pane = std::make_unique<ChartPane>();
        ReviewDocument *document = m_document.get();
        m_pane->setReportSource([document] { return document->review()->correctedReport(); });
        connect(document, &ReviewDocument::findingsChanged, m_pane.get(), &ChartPane::invalidate);
        m_pane->resize(700, 500);
        m_pane->show();
        QString error;
        if (!document->open(path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
        m_dir.reset();
        Translations::remove();
    }

    void chartsFollowLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("seed");
        QTest::newRow("zh_CN, 2019 template") << QStringLiteral("zh_CN") << seed003;
        QTest::newRow("zh_CN, 2021 template") << QStringLiteral("zh_CN") << seed001;
        QTest::newRow("en, 2019 template") << QStringLiteral("en") << seed003;
        QTest::newRow("en, 2021 template") << QStringLiteral("en") << seed001;
    }

    void chartsFollowLanguage()
    {
        // Titles, axes, legends, categories and messages in the language installed: Chinese in zh_CN,
        // no Chinese character in English.
        QFETCH(QString, language);
        QFETCH(QString, seed);
        QVERIFY(Translations::install(language));
        const bool chinese = language == QLatin1String("zh_CN");
        const auto inLanguage = [chinese](const QString &text) {
            const bool han = std::any_of(text.cbegin(), text.cend(),
                                         [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
            return han == chinese;
        };
        Report report = extract(seed);
        Report absent = report;
        for (ReportTable &table : absent.tables)
            table.present = false;
        for (const ChartBuilder *builder : ChartBuilder::all()) {
            const ChartData data = builder->build(report);
            QStringList texts{builder->title(), builder->shortTitle(), builder->build(absent).emptyMessage};
            for (const ChartData &part : data.parts()) {
                const ChartContents drawn = ChartFactory::contents(part);
                texts << part.valueAxisTitle << drawn.title << drawn.valueAxisTitle << drawn.categories << drawn.setNames;
            }
            QVERIFY(ChartFactory::contents(data).categories.size() > 1);
            for (const QString &text : std::as_const(texts)) // an axis without a title (the amounts') is no text
                QVERIFY2(text.isEmpty() || inLanguage(text), qPrintable(builder->id() + QStringLiteral(": ") + text));
        }
    }

    void fourChartsWithStableIds()
    {
        QStringList ids;
        for (const ChartBuilder *builder : ChartBuilder::all()) {
            ids << builder->id();
            QVERIFY(!builder->title().isEmpty());
        }
        QCOMPARE(ids, QStringList({QStringLiteral("outcomes"), QStringLiteral("applicants"),
                                   QStringLiteral("reviews"), QStringLiteral("art20")}));
    }

    void cjkFontAvailable()
    {
        // Without a CJK font the template labels would be boxes.
        QVERIFY(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty());
    }

    void seriesHoldTheTableValues_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("chart");
        QTest::addColumn<int>("set");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("cells");

        const QStringList withheld{QStringLiteral("withheld_state_secret"), QStringLiteral("withheld_law_prohibited"),
                                   QStringLiteral("withheld_three_safety"), QStringLiteral("withheld_third_party"),
                                   QStringLiteral("withheld_internal"),     QStringLiteral("withheld_process"),
                                   QStringLiteral("withheld_enforcement"),  QStringLiteral("withheld_query")};
        const QStringList unavailable{QStringLiteral("unavailable_not_held"), QStringLiteral("unavailable_needs_creation"),
                                      QStringLiteral("unavailable_unclear")};
        const QStringList rejected{QStringLiteral("rejected_petition"), QStringLiteral("rejected_repeat"),
                                   QStringLiteral("rejected_publication"), QStringLiteral("rejected_excessive"),
                                   QStringLiteral("rejected_confirm")};
        const QString outcomes = QStringLiteral("outcomes");
        QTest::newRow("003 outcomes 予以公开") << seed003 << outcomes << 0 << QStringLiteral("予以公开")
                                           << totals({QStringLiteral("disclosed")});
        QTest::newRow("003 outcomes 部分公开") << seed003 << outcomes << 0 << QStringLiteral("部分公开")
                                           << totals({QStringLiteral("partial")});
        QTest::newRow("003 outcomes 不予公开 sums eight rows")
            << seed003 << outcomes << 0 << QStringLiteral("不予公开") << totals(withheld);
        QTest::newRow("003 outcomes 无法提供 sums three rows")
            << seed003 << outcomes << 0 << QStringLiteral("无法提供") << totals(unavailable);
        QTest::newRow("003 outcomes 不予处理 sums five rows")
            << seed003 << outcomes << 0 << QStringLiteral("不予处理") << totals(rejected);
        QTest::newRow("003 outcomes 其他处理 is the one 2019 row")
            << seed003 << outcomes << 0 << QStringLiteral("其他处理") << totals({QStringLiteral("other")});
        QTest::newRow("001 outcomes 其他处理 sums the three 2021 rows")
            << seed001 << outcomes << 0 << QStringLiteral("其他处理")
            << totals({QStringLiteral("other_no_correction"), QStringLiteral("other_no_fee"),
                       QStringLiteral("other_other")});
        QTest::newRow("001 outcomes 不予公开") << seed001 << outcomes << 0 << QStringLiteral("不予公开")
                                           << totals(withheld);

        const QString applicants = QStringLiteral("applicants");
        const QString received = QStringLiteral("new_received");
        const QString carried = QStringLiteral("carried_over");
        QTest::newRow("003 applicants 自然人 received")
            << seed003 << applicants << 0 << QStringLiteral("自然人")
            << rowCells(QStringLiteral("natural_person"), {received});
        QTest::newRow("003 applicants 商业企业 received")
            << seed003 << applicants << 0 << QStringLiteral("商业企业") << rowCells(QStringLiteral("commercial"), {received});
        QTest::newRow("003 applicants 其他 received")
            << seed003 << applicants << 0 << QStringLiteral("其他") << rowCells(QStringLiteral("other_org"), {received});
        QTest::newRow("003 applicants 自然人 carried over")
            << seed003 << applicants << 1 << QStringLiteral("自然人")
            << rowCells(QStringLiteral("natural_person"), {carried});
        QTest::newRow("001 applicants 自然人 received")
            << seed001 << applicants << 0 << QStringLiteral("自然人")
            << rowCells(QStringLiteral("natural_person"), {received});

        const QString reviews = QStringLiteral("reviews");
        const auto review = [](const QString &column) { return QStringList{QStringLiteral("reviews.all.") + column}; };
        QTest::newRow("003 reviews 行政复议 结果维持") << seed003 << reviews << 0 << QStringLiteral("行政复议")
                                                  << review(QStringLiteral("review_upheld"));
        QTest::newRow("003 reviews 行政复议 结果纠正") << seed003 << reviews << 1 << QStringLiteral("行政复议")
                                                  << review(QStringLiteral("review_corrected"));
        QTest::newRow("003 reviews 直接起诉 尚未审结")
            << seed003 << reviews << 3 << QStringLiteral("行政诉讼·未经复议直接起诉")
            << review(QStringLiteral("direct_pending"));
        QTest::newRow("003 reviews 复议后起诉 总计")
            << seed003 << reviews << 4 << QStringLiteral("行政诉讼·复议后起诉") << review(QStringLiteral("after_total"));
        QTest::newRow("001 reviews 行政复议 尚未审结") << seed001 << reviews << 3 << QStringLiteral("行政复议")
                                                  << review(QStringLiteral("review_pending"));

        const QString art20 = QStringLiteral("art20");
        QTest::newRow("003 art20 规范性文件 对外公开总数量")
            << seed003 << art20 << 0 << QStringLiteral("规范性文件 · 对外公开总数量")
            << QStringList{QStringLiteral("art20_1.normative_docs.total_published")};
        QTest::newRow("003 art20 其他对外管理服务事项 处理决定数量")
            << seed003 << art20 << 0 << QStringLiteral("其他对外管理服务事项 · 处理决定数量")
            << QStringList{QStringLiteral("art20_5.other_services.decisions")};
        QTest::newRow("003 art20 negative change of 行政处罚")
            << seed003 << art20 << 0 << QStringLiteral("行政处罚 · 本年增/减")
            << QStringList{QStringLiteral("art20_6.penalty.change")};
        QTest::newRow("003 art20 procurement amount in 万元")
            << seed003 << art20 << 0 << QStringLiteral("政府集中采购 · 采购总金额 (10,000 yuan)")
            << QStringList{QStringLiteral("art20_9.procurement.amount")};
        QTest::newRow("001 art20 2021 column 现行有效件数")
            << seed001 << art20 << 0 << QStringLiteral("规范性文件 · 现行有效件数")
            << QStringList{QStringLiteral("art20_1.normative_docs.in_force")};
        QTest::newRow("001 art20 2021 fee amount")
            << seed001 << art20 << 0 << QStringLiteral("行政事业性收费 · 本年收费金额 (10,000 yuan)")
            << QStringList{QStringLiteral("art20_8.fees.amount")};
    }

    void seriesHoldTheTableValues()
    {
        QFETCH(QString, seed);
        QFETCH(QString, chart);
        QFETCH(int, set);
        QFETCH(QString, category);
        QFETCH(QStringList, cells);

        const QJsonObject golden = goldenCells(seed);
        QVERIFY(!golden.isEmpty());
        double expected = 0;
        for (const QString &cell : cells) {
            QVERIFY2(golden.value(cell).isDouble(), qPrintable(cell));
            expected += golden.value(cell).toDouble();
        }
        const ChartBuilder *builder = builderById(chart);
        QVERIFY(builder);
        const ChartContents drawn = ChartFactory::contents(partWith(builder->build(extract(seed)), category));
        QVERIFY2(drawn.categories.contains(category), qPrintable(drawn.categories.join(QLatin1Char('|'))));
        QCOMPARE(drawn.value(set, category), expected);
    }

    // Every bar of every chart of every seed holds the golden value of the cells it names, and a
    // blank cell is counted in the note, not silently drawn as a number.
    void everyBarMatchesTheGoldenCells_data()
    {
        QTest::addColumn<QString>("seed");
        const QStringList seeds = QDir(goldenDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : seeds)
            QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
    }

    void everyBarMatchesTheGoldenCells()
    {
        QFETCH(QString, seed);
        const QJsonObject cells = goldenCells(seed);
        // Rows whose values lost their columns: the golden file knows the values, not their places.
        const QJsonObject uncertain = golden(seed).value(QStringLiteral("uncertain")).toObject();
        const Report report = extract(seed);
        QVERIFY(!report.tables.isEmpty());
        int article20Cells = 0;
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
            article20Cells += it.key().startsWith(QLatin1String("art20_"));
        for (const ChartBuilder *builder : ChartBuilder::all()) {
            const ChartData chart = builder->build(report);
            QVERIFY2(!chart.isEmpty(), qPrintable(builder->id()));
            int blanks = 0;
            int bars = 0;
            for (const ChartData &data : chart.parts()) {
                const ChartContents drawn = ChartFactory::contents(data);
                QCOMPARE(drawn.setNames.size(), data.sets.size());
                QCOMPARE(drawn.categories.size(), data.categories.size());
                bars += data.categories.size();
                for (int s = 0; s < data.sets.size(); ++s) {
                    for (int i = 0; i < data.categories.size(); ++i) {
                        double expected = 0;
                        for (const QString &cell : data.sets.at(s).cells.at(i)) {
                            QVERIFY2(cells.contains(cell), qPrintable(cell));
                            const CellId id = CellId::parse(cell);
                            if (uncertain.contains(id.table + QLatin1Char('.') + id.row)) {
                                const CellValue value = report.value(cell); // placed by the parser's guess
                                blanks += !value.isNumber();
                                expected += value.isNumber() ? value.number() : 0;
                                continue;
                            }
                            if (cells.value(cell).isNull())
                                ++blanks;
                            expected += cells.value(cell).toDouble();
                        }
                        QCOMPARE(drawn.value(s, data.categories.at(i)), expected);
                    }
                }
            }
            QCOMPARE(chart.allUnreadableCells(), blanks);
            if (builder->id() == QLatin1String("art20"))
                QCOMPARE(bars, article20Cells); // one bar per Article 20 cell
        }
    }

    // Counts, yearly changes and 万元 amounts never share a value axis: a fee of 15996.59 万元 or 638407
    // decisions must not flatten the other bars, and a negative change must show as a bar.
    void article20KindsHaveAxesOfTheirOwn_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<int>("parts");
        QTest::newRow("003, 2019 template: counts, changes, amounts") << seed003 << 3;
        QTest::newRow("001, 2021 template: counts, amounts") << seed001 << 2;
    }

    void article20KindsHaveAxesOfTheirOwn()
    {
        QFETCH(QString, seed);
        QFETCH(int, parts);
        const QJsonObject golden = goldenCells(seed);
        const Report report = extract(seed);
        const ChartData chart = builderById(QStringLiteral("art20"))->build(report);
        QCOMPARE(chart.parts().size(), parts);
        QSet<QString> kinds;
        QSet<QString> axisTitles;
        int negatives = 0;
        for (const ChartData &part : chart.parts()) {
            const ChartContents drawn = ChartFactory::contents(part);
            QSet<QString> partKinds;
            qreal low = 0;
            qreal high = 0;
            for (int i = 0; i < part.categories.size(); ++i) {
                const QStringList cells = part.sets.constFirst().cells.at(i);
                QCOMPARE(cells.size(), 1);
                const QString cell = cells.constFirst();
                QVERIFY2(golden.value(cell).isDouble(), qPrintable(cell));
                const qreal value = drawn.value(0, part.categories.at(i));
                QCOMPARE(value, golden.value(cell).toDouble()); // the golden value, in the part of its kind
                partKinds.insert(kindOf(columnOf(report, cell)));
                low = std::min(low, value);
                high = std::max(high, value);
            }
            QCOMPARE(partKinds.size(), 1); // one kind of quantity per axis
            QVERIFY2(!kinds.contains(*partKinds.cbegin()), qPrintable(*partKinds.cbegin()));
            kinds.unite(partKinds);
            axisTitles.insert(drawn.valueAxisTitle);
            // The axis spans its own values, no more than half again: nothing of another kind stretches it.
            QVERIFY(drawn.valueMin <= low && drawn.valueMax >= high);
            QVERIFY2(drawn.valueMax - drawn.valueMin <= 1.5 * std::max(4.0, high - low),
                     qPrintable(QStringLiteral("%1..%2 for %3..%4").arg(drawn.valueMin).arg(drawn.valueMax).arg(low).arg(high)));
            // A negative change is a bar left of zero a reader can see: a tenth of the axis at least.
            if (low < 0) {
                ++negatives;
                QVERIFY(-low / (drawn.valueMax - drawn.valueMin) > 0.1);
            }
        }
        QCOMPARE(axisTitles.size(), parts);
        QVERIFY(kinds.contains(QStringLiteral("amount")));
        QCOMPARE(negatives > 0, seed == seed003); // -58 行政处罚 in 003; the 2021 template has no changes
        QVERIFY(ChartFactory::contents(chart).title.contains(chart.title)); // the figure's title heads the first part
    }

    void article20PanelsFollowCorrectionsInThePane()
    {
        QVERIFY(openSeedInPane());
        ChartPane &pane = *m_pane;
        QVERIFY(pane.setCurrentChart(QStringLiteral("art20")));
        const int index = pane.currentIndex();
        QCOMPARE(pane.partCount(index), 3);
        const QString amount = pane.chartData(index).panels.at(1).categories.constFirst();
        QCOMPARE(ChartFactory::contents(pane.chart(index, 2)).value(0, amount), 21350.46);
        const qreal countsAxis = ChartFactory::contents(pane.chart(index, 0)).valueMax;
        m_document->setCellValue(QStringLiteral("art20_9.procurement.amount"), CellValue::number(9999999));
        QCOMPARE(ChartFactory::contents(pane.chart(index, 2)).value(0, amount), 9999999.0);
        QVERIFY(ChartFactory::contents(pane.chart(index, 2)).valueMax >= 9999999);
        QCOMPARE(ChartFactory::contents(pane.chart(index, 0)).valueMax, countsAxis); // the counts' axis is untouched
        m_document->close();
        QCOMPARE(pane.partCount(index), 1);
        QVERIFY(!ChartFactory::contents(pane.chart(index)).message.isEmpty());
    }

    void seriesFollowCorrections()
    {
        QVERIFY(openSeedInPane());
        ReviewDocument &document = *m_document;
        ChartPane &pane = *m_pane;

        QVERIFY(pane.setCurrentChart(QStringLiteral("outcomes")));
        const QString withheld = QStringLiteral("不予公开");
        const qreal before = shown(pane).value(0, withheld);
        QCOMPARE(before, 35.0); // 20 + 9 + 1 + 5 in seed 003
        const QString cell = QStringLiteral("applications.withheld_law_prohibited.total");
        document.setCellValue(cell, CellValue::number(30));
        QCOMPARE(shown(pane).value(0, withheld), before + 10);

        // A chart not on show follows too, once it is shown.
        const QString person = QStringLiteral("applications.new_received.natural_person");
        document.setCellValue(person, CellValue::number(300));
        QVERIFY(pane.setCurrentChart(QStringLiteral("applicants")));
        QCOMPARE(shown(pane).value(0, QStringLiteral("自然人")), 300.0);

        // Undo brings the values as read back.
        document.undoStack()->undo();
        QCOMPARE(shown(pane).value(0, QStringLiteral("自然人")), 219.0);
        document.undoStack()->undo();
        QVERIFY(pane.setCurrentChart(QStringLiteral("outcomes")));
        QCOMPARE(shown(pane).value(0, withheld), before);

        // A blank correction is noted under the title and drawn as 0.
        document.setCellValue(cell, CellValue());
        QCOMPARE(shown(pane).value(0, withheld), before - 20);
        QCOMPARE(pane.chartData(pane.currentIndex()).unreadableCells, 1);
        QVERIFY(shown(pane).title.contains(pane.chartData(pane.currentIndex()).note()));

        // Closing the report leaves charts that say so.
        document.close();
        QVERIFY(!shown(pane).message.isEmpty());
        QVERIFY(!shown(pane).hasBars());
    }

    void exportWritesTheRequestedSize_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QSize>("size");
        QTest::newRow("outcomes png default") << QStringLiteral("outcomes") << QStringLiteral("png") << QSize(1200, 800);
        QTest::newRow("outcomes svg default") << QStringLiteral("outcomes") << QStringLiteral("svg") << QSize(1200, 800);
        QTest::newRow("applicants png odd size") << QStringLiteral("applicants") << QStringLiteral("png") << QSize(333, 777);
        QTest::newRow("reviews svg small") << QStringLiteral("reviews") << QStringLiteral("svg") << QSize(640, 480);
        QTest::newRow("art20 png large") << QStringLiteral("art20") << QStringLiteral("png") << QSize(1920, 1080);
        QTest::newRow("art20 svg upper case suffix") << QStringLiteral("art20") << QStringLiteral("SVG") << QSize(1000, 1400);
    }

    void exportWritesTheRequestedSize()
    {
        QFETCH(QString, chart);
        QFETCH(QString, suffix);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(chart + QLatin1Char('.') + suffix);
        const ChartData data = builderById(chart)->build(extract(seed003));
        QString error;
        QVERIFY2(ChartExporter::write(data, path, size, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        if (suffix.toLower() == QLatin1String("png")) {
            const QImage image(path);
            QCOMPARE(image.size(), size);
            QVERIFY(inkedPixels(image) > size.width() * size.height() / 400);
        } else {
            QCOMPARE(svgSize(path), QStringList({QString::number(size.width()), QString::number(size.height()),
                                                 QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height())}));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString svg = QString::fromUtf8(file.readAll());
            // The template's labels are text in the drawing (one <text> per run of one font).
            for (const ChartData &part : data.parts()) { // the panels are drawn too
                const QString label = part.categories.constFirst().section(QStringLiteral(" · "), 0, 0);
                QVERIFY2(svg.contains(QLatin1Char('>') + label + QStringLiteral("</text>")), qPrintable(label));
            }
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left behind
    }

    void writeAllWritesEveryChart()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("charts/2020")); // made on the way
        QStringList written;
        QString error;
        QVERIFY2(ChartExporter::writeAll(extract(seed003), target, QSize(800, 600), &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 2 * ChartBuilder::all().size());
        for (const ChartBuilder *builder : ChartBuilder::all()) {
            const QString png = QDir(target).filePath(builder->id() + QStringLiteral(".png"));
            QVERIFY(written.contains(png));
            QCOMPARE(QImage(png).size(), QSize(800, 600));
            QCOMPARE(svgSize(QDir(target).filePath(builder->id() + QStringLiteral(".svg"))).value(0),
                     QStringLiteral("800"));
        }
    }

    void unwritableDestinationGivesAnError_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QSize>("size");
        QTest::newRow("folder missing") << QStringLiteral("no/such/folder/chart.png") << QSize(800, 600);
        QTest::newRow("parent is a file png") << QStringLiteral("afile/chart.png") << QSize(800, 600);
        QTest::newRow("parent is a file svg") << QStringLiteral("afile/chart.svg") << QSize(800, 600);
        QTest::newRow("path is a folder") << QStringLiteral("afolder.png") << QSize(800, 600);
        QTest::newRow("unknown suffix") << QStringLiteral("chart.jpg") << QSize(800, 600);
        QTest::newRow("size too small") << QStringLiteral("chart.png") << QSize(10, 10);
        QTest::newRow("wider than the maximum") << QStringLiteral("chart.png") << QSize(8001, 600);
        QTest::newRow("too many pixels png") << QStringLiteral("chart.png") << QSize(8000, 8000);
        QTest::newRow("too many pixels svg") << QStringLiteral("chart.svg") << QSize(6001, 6001);
    }

    void unwritableDestinationGivesAnError()
    {
        QFETCH(QString, relativePath);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("afile")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("afolder.png")));
        const QString path = dir.filePath(relativePath);
        QString error;
        QVERIFY(!ChartExporter::write(ChartBuilder::all().constFirst()->build(extract(seed003)), path, size, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFileInfo(path).isFile());
    }

    void sizeLimits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default") << ChartExporter::defaultSize() << true;
        QTest::newRow("smallest") << ChartExporter::minimumSize() << true;
        QTest::newRow("narrower than the smallest") << ChartExporter::minimumSize() - QSize(1, 0) << false;
        QTest::newRow("widest at a height within the pixel limit") << QSize(ChartExporter::maximumSize().width(), 4500) << true;
        QTest::newRow("both sides at the maximum") << ChartExporter::maximumSize() << false;
        QTest::newRow("taller than the maximum") << QSize(800, ChartExporter::maximumSize().height() + 1) << false;
    }

    void sizeLimits()
    {
        QFETCH(QSize, size);
        QFETCH(bool, accepted);
        QCOMPARE(ChartExporter::acceptsSize(size), accepted);
        // Whatever is accepted fits in memory: an ARGB image of at most 160 MB.
        if (accepted)
            QVERIFY(qint64(size.width()) * size.height() * 4 <= 160'000'000);
        // The size dialog offers OK for the same sizes (its boxes hold each side within the limits).
        if (QRect(QPoint(), ChartExporter::maximumSize()).contains(QRect(QPoint(), size))
            && size.expandedTo(ChartExporter::minimumSize()) == size) {
            ChartSizeDialog dialog(size);
            QCOMPARE(dialog.chartSize(), size);
            const auto *buttons = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), accepted);
        }
    }

    void writeAllIntoAFileGivesAnError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("afile")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QStringList written;
        QString error;
        QVERIFY(!ChartExporter::writeAll(extract(seed003), file.fileName(), QSize(800, 600), &written, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(file.fileName())), qPrintable(error));
        QVERIFY(written.isEmpty());
    }

    void readOnlyFolderGivesAnError()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        QFile probe(dir.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("This user writes into read-only folders (root)");
        }
        QString error;
        const bool ok = ChartExporter::write(ChartBuilder::all().constFirst()->build(extract(seed003)),
                                             dir.filePath(QStringLiteral("chart.svg")), QSize(800, 600), &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!ok);
        QVERIFY(error.contains(QStringLiteral("chart.svg")));
    }

    void absentTableGivesAnEmptyChart_data()
    {
        QTest::addColumn<QStringList>("removedTables");
        QTest::addColumn<QStringList>("emptyCharts");
        const QStringList art20{QStringLiteral("art20_1"), QStringLiteral("art20_5"), QStringLiteral("art20_6"),
                                QStringLiteral("art20_8"), QStringLiteral("art20_9")};
        QTest::newRow("no applications table")
            << QStringList{QStringLiteral("applications")}
            << QStringList{QStringLiteral("outcomes"), QStringLiteral("applicants")};
        QTest::newRow("no reviews table") << QStringList{QStringLiteral("reviews")} << QStringList{QStringLiteral("reviews")};
        QTest::newRow("no Article 20 tables") << art20 << QStringList{QStringLiteral("art20")};
        QTest::newRow("one Article 20 table is enough") << art20.mid(1) << QStringList();
        QTest::newRow("nothing at all")
            << (art20 + QStringList{QStringLiteral("applications"), QStringLiteral("reviews")})
            << QStringList{QStringLiteral("outcomes"), QStringLiteral("applicants"), QStringLiteral("reviews"),
                           QStringLiteral("art20")};
    }

    void absentTableGivesAnEmptyChart()
    {
        QFETCH(QStringList, removedTables);
        QFETCH(QStringList, emptyCharts);
        Report report = extract(seed003);
        for (ReportTable &table : report.tables) {
            if (removedTables.contains(table.spec.id))
                table.present = false;
        }
        QTemporaryDir dir;
        for (const ChartBuilder *builder : ChartBuilder::all()) {
            const ChartData data = builder->build(report);
            const ChartContents drawn = ChartFactory::contents(data);
            if (emptyCharts.contains(builder->id())) {
                QVERIFY(data.isEmpty());
                QVERIFY(!data.emptyMessage.isEmpty());
                QCOMPARE(drawn.message, data.emptyMessage);
                QVERIFY(!drawn.hasBars());
            } else {
                QVERIFY(!data.isEmpty());
                QVERIFY(drawn.message.isEmpty());
                QVERIFY(drawn.hasBars());
            }
            QString error;
            const QString path = dir.filePath(builder->id() + QStringLiteral(".png"));
            QVERIFY2(ChartExporter::write(data, path, QSize(600, 400), &error), qPrintable(error));
            QCOMPARE(QImage(path).size(), QSize(600, 400));
        }
        // The same report without the tables at all (a default Report) gives the same, without a crash.
        if (emptyCharts.size() == ChartBuilder::all().size()) {
            for (const ChartBuilder *builder : ChartBuilder::all())
                QVERIFY(builder->build(Report()).isEmpty());
        }
    }
};

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"
