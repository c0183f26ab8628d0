#include "reportparser.h"

#include "applicationsarithmetic.h"
#include "labelnormalizer.h"
#include "labeltext.h"
#include "layout/tokenizer.h"
#include "metadataextractor.h"
#include "model/templatelabels.h"
#include "rowreader.h"
#include "tablelocator.h"
#include "valueparser.h"
#include "valuerun.h"

#include <algorithm>
#include <cmath>

namespace gk {

namespace {

const QString applicationsId = QStringLiteral("applications");
const QString reviewsId = QStringLiteral("reviews");

/** Builds one Report: the tables located in the token stream, each row read into its columns. */
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(gk::ReportParser)
public:
    explicit Builder(const SourceDocument &document)
        : m_document(document)
        , m_simple(LabelNormalizer::simplifiedSameLength(document.text))
        , m_tokens(Tokenizer::tokens(document, m_simple))
        , m_labels(m_tokens, m_simple)
        , m_runs(m_tokens, m_simple)
        , m_reader(m_tokens, document.text, m_simple)
    {
    }

    Report build();

private:
    TemplateVersion detectVersion(const TableLocator::Layout &layout) const;
    QList<RowSpec> applicationRows(const TableLocator::Table *located) const;
    void fillRows(ReportTable &table, const TableLocator::Table &located);
    void fillReviews(ReportTable &table, const TableLocator::Table &located);
    bool fillRowMajor(ReportTable &table, const TableLocator::Table &located);
    QList<ValueRun> rowRuns(const TableLocator::Table &located, int columns) const;
    bool isOneCellPerLine(const ValueRun &run) const;
    void setReading(ReportTable &table, int row, const RowReading &reading, int readings, const QString &reason);
    void addExtraRows(ReportTable &table, int from, int to);
    void labelVariant(const ReportTable &table, int row, const TableLocator::RowAnchor &anchor);
    void columnVariants(const ReportTable &table, const TableLocator::Table &located);
    void missingRows(const ReportTable &table, const QList<int> &matched);
    void missingTable(const ReportTable &table, const TableLocator::Table *located);
    SourceSpan spanOf(int firstToken, int lastToken) const;
    QString textOf(int firstToken, int lastToken) const;

