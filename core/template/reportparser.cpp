#include "reportparser.h"

#include "columnplacer.h"
#include "labelnormalizer.h"
#include "metadataextractor.h"
#include "model/templatelabels.h"
#include "valueparser.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace gk {

namespace {

constexpr double rowMatchThreshold = 0.75;
constexpr double headerMatchThreshold = 0.8;

const QString applicationsId = QStringLiteral("applications");
const QString reviewsId = QStringLiteral("reviews");

// ---------------------------------------------------------------------------------------------
// Rows of one table region, as read from the document.

struct ParsedRow
{
    QList<RawCell> labels;
    /** Value cells: with their blanks when `positional`, else only the non-blank ones in order. */
    QList<RawCell> values;
    bool positional = false;
    /** Separators lost: digit groups to be cut into values. */
    bool runTogether = false;
    QStringList digitGroups;
    QList<SourceSpan> groupSpans;
    SourceSpan span;
    bool header = false;
};

struct Region
{
    QString tableId;
    SourceSpan titleSpan;
    QList<ParsedRow> rows;
    QString foldedText; // all labels of the region, folded: evidence for the template version
};

// ---------------------------------------------------------------------------------------------
// Finding where each table is.

QString art20TableId(QChar item)
{
    switch (item.unicode()) {
    case u'一':
        return QStringLiteral("art20_1");
    case u'五':
        return QStringLiteral("art20_5");
    case u'六':
        return QStringLiteral("art20_6");
    case u'八':
        return QStringLiteral("art20_8");
    case u'九':
        return QStringLiteral("art20_9");
    default:
        return QString();
    }
}

struct Anchor
{
    QString tableId; // empty for "end of the statistics part"
    qsizetype start = 0;
    qsizetype end = 0;
};

// Anchors inside one piece of (same-length simplified) text: table titles and section headings.
QList<Anchor> anchorsIn(const QString &simple, bool isTableRow)
{
    QList<Anchor> anchors;
    static const QRegularExpression art20(QStringLiteral("第二十条第\\s*[(（]?\\s*([一二三四五六七八九十])\\s*[)）]?\\s*项"));
    for (auto it = art20.globalMatch(simple); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString id = art20TableId(m.captured(1).at(0));
        anchors.append({id.isEmpty() ? QStringLiteral("art20_other") : id, m.capturedStart(), m.capturedEnd()});
    }
    static const QRegularExpression applications(
        QStringLiteral("收到和处理政府信息公开申请(?:情况)?|申请人情况|勾稽关系"));
    const QRegularExpressionMatch a = applications.match(simple);
    if (a.hasMatch() && (isTableRow || simple.size() < 80 || a.capturedStart() < 20))
        anchors.append({applicationsId, a.capturedStart(), a.capturedEnd()});
    const qsizetype review = simple.indexOf(QStringLiteral("行政复议"));
    const qsizetype lawsuit = simple.indexOf(QStringLiteral("行政诉讼"), review + 1);
    if (review >= 0 && lawsuit > review && lawsuit - review < 30 && (isTableRow || simple.size() < 60))
        anchors.append({reviewsId, review, lawsuit + 4});
    static const QRegularExpression end(QStringLiteral("^\\s*[五六]\\s*[、.．]|存在的主要问题|其他需要报告的事项"));
    const QRegularExpressionMatch e = end.match(simple);
    if (!isTableRow && e.hasMatch() && simple.size() < 60)
        anchors.append({QString(), e.capturedStart(), e.capturedEnd()});
    std::sort(anchors.begin(), anchors.end(), [](const Anchor &x, const Anchor &y) { return x.start < y.start; });
    return anchors;
}

// ---------------------------------------------------------------------------------------------
// Web text without separators: "(三)不予公开1.属于国家秘密0000000 2.其他法律…".

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
bool isSign(QChar c) { return c == QLatin1Char('+') || c == QLatin1Char('-'); }

struct Token
{
    bool value = false;
    qsizetype start = 0; // within the piece
    qsizetype end = 0;
};

QList<Token> tokenize(const QString &s)
{
    QList<Token> tokens;
    qsizetype textStart = 0;
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto pushText = [&](qsizetype end) {
        if (end > textStart)
            tokens.append({false, textStart, end});
    };
    while (i < n) {
        const bool starts = isDigit(s.at(i)) || (isSign(s.at(i)) && i + 1 < n && isDigit(s.at(i + 1)));
        if (!starts) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n) {
            const QChar c = s.at(j);
            if (isDigit(c)) {
                ++j;
            } else if ((c == QLatin1Char(' ') || c == QLatin1Char('\t')) && j + 1 < n &&
                       (isDigit(s.at(j + 1)) || isSign(s.at(j + 1)) || s.at(j + 1).isSpace())) {
                ++j;
            } else if (isSign(c) && j + 1 < n && isDigit(s.at(j + 1))) {
                ++j;
            } else if (c == QLatin1Char('.') && j + 1 < n && isDigit(s.at(j + 1)) && isDigit(s.at(j - 1))) {
                ++j;
            } else {
                break;
            }
        }
        while (j > i && s.at(j - 1).isSpace())
            --j;
        qsizetype runEnd = j;
        const QChar after = j < n ? s.at(j) : QChar();
        const QChar afterNext = j + 1 < n ? s.at(j + 1) : QChar();
        const QChar before = i > 0 ? s.at(i - 1) : QChar();
        bool isText = false;
        if (QStringLiteral("年月日号时期件条个次人名家余多").contains(after) || before == QStringLiteral("第").at(0) ||
            (before.isLetter() && before.unicode() < 0x80) || (after.isLetter() && after.unicode() < 0x80))
            isText = true;
        // A row's last digits run into the next row's list number: "00000002.其他…".
        if (!isText && (after == QLatin1Char('.') || after == QStringLiteral("、").at(0) || after == QLatin1Char(',')) &&
            !isDigit(afterNext)) {
            runEnd = j - 1;
            while (runEnd > i && s.at(runEnd - 1).isSpace())
                --runEnd;
            if (runEnd <= i)
                isText = true;
        }
        if (!isText && (s.mid(j, 2) == QStringLiteral("万元") || after == QStringLiteral("元").at(0)))
            j += s.mid(j, 2) == QStringLiteral("万元") ? 2 : 1; // the unit belongs to the value
        if (isText) {
            i = j;
            continue;
        }
        pushText(i);
        tokens.append({true, i, runEnd == j - 1 || runEnd < j ? runEnd : j});
        if (runEnd < j && !(s.mid(runEnd, 2) == QStringLiteral("万元") || s.at(std::min(runEnd, n - 1)) == QStringLiteral("元").at(0)))
            textStart = runEnd;
        else
            textStart = j;
        i = j;
    }
    pushText(n);
    return tokens;
}