    const SourceDocument &m_document;
    const QString m_simple;
    const TokenList m_tokens;
    const LabelText m_labels;
    const ValueRuns m_runs;
    const RowReader m_reader;
    Report m_report;
    QList<Finding> m_missingTables;
};

SourceSpan Builder::spanOf(int firstToken, int lastToken) const
{
    SourceSpan span = m_tokens.at(firstToken).span;
    const SourceSpan &last = m_tokens.at(lastToken).span;
    span.length = last.end() - span.start;
    return span;
}

QString Builder::textOf(int firstToken, int lastToken) const
{
    const SourceSpan span = spanOf(firstToken, lastToken);
    return m_document.text.mid(span.start, span.length).simplified();
}

TemplateVersion Builder::detectVersion(const TableLocator::Layout &layout) const
{
    const QString labels2019[] = {QStringLiteral("本年新制作数量"), QStringLiteral("本年新公开数量"),
                                  QStringLiteral("对外公开总数量"), QStringLiteral("上一年项目数量"),
                                  QStringLiteral("采购项目数量"), QStringLiteral("其他对外管理服务事项")};
    const QString labels2021[] = {QStringLiteral("本年制发件数"), QStringLiteral("本年废止件数"),
                                  QStringLiteral("现行有效件数"), QStringLiteral("本年处理决定数量"),
                                  QStringLiteral("本年收费金额")};
    int score2019 = layout.table(QStringLiteral("art20_9")) ? 1 : 0;
    int score2021 = 0;
    for (const QString &label : labels2019)
        score2019 += layout.art20Labels.contains(label) ? 1 : 0;
    for (const QString &label : labels2021)
        score2021 += layout.art20Labels.contains(label) ? 1 : 0;
    if (score2019 != score2021)
        return score2021 > score2019 ? TemplateVersion::V2021 : TemplateVersion::V2019;
    if (const TableLocator::Table *applications = layout.table(applicationsId)) {
        bool three = false, one = false;
        for (const TableLocator::RowAnchor &anchor : applications->rows) {
            three = three || anchor.rowId == QLatin1String("other_no_correction") ||
                    anchor.rowId == QLatin1String("other_no_fee");
            one = one || anchor.rowId == QLatin1String("other");
        }
        if (three)
            return TemplateVersion::V2021;
        if (one)
            return TemplateVersion::V2019;
    }
    return TemplateVersion::Unknown;
}

// The （六） rows the report actually has: one 其他处理 row (2019) or three (2021), whatever its
// Article 20 tables say (a mixed template is itself worth a look).
QList<RowSpec> Builder::applicationRows(const TableLocator::Table *located) const
{
    bool three = false, one = false;
    if (located) {
        for (const TableLocator::RowAnchor &anchor : located->rows) {
            three = three || anchor.rowId == QLatin1String("other_no_correction") ||
                    anchor.rowId == QLatin1String("other_no_fee");
            one = one || anchor.rowId == QLatin1String("other");
        }
    }
    QList<RowSpec> rows;
    if (!three && !one)
        return rows;
    for (const RowSpec &row : TemplateSpec::allApplicationRows()) {
        const bool sixGroup = row.id.startsWith(QLatin1String("other"));
        if (!sixGroup || (row.id == QLatin1String("other")) == !three)
            rows.append(row);
    }
    return rows;
}

Report Builder::build()
{
    m_report.filePath = m_document.filePath;
    m_report.fileName = m_document.fileName;
    m_report.pageFiles = m_document.pageFiles;
    for (const SourcePage &page : m_document.pages)
        m_report.pageSizes.append(page.size);
    m_report.format = m_document.format;
    m_report.encoding = m_document.encoding;
    m_report.text = m_document.text;
    const MetadataExtractor::Metadata meta = MetadataExtractor::extract(m_document.text, m_simple);
    m_report.agency = meta.agency;
    m_report.year = meta.year;
    m_report.published = meta.published;

    const TableLocator::Layout layout = TableLocator::locate(m_tokens, m_labels);
    TemplateVersion version = detectVersion(layout);
    if (version == TemplateVersion::Unknown && m_report.year > 0)
        version = m_report.year >= 2021 ? TemplateVersion::V2021 : TemplateVersion::V2019;
    m_report.templateVersion = version;
    const TemplateVersion layoutVersion = version == TemplateVersion::Unknown ? TemplateVersion::V2019 : version;

    for (const TableSpec &spec : TemplateSpec::tables(layoutVersion)) {
        ReportTable table;
        table.spec = spec;
        const TableLocator::Table *located = layout.table(spec.id);
        if (spec.id == applicationsId) {
            const QList<RowSpec> rows = applicationRows(located);
            if (!rows.isEmpty())
                table.spec.rows = rows;
        }
        for (const RowSpec &row : std::as_const(table.spec.rows)) {
            for (const ColumnSpec &column : std::as_const(table.spec.columns)) {
                ReportCell cell;
                cell.id = CellId::join(spec.id, row.id, column.id);
                table.cells.append(cell);
            }
        }
        if (located && located->found) {
            table.copies = located->copies;
            if (located->titleToken >= 0)
                table.titleSpan = m_tokens.at(located->titleToken).span;
            if (spec.id == reviewsId)
                fillReviews(table, *located);
            else
                fillRows(table, *located);
        }
        if (!table.present)
            missingTable(table, located);
        m_report.tables.append(table);
    }
    // A table not read is the first thing a reviewer must see: never a silent pass.
    m_report.parseFindings = m_missingTables + m_report.parseFindings;
    return m_report;
}

void Builder::fillRows(ReportTable &table, const TableLocator::Table &located)
{
    const bool applications = table.spec.id == applicationsId;
    const int columns = int(table.spec.columns.size());
    const ColumnPlacer::RowConstraint rowTotal = [columns](const ColumnPlacer::Placement &p) {
        return std::abs(ColumnPlacer::sum(p, 0, columns - 1) - p.at(columns - 1).value_or(0.0)) < 1e-9;
    };
    if (applications && fillRowMajor(table, located))
        return;
    QList<int> matched;
    QList<ApplicationsArithmetic::Open> open;
    QList<QString> reasons;
    const QList<ValueRun> runs = rowRuns(located, columns);
    for (int k = 0; k < located.rows.size(); ++k) {
        const TableLocator::RowAnchor &anchor = located.rows.at(k);
        const int row = table.spec.rowIndex(anchor.rowId);
        if (row < 0 || matched.contains(row))
            continue;
        matched.append(row);
        if (anchor.match.score < 1.0 || anchor.match.variant)
            labelVariant(table, row, anchor);
        const int end = anchor.endToken;
        const ValueRun &run = runs.at(k);
        // Labels quoted in prose ("予以公开10件") are not a table: it is there when it has values.
        table.present = table.present || !run.isEmpty();
        const RowReader::Result result = m_reader.read(run, table.spec, applications ? rowTotal : ColumnPlacer::RowConstraint());
        const QString reason = result.undecided ? tr("the page does not show which column each value is in")
                               : result.cut     ? tr("the separators between the numbers were lost")
                                                : tr("blank cells were dropped");
        if (result.undecided && !result.readings.isEmpty()) {
            setReading(table, row, result.readings.first(), std::max<int>(2, int(result.readings.size())), reason);
        } else if (result.readings.size() > 1 && applications) {
            open.append({row, result.readings, 0, false});
            reasons.append(reason);
        } else if (!result.readings.isEmpty()) {
            setReading(table, row, result.readings.first(), int(result.readings.size()), reason);
        }
        addExtraRows(table, run.end, end);
    }
    if (!open.isEmpty()) {
        QList<ColumnPlacer::Placement> known(table.spec.rows.size(), ColumnPlacer::Placement(columns));
        for (int r = 0; r < table.spec.rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                const CellValue &v = table.cell(r, c)->value;
                if (v.isNumber())
                    known[r][c] = v.number();
            }
        }
        ApplicationsArithmetic::decide(table.spec, known, open);
        for (int k = 0; k < open.size(); ++k) {
            const ApplicationsArithmetic::Open &o = open.at(k);
            setReading(table, o.row, o.readings.at(o.chosen), o.decided ? 1 : int(o.readings.size()), reasons.at(k));
        }
    }
    if (table.present) {
        missingRows(table, matched);
        columnVariants(table, located);
    }
}

// Values one to a cell: none glued to its neighbour, none sharing a line with another value (a
// value may follow a label on the label's line).
bool Builder::isOneCellPerLine(const ValueRun &run) const
{
    for (int i = 0; i < run.tokens.size(); ++i) {
        const int t = run.tokens.at(i);
        const Token::Gap before = m_tokens.at(t).gap;
        const Token::Gap after = t + 1 < m_tokens.size() ? m_tokens.at(t + 1).gap : Token::Gap::Cell;
        const bool afterValue = t > 0 && m_tokens.at(t - 1).isValue();
        if (before == Token::Gap::None || after == Token::Gap::None || (afterValue && before != Token::Gap::Cell))
            return false;
    }
    return true;
}

/**
 * Each row's values: the first run after its label's first part (a wrapped label may hold its row's
 * values between its lines). A label printed below the middle of its row leaves its values to the
 * row before, which then holds two rows of cells: the second half is this row's; a label printed
 * above leaves its values to the row after, likewise.
 */
QList<ValueRun> Builder::rowRuns(const TableLocator::Table &located, int columns) const
{
    QList<ValueRun> runs;
    for (const TableLocator::RowAnchor &anchor : located.rows)
        runs.append(m_runs.first(anchor.firstToken, anchor.endToken));
    const auto holdsTwoRows = [&](const ValueRun &run) {
        return run.tokens.size() == 2 * columns && isOneCellPerLine(run);
    };
    for (int k = 0; k + 1 < runs.size(); ++k) {
        ValueRun &a = runs[k];
        ValueRun &b = runs[k + 1];
        if (a.isEmpty() && holdsTwoRows(b)) {
            a.tokens = b.tokens.mid(0, columns);
            a.end = b.tokens.at(columns);
            b.tokens = b.tokens.mid(columns);
        } else if (b.isEmpty() && holdsTwoRows(a)) {
            b.tokens = a.tokens.mid(columns);
            b.end = a.end;
            a.tokens = a.tokens.mid(0, columns);
            a.end = b.tokens.first();
        }
    }
    return runs;
}