// Splits a label run at its list markers: "三、本年度办理结果(一)予以公开" → two labels.
QList<RawCell> splitLabels(const QString &original, const QString &simple, qsizetype offset)
{
    static const QRegularExpression marker(QStringLiteral(
        "[一二三四五六七八九十]+\\s*、|[(（]\\s*[一二三四五六七八九十]+\\s*[)）]|(?<![0-9])[0-9]\\s*[.．,](?![0-9])"));
    QList<qsizetype> cuts{0};
    for (auto it = marker.globalMatch(simple); it.hasNext();) {
        const qsizetype at = it.next().capturedStart();
        if (at > cuts.last())
            cuts.append(at);
    }
    cuts.append(simple.size());
    QList<RawCell> cells;
    for (int k = 0; k + 1 < cuts.size(); ++k) {
        const QString part = original.mid(cuts.at(k), cuts.at(k + 1) - cuts.at(k)).trimmed();
        if (part.isEmpty())
            continue;
        RawCell cell;
        cell.text = part;
        cell.span = SourceSpan::at(offset + cuts.at(k), cuts.at(k + 1) - cuts.at(k));
        cells.append(cell);
    }
    return cells;
}

QList<ParsedRow> runTogetherRows(const QString &original, const QString &simple, qsizetype offset)
{
    QList<ParsedRow> rows;
    const QList<Token> tokens = tokenize(simple);
    for (int t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (!token.value)
            continue;
        ParsedRow row;
        row.runTogether = true;
        if (t > 0 && !tokens.at(t - 1).value) {
            const Token &label = tokens.at(t - 1);
            row.labels = splitLabels(original.mid(label.start, label.end - label.start),
                                     simple.mid(label.start, label.end - label.start), offset + label.start);
        }
        // Groups: spaces separate values for sure; a sign starts a new value.
        qsizetype g = token.start;
        while (g < token.end) {
            while (g < token.end && simple.at(g).isSpace())
                ++g;
            qsizetype e = g;
            while (e < token.end && !simple.at(e).isSpace() && !(e > g && isSign(simple.at(e))))
                ++e;
            if (e > g) {
                QString group = simple.mid(g, e - g);
                group.remove(QStringLiteral("万元"));
                group.remove(QStringLiteral("元"));
                if (!group.isEmpty()) {
                    row.digitGroups.append(group);
                    row.groupSpans.append(SourceSpan::at(offset + g, e - g));
                }
            }
            g = e;
        }
        row.span = SourceSpan::at(offset + token.start, token.end - token.start);
        if (!row.digitGroups.isEmpty())
            rows.append(row);
    }
    return rows;
}

// A run of digits too short to fill the row is prose ("收到申请12件"), not a flattened row.
bool fillsColumns(const ParsedRow &row, int columns)
{
    if (!row.runTogether)
        return true;
    int digits = 0;
    for (const QString &group : row.digitGroups) {
        for (const QChar c : group)
            digits += isDigit(c) ? 1 : 0;
    }
    return digits >= columns;
}

// ---------------------------------------------------------------------------------------------
// Rows with cells (pipe rows, cell-per-line blocks, true grids).

ParsedRow structuredRow(const RawRow &raw)
{
    ParsedRow row;
    row.span = raw.span;
    int lastLabel = -1;
    for (int i = 0; i < raw.cells.size(); ++i) {
        const QString text = raw.cells.at(i).text.trimmed();
        if (!text.isEmpty() && !ValueParser::looksLikeValue(text))
            lastLabel = i;
    }
    for (int i = 0; i <= lastLabel; ++i) {
        if (!raw.cells.at(i).text.trimmed().isEmpty())
            row.labels.append(raw.cells.at(i));
    }
    QList<RawCell> values = raw.cells.mid(lastLabel + 1);
    if (raw.positionalBlanks) {
        row.values = values;
        row.positional = true;
    } else {
        // Pipe rows: runs of | pad and merge; interior blanks are real only if the count is right,
        // which the caller decides once it knows the column count.
        while (!values.isEmpty() && values.last().text.trimmed().isEmpty())
            values.removeLast();
        row.values = values;
    }
    return row;
}

// ---------------------------------------------------------------------------------------------
// Matching labels.

struct LabelMatch
{
    int index = -1;
    double score = 0;
    bool variant = false;
};

double labelScore(const QString &folded, const RowSpec &spec)
{
    double best = 0;
    QStringList labels = spec.aliases;
    labels.prepend(spec.label);
    for (const QString &label : std::as_const(labels)) {
        const QString canonical = LabelNormalizer::fold(label);
        best = std::max(best, LabelNormalizer::similarity(folded, canonical));
        // Headers run into the label in separator-less text: "信息内容…对外公开总数量规章".
        if (folded.size() > canonical.size() && folded.endsWith(canonical) && canonical.size() >= 2)
            best = std::max(best, 0.96);
    }
    return best;
}

LabelMatch matchRow(const QList<RawCell> &labels, const QList<RowSpec> &rows, const QSet<int> &used, int cursor)
{
    LabelMatch best;
    if (labels.isEmpty())
        return best;
    bool variant = false;
    const QString leaf = LabelNormalizer::fold(labels.last().text, &variant);
    if (leaf.isEmpty())
        return best;
    double bestRank = -1;
    for (int j = 0; j < rows.size(); ++j) {
        if (used.contains(j))
            continue;
        const double score = labelScore(leaf, rows.at(j));
        const double rank = score + (j >= cursor ? 0.02 : 0.0) - 0.001 * std::abs(j - cursor);
        if (score >= rowMatchThreshold && rank > bestRank) {
            bestRank = rank;
            best = {j, score, variant || score < 0.999};
        }
    }
    return best;
}

bool isHeaderLabel(const QString &folded, const QStringList &vocabulary)
{
    if (folded.contains(QStringLiteral("勾稽关系")) || folded.isEmpty())
        return true;
    for (const QString &word : vocabulary) {
        if (LabelNormalizer::similarity(folded, word) >= headerMatchThreshold)
            return true;
    }
    return false;
}

QStringList headerVocabulary()
{
    QStringList words{QStringLiteral("信息内容"), QStringLiteral("申请人情况"), QStringLiteral("法人或其他组织"),
                      QStringLiteral("行政复议"), QStringLiteral("行政诉讼"), QStringLiteral("未经复议直接起诉"),
                      QStringLiteral("复议后起诉"), QStringLiteral("本年度办理结果")};
    for (TemplateVersion version : {TemplateVersion::V2019, TemplateVersion::V2021}) {
        for (const TableSpec &table : TemplateSpec::tables(version)) {
            if (table.id == reviewsId)
                continue;
            for (const ColumnSpec &column : table.columns)
                words.append(LabelNormalizer::fold(column.label));
        }
    }
    words.append(QStringLiteral("结果维持"));
    words.append(QStringLiteral("结果纠正"));
    words.append(QStringLiteral("其他结果"));
    words.append(QStringLiteral("尚未审结"));
    words.removeDuplicates();
    return words;
}

// ---------------------------------------------------------------------------------------------
// Building the report.

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(gk::ReportParser)
public:
    explicit Builder(const SourceDocument &document)
        : m_document(document)
        , m_simple(LabelNormalizer::simplifiedSameLength(document.text))
    {
    }

    Report build();

private:
    void findRegions();
    void addToRegion(const QString &tableId, const ParsedRow &row);
    TemplateVersion detectVersion() const;
    void fillTable(ReportTable &table, const Region *region);
    void fillArt20(ReportTable &table, const Region &region);
    void fillApplications(ReportTable &table, const Region &region);
    void fillReviews(ReportTable &table, const Region &region);
    QList<ColumnPlacer::Placement> candidatesFor(const ParsedRow &row, const ReportTable &table,
                                                 const ColumnPlacer::RowConstraint &fits,
                                                 QList<QList<SourceSpan>> *spans) const;
    void setRow(ReportTable &table, int row, const QList<int> &columnOf, const ParsedRow &parsed);
    /** The row's last `columns` value cells, one per column in order. */
    void setRowInOrder(ReportTable &table, int row, const ParsedRow &parsed);
    void placeAmbiguous(ReportTable &table, int row, const ColumnPlacer::Placement &placement,
                        const QList<SourceSpan> &spans, int candidateCount, const QString &reason);
    void addExtraRow(ReportTable &table, const ParsedRow &row);
    void labelVariant(const ReportTable &table, int row, int column, const RawCell &label);
    void missingRows(const ReportTable &table, const QSet<int> &matched);
    Region *region(const QString &tableId);

    const SourceDocument &m_document;
    const QString m_simple;
    QList<Region> m_regions;
    Report m_report;
    TemplateVersion m_version = TemplateVersion::Unknown;
    bool m_versionFromEvidence = false;
};