/**
 * Text copied out of a PDF in reading order puts a block of labels apart from a block of values,
 * but keeps the values in the table's order, one cell per line. When several labels stand with no
 * values of their own and the table holds exactly one cell per line for every row and column, the
 * values are read row by row in the template's order.
 */
bool Builder::fillRowMajor(ReportTable &table, const TableLocator::Table &located)
{
    if (located.rows.isEmpty())
        return false;
    int withoutValues = 0;
    for (const ValueRun &run : rowRuns(located, int(table.spec.columns.size())))
        withoutValues += run.isEmpty() ? 1 : 0;
    if (withoutValues < 3)
        return false;
    const int columns = int(table.spec.columns.size());
    ValueRun all;
    for (int t = located.rows.first().firstToken; t < located.endToken; ++t) {
        if (m_tokens.at(t).isValue())
            all.tokens.append(t);
    }
    const QList<int> &values = all.tokens;
    if (values.size() != table.spec.rows.size() * columns || !isOneCellPerLine(all))
        return false;
    for (int r = 0; r < table.spec.rows.size(); ++r)
        setReading(table, r, m_reader.inOrder(values.mid(r * columns, columns), table.spec), 1, QString());
    table.present = true;
    QList<int> matched;
    for (const TableLocator::RowAnchor &anchor : located.rows) {
        const int row = table.spec.rowIndex(anchor.rowId);
        if (row >= 0 && (anchor.match.score < 1.0 || anchor.match.variant))
            labelVariant(table, row, anchor);
    }
    return true;
}

void Builder::fillReviews(ReportTable &table, const TableLocator::Table &located)
{
    const ValueRun run = m_runs.first(located.beginToken, located.endToken);
    table.present = !run.isEmpty();
    const ColumnPlacer::RowConstraint groupTotals = [](const ColumnPlacer::Placement &p) {
        for (int g = 0; g < 3; ++g) {
            if (std::abs(ColumnPlacer::sum(p, g * 5, g * 5 + 4) - p.at(g * 5 + 4).value_or(0.0)) > 1e-9)
                return false;
        }
        return true;
    };
    const RowReader::Result result = m_reader.read(run, table.spec, groupTotals);
    if (result.readings.isEmpty()) {
        missingRows(table, {});
        return;
    }
    setReading(table, 0, result.readings.first(), int(result.readings.size()),
               result.cut ? tr("the separators between the numbers were lost") : tr("blank cells were dropped"));
}

void Builder::setReading(ReportTable &table, int row, const RowReading &reading, int readings, const QString &reason)
{
    QStringList cells;
    QList<SourceSpan> spans;
    for (int c = 0; c < table.spec.columns.size(); ++c) {
        ReportCell *cell = table.cell(row, c);
        cell->value = reading.values.at(c);
        cell->span = reading.spans.at(c);
        if (cell->span.isValid())
            spans.append(cell->span);
        if (readings > 1) {
            cell->uncertain = true;
            cell->uncertainReason = reason;
            cells.append(cell->id);
        }
    }
    if (readings <= 1)
        return;
    Finding f;
    f.rule = QStringLiteral("layout.ambiguous_columns");
    f.severity = Severity::Warning;
    f.cells = cells;
    f.spans = spans;
    f.message = tr("%1: the columns of these values are a guess (%2); %n placement(s) fit the table", nullptr, readings)
                    .arg(TemplateLabels::row(table.spec.rows.at(row)), reason);
    m_report.parseFindings.append(f);
}