Region *Builder::region(const QString &tableId)
{
    for (Region &r : m_regions) {
        if (r.tableId == tableId)
            return &r;
    }
    return nullptr;
}

void Builder::addToRegion(const QString &tableId, const ParsedRow &row)
{
    Region *r = region(tableId);
    if (!r)
        return;
    for (const RawCell &label : row.labels)
        r->foldedText += LabelNormalizer::fold(label.text);
    r->rows.append(row);
}

void Builder::findRegions()
{
    QString current;
    auto open = [&](const QString &tableId, const SourceSpan &titleSpan) {
        current = tableId;
        if (tableId.isEmpty() || tableId == QLatin1String("art20_other"))
            return;
        if (!region(tableId))
            m_regions.append({tableId, titleSpan, {}, {}});
    };
    for (const RawRow &raw : m_document.rows) {
        if (raw.kind == RawRow::Kind::PageFurniture || raw.cells.isEmpty())
            continue;
        if (raw.kind == RawRow::Kind::TableRow) {
            QString head;
            for (int i = 0; i < std::min<qsizetype>(2, raw.cells.size()); ++i)
                head += m_simple.mid(raw.cells.at(i).span.start, raw.cells.at(i).span.length) + QLatin1Char(' ');
            const QList<Anchor> anchors = anchorsIn(head, true);
            if (!anchors.isEmpty() && !anchors.first().tableId.isEmpty()) {
                open(anchors.first().tableId, raw.cells.first().span);
                if (anchors.first().tableId.startsWith(QLatin1String("art20")))
                    continue; // a title row
            }
            if (!current.isEmpty())
                addToRegion(current, structuredRow(raw));
            continue;
        }
        // Prose: anchors may sit anywhere in a line of web text that lost its separators.
        const RawCell &cell = raw.cells.first();
        const QString simple = m_simple.mid(cell.span.start, cell.span.length);
        const QString original = m_document.text.mid(cell.span.start, cell.span.length);
        const QList<Anchor> anchors = anchorsIn(simple, false);
        qsizetype from = 0;
        for (int k = 0; k <= anchors.size(); ++k) {
            const qsizetype to = k < anchors.size() ? anchors.at(k).start : simple.size();
            if (!current.isEmpty() && to > from) {
                for (const ParsedRow &row :
                     runTogetherRows(original.mid(from, to - from), simple.mid(from, to - from), cell.span.start + from))
                    addToRegion(current, row);
            }
            if (k < anchors.size()) {
                const Anchor &a = anchors.at(k);
                open(a.tableId, SourceSpan::at(cell.span.start + a.start, a.end - a.start));
                from = a.end;
            }
        }
    }
}

TemplateVersion Builder::detectVersion() const
{
    int score2019 = 0, score2021 = 0;
    const QString labels2019[] = {QStringLiteral("本年新制作数量"), QStringLiteral("本年新公开数量"),
                                  QStringLiteral("对外公开总数量"), QStringLiteral("上一年项目数量"),
                                  QStringLiteral("采购项目数量"), QStringLiteral("其他对外管理服务事项")};
    const QString labels2021[] = {QStringLiteral("本年制发件数"), QStringLiteral("本年废止件数"),
                                  QStringLiteral("现行有效件数"), QStringLiteral("本年处理决定数量"),
                                  QStringLiteral("本年收费金额")};
    for (const Region &r : m_regions) {
        if (!r.tableId.startsWith(QLatin1String("art20")))
            continue;
        for (const QString &label : labels2019)
            score2019 += r.foldedText.contains(label) ? 1 : 0;
        for (const QString &label : labels2021)
            score2021 += r.foldedText.contains(label) ? 1 : 0;
        if (r.tableId == QLatin1String("art20_9"))
            ++score2019;
    }
    if (score2019 != score2021)
        return score2021 > score2019 ? TemplateVersion::V2021 : TemplateVersion::V2019;
    if (const Region *r = const_cast<Builder *>(this)->region(applicationsId)) {
        if (r->foldedText.contains(QStringLiteral("申请人逾期未按收费通知要求缴纳费用")))
            return TemplateVersion::V2021;
        if (r->foldedText.contains(QStringLiteral("其他处理")) && !r->foldedText.contains(QStringLiteral("逾期不补正")))
            return TemplateVersion::V2019;
    }
    return TemplateVersion::Unknown;
}

Report Builder::build()
{
    m_report.filePath = m_document.filePath;
    m_report.fileName = m_document.fileName;
    m_report.format = m_document.format;
    m_report.encoding = m_document.encoding;
    m_report.text = m_document.text;
    const MetadataExtractor::Metadata meta = MetadataExtractor::extract(m_document.text, m_simple);
    m_report.agency = meta.agency;
    m_report.year = meta.year;
    m_report.published = meta.published;

    findRegions();
    m_version = detectVersion();
    m_versionFromEvidence = m_version != TemplateVersion::Unknown;
    if (!m_versionFromEvidence && m_report.year > 0)
        m_version = m_report.year >= 2021 ? TemplateVersion::V2021 : TemplateVersion::V2019;
    m_report.templateVersion = m_version;
    const TemplateVersion layoutVersion = m_version == TemplateVersion::Unknown ? TemplateVersion::V2019 : m_version;

    for (const TableSpec &spec : TemplateSpec::tables(layoutVersion)) {
        ReportTable table;
        table.spec = spec;
        if (spec.id == applicationsId) {
            // Keep the （六） rows the report actually has (a mixed template is itself worth a look).
            const Region *r = region(applicationsId);
            const bool hasThree = r && (r->foldedText.contains(QStringLiteral("逾期不补正")) ||
                                        r->foldedText.contains(QStringLiteral("逾期未按收费通知")));
            const bool hasOne = r && r->foldedText.contains(QStringLiteral("其他处理")) && !hasThree;
            if (hasThree || hasOne) {
                table.spec.rows.clear();
                for (const RowSpec &row : TemplateSpec::allApplicationRows()) {
                    const bool sixGroup = row.id.startsWith(QLatin1String("other"));
                    if (!sixGroup || (row.id == QLatin1String("other")) == hasOne)
                        table.spec.rows.append(row);
                }
            }
        }
        for (const RowSpec &row : std::as_const(table.spec.rows)) {
            for (const ColumnSpec &column : std::as_const(table.spec.columns)) {
                ReportCell cell;
                cell.id = CellId::join(spec.id, row.id, column.id);
                table.cells.append(cell);
            }
        }
        fillTable(table, region(spec.id));
        m_report.tables.append(table);
    }
    return m_report;
}

void Builder::fillTable(ReportTable &table, const Region *r)
{
    if (r) {
        table.titleSpan = r->titleSpan;
        if (table.spec.id == applicationsId)
            fillApplications(table, *r);
        else if (table.spec.id == reviewsId)
            fillReviews(table, *r);
        else
            fillArt20(table, *r);
    }
    if (!table.present) {
        Finding f;
        f.rule = QStringLiteral("table.missing");
        f.severity = Severity::Warning;
        f.subject = table.spec.id;
        f.message = tr("The table %1 is missing from the report").arg(TemplateLabels::title(table.spec));
        if (r)
            f.spans.append(r->titleSpan);
        m_report.parseFindings.append(f);
    }
}

void Builder::setRow(ReportTable &table, int row, const QList<int> &columnOf, const ParsedRow &parsed)
{
    for (int i = 0; i < parsed.values.size() && i < columnOf.size(); ++i) {
        const int column = columnOf.at(i);
        ReportCell *cell = table.cell(row, column);
        if (!cell)
            continue;
        cell->value = ValueParser::parse(parsed.values.at(i).text, table.spec.columns.at(column).amount);
        cell->span = parsed.values.at(i).span;
    }
}

// Every column has its cell: positional rows may carry label placeholders before the values.
bool fillsEveryColumn(const ParsedRow &row, int columns)
{
    return !row.runTogether && (row.positional ? row.values.size() >= columns : row.values.size() == columns);
}

void Builder::setRowInOrder(ReportTable &table, int row, const ParsedRow &parsed)
{
    const int columns = table.spec.columns.size();
    ParsedRow placed = parsed;
    placed.values = parsed.values.mid(parsed.values.size() - columns);
    QList<int> inOrder;
    for (int c = 0; c < columns; ++c)
        inOrder.append(c);
    setRow(table, row, inOrder, placed);
}

void Builder::placeAmbiguous(ReportTable &table, int row, const ColumnPlacer::Placement &placement,
                             const QList<SourceSpan> &spans, int candidateCount, const QString &reason)
{
    int k = 0;
    QStringList cells;
    QList<SourceSpan> findingSpans;
    for (int c = 0; c < placement.size(); ++c) {
        ReportCell *cell = table.cell(row, c);
        if (placement.at(c).has_value()) {
            cell->value = CellValue::number(*placement.at(c), m_document.text.mid(spans.value(k).start, spans.value(k).length));
            cell->span = spans.value(k);
            findingSpans.append(cell->span);
            ++k;
        } else {
            cell->value = CellValue::blank();
        }
        if (candidateCount > 1) {
            cell->uncertain = true;
            cell->uncertainReason = reason;
            cells.append(cell->id);
        }
    }
    if (candidateCount > 1) {
        Finding f;
        f.rule = QStringLiteral("layout.ambiguous_columns");
        f.severity = Severity::Warning;
        f.cells = cells;
        f.spans = findingSpans;
        f.message = tr("%1: the columns of these values are a guess (%2); %n placement(s) fit the table",
                       nullptr, candidateCount)
                        .arg(TemplateLabels::row(table.spec.rows.at(row)), reason);
        m_report.parseFindings.append(f);
    }
}