void Builder::addExtraRows(ReportTable &table, int from, int to)
{
    if (table.spec.id == reviewsId)
        return;
    for (const LabelledRun &run : m_runs.labelledRuns(from, to)) {
        ExtraRow extra;
        extra.id = QStringLiteral("extra_%1").arg(table.extraRows.size() + 1);
        extra.label = textOf(run.labelFirst, run.labelLast);
        extra.labelSpan = spanOf(run.labelFirst, run.labelLast);
        for (int t : run.values.tokens) {
            const SourceSpan &span = m_tokens.at(t).span;
            extra.values.append(ValueParser::parse(m_document.text.mid(span.start, span.length)));
            extra.valueSpans.append(span);
        }
        table.extraRows.append(extra);
        Finding f;
        f.rule = QStringLiteral("layout.extra_row");
        f.severity = Severity::Info;
        f.subject = table.spec.id + QLatin1Char('.') + extra.id;
        f.spans = {extra.labelSpan};
        f.message = tr("%1: the row “%2” is not in the template; it is kept as an extra row")
                        .arg(TemplateLabels::title(table.spec), extra.label.left(40));
        m_report.parseFindings.append(f);
    }
}

void Builder::labelVariant(const ReportTable &table, int row, const TableLocator::RowAnchor &anchor)
{
    Finding f;
    f.rule = QStringLiteral("label.variant");
    f.severity = Severity::Info;
    f.spans = {spanOf(anchor.firstToken, anchor.lastToken)};
    for (int c = 0; c < table.spec.columns.size(); ++c)
        f.cells.append(table.cell(row, c)->id);
    f.message = tr("The label “%1” was read as “%2”")
                    .arg(textOf(anchor.firstToken, anchor.lastToken).left(60), table.spec.rows.at(row).displayLabel);
    m_report.parseFindings.append(f);
}

// A column header printed with a known typo ("现行冇效件数"), between the title and the first row.
void Builder::columnVariants(const ReportTable &table, const TableLocator::Table &located)
{
    const qsizetype from = m_labels.positionOfToken(located.beginToken);
    const qsizetype to = located.rows.isEmpty() ? from : located.rows.first().match.start;
    for (int c = 0; c < table.spec.columns.size(); ++c) {
        const ColumnSpec &column = table.spec.columns.at(c);
        QStringList spellings = column.aliases;
        spellings.prepend(column.label);
        for (const QString &spelling : std::as_const(spellings)) {
            for (const LabelText::Match &m : m_labels.findExact(LabelNormalizer::fold(spelling), from, to)) {
                if (!m.variant)
                    continue;
                Finding f;
                f.rule = QStringLiteral("label.variant");
                f.severity = Severity::Info;
                const int first = m_labels.tokenAt(m.start), last = m_labels.tokenAt(m.end - 1);
                f.spans = {spanOf(first, last)};
                for (int r = 0; r < table.spec.rows.size(); ++r)
                    f.cells.append(table.cell(r, c)->id);
                f.message = tr("The column label “%1” was read as “%2”").arg(textOf(first, last).left(60), column.label);
                m_report.parseFindings.append(f);
            }
        }
    }
}

void Builder::missingRows(const ReportTable &table, const QList<int> &matched)
{
    for (int r = 0; r < table.spec.rows.size(); ++r) {
        if (matched.contains(r))
            continue;
        Finding f;
        f.rule = QStringLiteral("table.missing_row");
        f.severity = Severity::Warning;
        for (int c = 0; c < table.spec.columns.size(); ++c)
            f.cells.append(table.cell(r, c)->id);
        f.message = tr("%1: the row “%2” is missing").arg(TemplateLabels::title(table.spec), TemplateLabels::row(table.spec.rows.at(r)));
        f.spans.append(table.titleSpan);
        m_report.parseFindings.append(f);
    }
}

void Builder::missingTable(const ReportTable &table, const TableLocator::Table *located)
{
    Finding f;
    f.rule = QStringLiteral("table.missing");
    f.severity = Severity::Error;
    f.subject = table.spec.id;
    f.message = tr("The table %1 is missing from the report (or could not be read in it)").arg(TemplateLabels::title(table.spec));
    if (located && located->titleToken >= 0)
        f.spans.append(m_tokens.at(located->titleToken).span);
    m_missingTables.append(f);
}

} // namespace

Report ReportParser::parse(const SourceDocument &document)
{
    return Builder(document).build();
}

} // namespace gk