QList<ColumnPlacer::Placement> Builder::candidatesFor(const ParsedRow &row, const ReportTable &table,
                                                      const ColumnPlacer::RowConstraint &fits,
                                                      QList<QList<SourceSpan>> *spans) const
{
    const int columns = table.spec.columns.size();
    QList<ColumnPlacer::Placement> out;
    spans->clear();
    if (row.runTogether) {
        QList<ColumnPlacer::Split> splits = ColumnPlacer::splitDigits(row.digitGroups, columns, fits);
        if (splits.isEmpty())
            splits = ColumnPlacer::splitDigits(row.digitGroups, columns, {});
        // Most plausible first: values of similar length, the last (a total) the longest.
        auto spread = [](const ColumnPlacer::Split &s) {
            int shortest = 99, longest = 0;
            for (const ColumnPlacer::Piece &p : s.pieces) {
                shortest = std::min(shortest, p.length);
                longest = std::max(longest, p.length);
            }
            return longest - shortest;
        };
        // 本年增/减 rarely exceeds the previous count (it can never take it below zero).
        const int prev = table.spec.columnIndex(QStringLiteral("prev_count"));
        const int change = table.spec.columnIndex(QStringLiteral("change"));
        auto implausible = [&](const ColumnPlacer::Split &s) {
            if (prev < 0 || change < 0)
                return false;
            const double p = s.values.at(prev).value_or(0), c = s.values.at(change).value_or(0);
            return std::abs(c) > p || p + c < 0;
        };
        std::stable_sort(splits.begin(), splits.end(), [&](const ColumnPlacer::Split &a, const ColumnPlacer::Split &b) {
            if (implausible(a) != implausible(b))
                return !implausible(a);
            if (spread(a) != spread(b))
                return spread(a) < spread(b);
            return a.pieces.last().length > b.pieces.last().length;
        });
        for (const ColumnPlacer::Split &split : std::as_const(splits)) {
            out.append(split.values);
            QList<SourceSpan> s;
            for (const ColumnPlacer::Piece &p : split.pieces) {
                const SourceSpan group = row.groupSpans.at(p.group);
                s.append(SourceSpan::at(group.start + p.offset, p.length));
            }
            spans->append(s);
        }
        if (!out.isEmpty())
            return out;
        // Fewer digits than columns: the blanks were dropped too; place the groups as values.
    }
    QList<double> numbers;
    QList<SourceSpan> numberSpans;
    if (row.runTogether) {
        for (int g = 0; g < row.digitGroups.size(); ++g) {
            numbers.append(row.digitGroups.at(g).toDouble());
            numberSpans.append(row.groupSpans.at(g));
        }
    } else {
        for (const RawCell &cell : row.values) {
            const CellValue value = ValueParser::parse(cell.text, false);
            if (value.isNumber()) {
                numbers.append(value.number());
                numberSpans.append(cell.span);
            }
        }
    }
    QList<QList<int>> placements = ColumnPlacer::placeValues(numbers, columns, fits);
    if (placements.isEmpty())
        placements = ColumnPlacer::placeValues(numbers, columns, {});
    for (const QList<int> &p : std::as_const(placements)) {
        out.append(ColumnPlacer::placementOf(numbers, p, columns));
        spans->append(numberSpans);
    }
    return out;
}

void Builder::addExtraRow(ReportTable &table, const ParsedRow &row)
{
    ExtraRow extra;
    extra.id = QStringLiteral("extra_%1").arg(table.extraRows.size() + 1);
    QStringList parts;
    for (const RawCell &label : row.labels)
        parts.append(label.text);
    extra.label = parts.join(QLatin1Char(' '));
    extra.labelSpan = row.labels.isEmpty() ? row.span : row.labels.last().span;
    if (row.runTogether) {
        for (int g = 0; g < row.digitGroups.size(); ++g) {
            extra.values.append(ValueParser::parse(row.digitGroups.at(g)));
            extra.valueSpans.append(row.groupSpans.at(g));
        }
    } else {
        for (const RawCell &cell : row.values) {
            extra.values.append(ValueParser::parse(cell.text));
            extra.valueSpans.append(cell.span);
        }
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

void Builder::labelVariant(const ReportTable &table, int row, int column, const RawCell &label)
{
    Finding f;
    f.rule = QStringLiteral("label.variant");
    f.severity = Severity::Info;
    f.spans = {label.span};
    if (row >= 0) {
        for (int c = 0; c < table.spec.columns.size(); ++c)
            f.cells.append(table.cell(row, c)->id);
        f.message = tr("The label “%1” was read as “%2”").arg(label.text, table.spec.rows.at(row).displayLabel);
    } else {
        for (int r = 0; r < table.spec.rows.size(); ++r)
            f.cells.append(table.cell(r, column)->id);
        f.message = tr("The column label “%1” was read as “%2”").arg(label.text, table.spec.columns.at(column).label);
    }
    m_report.parseFindings.append(f);
}

void Builder::missingRows(const ReportTable &table, const QSet<int> &matched)
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

void Builder::fillArt20(ReportTable &table, const Region &region)
{
    static const QStringList vocabulary = headerVocabulary();
    const int columns = table.spec.columns.size();
    QList<int> columnOf; // value position → column
    for (int c = 0; c < columns; ++c)
        columnOf.append(c);
    QSet<int> matched;
    int cursor = 0;
    for (const ParsedRow &row : region.rows) {
        const bool hasValue = std::any_of(row.values.begin(), row.values.end(),
                                          [](const RawCell &c) { return !c.text.trimmed().isEmpty(); }) ||
                              row.runTogether;
        if (!hasValue && !row.labels.isEmpty() &&
            isHeaderLabel(LabelNormalizer::fold(row.labels.first().text), vocabulary)) {
            // The header: map its labels to this template's columns.
            QList<RawCell> headers = row.labels;
            if (!headers.isEmpty() && LabelNormalizer::fold(headers.first().text) == QStringLiteral("信息内容"))
                headers.removeFirst();
            if (headers.isEmpty())
                continue;
            QList<int> mapping;
            for (int h = 0; h < headers.size(); ++h) {
                bool variant = false;
                const QString folded = LabelNormalizer::fold(headers.at(h).text, &variant);
                int best = -1;
                double bestScore = 0;
                for (int c = 0; c < columns; ++c) {
                    const ColumnSpec &spec = table.spec.columns.at(c);
                    double score = LabelNormalizer::similarity(folded, LabelNormalizer::fold(spec.label));
                    for (const QString &alias : spec.aliases)
                        score = std::max(score, LabelNormalizer::similarity(folded, LabelNormalizer::fold(alias)));
                    if (LabelNormalizer::fold(spec.label).startsWith(folded) && folded.size() >= 2)
                        score = std::max(score, 0.7); // a header cut short: "本年新"
                    if (score > bestScore + 1e-9 || (std::abs(score - bestScore) < 1e-9 && c == h)) {
                        bestScore = score;
                        best = c;
                    }
                }
                if (headers.size() == columns)
                    best = h; // as many headers as columns: the order decides, the text only confirms
                mapping.append(best);
                if (best >= 0 && (variant || (bestScore >= rowMatchThreshold && bestScore < 0.999)) &&
                    headers.size() == columns)
                    labelVariant(table, -1, best, headers.at(h));
            }
            if (!mapping.contains(-1) && QSet<int>(mapping.begin(), mapping.end()).size() == mapping.size())
                columnOf = mapping;
            continue;
        }
        if (!fillsColumns(row, columns))
            continue;
        const LabelMatch match = matchRow(row.labels, table.spec.rows, matched, cursor);
        if (match.index < 0) {
            if (hasValue && !row.labels.isEmpty())
                addExtraRow(table, row);
            continue;
        }
        matched.insert(match.index);
        cursor = match.index + 1;
        table.present = true;
        if (match.variant)
            labelVariant(table, match.index, -1, row.labels.last());
        if (row.runTogether || (!row.positional && row.values.size() != columnOf.size())) {
            QList<QList<SourceSpan>> spans;
            const QList<ColumnPlacer::Placement> candidates = candidatesFor(row, table, {}, &spans);
            if (!candidates.isEmpty())
                placeAmbiguous(table, match.index, candidates.first(), spans.first(), int(candidates.size()),
                               row.runTogether ? tr("the separators between the numbers were lost")
                                               : tr("blank cells were dropped"));
            continue;
        }
        ParsedRow placed = row;
        if (placed.values.size() > columnOf.size())
            placed.values = placed.values.mid(0, columnOf.size());
        setRow(table, match.index, columnOf, placed);
    }
    if (table.present)
        missingRows(table, matched);
}

// The 勾稽关系 of the applications table, for choosing among placements.
int satisfiedColumnRules(const QList<ColumnPlacer::Placement> &rows, const ReportTable &table)
{
    const int columns = table.spec.columns.size();
    const int newReceived = table.spec.rowIndex(QStringLiteral("new_received"));
    const int carriedOver = table.spec.rowIndex(QStringLiteral("carried_over"));
    const int resultTotal = table.spec.rowIndex(QStringLiteral("result_total"));
    const int carriedForward = table.spec.rowIndex(QStringLiteral("carried_forward"));
    auto value = [&](int row, int column) { return row < 0 ? 0.0 : rows.at(row).at(column).value_or(0.0); };
    int satisfied = 0;
    for (int c = 0; c < columns; ++c) {
        if (std::abs(value(newReceived, c) + value(carriedOver, c) - value(resultTotal, c) - value(carriedForward, c)) <
            1e-9)
            ++satisfied;
        double outcomes = 0;
        for (int r = 0; r < table.spec.rows.size(); ++r) {
            if (r != newReceived && r != carriedOver && r != resultTotal && r != carriedForward)
                outcomes += value(r, c);
        }
        if (std::abs(outcomes - value(resultTotal, c)) < 1e-9)
            ++satisfied;
    }
    return satisfied;
}

void Builder::fillApplications(ReportTable &table, const Region &region)
{
    static const QStringList vocabulary = headerVocabulary();
    const int columns = table.spec.columns.size();
    const ColumnPlacer::RowConstraint rowTotal = [columns](const ColumnPlacer::Placement &p) {
        return std::abs(ColumnPlacer::sum(p, 0, columns - 1) - p.at(columns - 1).value_or(0.0)) < 1e-9;
    };
    struct Ambiguous
    {
        int row;
        QList<ColumnPlacer::Placement> candidates;
        QList<QList<SourceSpan>> spans;
        QString reason;
    };
    QList<Ambiguous> ambiguous;
    QSet<int> matched;
    int cursor = 0;
    for (const ParsedRow &row : region.rows) {
        const bool hasValue = row.runTogether || std::any_of(row.values.begin(), row.values.end(), [](const RawCell &c) {
                                  return !c.text.trimmed().isEmpty();
                              });
        if (row.labels.isEmpty() || !fillsColumns(row, columns))
            continue;
        const LabelMatch match = matchRow(row.labels, table.spec.rows, matched, cursor);
        if (match.index < 0) {
            const QString leaf = LabelNormalizer::fold(row.labels.last().text);
            if (hasValue && !isHeaderLabel(leaf, vocabulary))
                addExtraRow(table, row);
            continue;
        }
        // A header row ending in "总计" is not the 总计 row: only rows with values (or a full set
        // of positional blanks) are data.
        if (!hasValue && (row.positional ? row.values.size() < columns : row.labels.size() > 2))
            continue;
        if (!hasValue && isHeaderLabel(LabelNormalizer::fold(row.labels.first().text), vocabulary) &&
            row.labels.size() > 1 && LabelNormalizer::fold(row.labels.first().text) != QStringLiteral("本年度办理结果"))
            continue;
        matched.insert(match.index);
        cursor = match.index + 1;
        table.present = true;
        if (match.variant)
            labelVariant(table, match.index, -1, row.labels.last());
        const int nonBlank = int(std::count_if(row.values.begin(), row.values.end(),
                                               [](const RawCell &c) { return !c.text.trimmed().isEmpty(); }));
        if (fillsEveryColumn(row, columns)) {
            setRowInOrder(table, match.index, row);
            continue;
        }
        if (!row.runTogether && nonBlank == 0)
            continue; // nothing written: every cell blank, and no doubt about it
        Ambiguous a;
        a.row = match.index;
        a.candidates = candidatesFor(row, table, rowTotal, &a.spans);
        a.reason = row.runTogether ? tr("the separators between the numbers were lost") : tr("blank cells were dropped");
        if (!a.candidates.isEmpty())
            ambiguous.append(a);
    }
    if (table.present)
        missingRows(table, matched);
    if (ambiguous.isEmpty())
        return;

    // Choose among the placements with the table's column arithmetic, one row at a time.
    QList<ColumnPlacer::Placement> grid(table.spec.rows.size(), ColumnPlacer::Placement(columns));
    for (int r = 0; r < table.spec.rows.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const CellValue v = table.cell(r, c)->value;
            if (v.isNumber())
                grid[r][c] = v.number();
        }
    }
    QList<int> chosen(ambiguous.size(), 0);
    for (int k = 0; k < ambiguous.size(); ++k)
        grid[ambiguous.at(k).row] = ambiguous.at(k).candidates.first();
    for (int pass = 0; pass < 4; ++pass) {
        bool changed = false;
        for (int k = 0; k < ambiguous.size(); ++k) {
            const Ambiguous &a = ambiguous.at(k);
            int best = chosen.at(k), bestScore = -1;
            for (int i = 0; i < std::min<qsizetype>(a.candidates.size(), 400); ++i) {
                grid[a.row] = a.candidates.at(i);
                const int score = satisfiedColumnRules(grid, table);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            grid[a.row] = a.candidates.at(best);
            changed = changed || best != chosen.at(k);
            chosen[k] = best;
        }
        if (!changed)
            break;
    }
    for (int k = 0; k < ambiguous.size(); ++k) {
        const Ambiguous &a = ambiguous.at(k);
        placeAmbiguous(table, a.row, a.candidates.at(chosen.at(k)), a.spans.at(chosen.at(k)), int(a.candidates.size()),
                       a.reason);
    }
}

void Builder::fillReviews(ReportTable &table, const Region &region)
{
    static const QStringList vocabulary = headerVocabulary();
    const int columns = table.spec.columns.size();
    const ColumnPlacer::RowConstraint groupTotals = [](const ColumnPlacer::Placement &p) {
        for (int g = 0; g < 3; ++g) {
            if (std::abs(ColumnPlacer::sum(p, g * 5, g * 5 + 4) - p.at(g * 5 + 4).value_or(0.0)) > 1e-9)
                return false;
        }
        return true;
    };
    for (const ParsedRow &row : region.rows) {
        const int nonBlank = int(std::count_if(row.values.begin(), row.values.end(),
                                               [](const RawCell &c) { return !c.text.trimmed().isEmpty(); }));
        if ((!row.runTogether && nonBlank == 0 && !(row.positional && row.values.size() >= columns)) ||
            !fillsColumns(row, columns))
            continue;
        bool labelled = false;
        for (const RawCell &label : row.labels) {
            if (!isHeaderLabel(LabelNormalizer::fold(label.text), vocabulary))
                labelled = true;
        }
        if (labelled && !row.runTogether && row.labels.size() > 0 && nonBlank < 3)
            continue;
        table.present = true;
        if (fillsEveryColumn(row, columns)) {
            setRowInOrder(table, 0, row);
            return;
        }
        if (!row.runTogether && nonBlank == 0)
            return;
        QList<QList<SourceSpan>> spans;
        const QList<ColumnPlacer::Placement> candidates = candidatesFor(row, table, groupTotals, &spans);
        if (!candidates.isEmpty())
            placeAmbiguous(table, 0, candidates.first(), spans.first(), int(candidates.size()),
                           row.runTogether ? tr("the separators between the numbers were lost")
                                           : tr("blank cells were dropped"));
        return;
    }
    // A header without a data row: the table is there but says nothing.
    if (!region.rows.isEmpty()) {
        table.present = true;
        missingRows(table, {});
    }
}

} // namespace

Report ReportParser::parse(const SourceDocument &document)
{
    return Builder(document).build();
}

} // namespace gk
