#include "tablelocator.h"

#include "labelnormalizer.h"

#include <algorithm>
#include <functional>

namespace gk {

namespace {

const QString applicationsId = QStringLiteral("applications");
const QString reviewsId = QStringLiteral("reviews");

QString art20Id(QChar item)
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

// The list number printed just before a short row label: "3" of "三（六）3.其他", "七" of "三（七）总计".
// Read from the end of the printed label, without building its folded copy (asked per row and search).
QString shortLabelContext(const RowSpec &row)
{
    const QString leaf = LabelNormalizer::fold(row.label);
    qsizetype unmatched = leaf.size();
    for (qsizetype i = row.displayLabel.size() - 1; i >= 0; --i) {
        const QChar c = row.displayLabel.at(i);
        if (LabelNormalizer::isIgnorable(c))
            continue;
        if (unmatched == 0)
            return QString(c);
        if (c != leaf.at(unmatched - 1))
            return QString();
        --unmatched;
    }
    return QString();
}

struct Candidate
{
    int row = 0; // index in the row list
    LabelText::Match match;
    double best = 0;
    int previous = -1;
};

/**
 * The chain of row labels, in the template's order and the text's order, that covers the most
 * rows; among equal chains the tightest (a label quoted in the prose before the table loses).
 */
/** What it costs to take row `row`'s label at `position` (0 where the label belongs). */
using PlaceCost = std::function<double(int row, qsizetype position)>;

QList<TableLocator::RowAnchor> longestChain(const QList<RowSpec> &rows, const QStringList &tableOfRow,
                                            const LabelText &labels, qsizetype from, qsizetype to,
                                            const PlaceCost &placeCost = {})
{
    QList<Candidate> candidates;
    for (int r = 0; r < rows.size(); ++r) {
        QStringList spellings = rows.at(r).aliases;
        spellings.prepend(rows.at(r).label);
        const QString context = shortLabelContext(rows.at(r));
        for (const QString &spelling : std::as_const(spellings)) {
            const QString folded = LabelNormalizer::fold(spelling);
            if (!context.isEmpty() && folded.size() < 4) {
                // "其他" and "总计" are words of many labels: only with their number, "3.其他", "（七）总计".
                for (const LabelText::Match &m : labels.findExact(context + folded, from, to))
                    candidates.append({r, {m.start + context.size(), m.end, m.score, m.variant}, 0, -1});
                continue;
            }
            for (const LabelText::Match &m : labels.find(folded, from, to))
                candidates.append({r, m, 0, -1});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.match.start != b.match.start ? a.match.start < b.match.start : a.row < b.row;
    });
    constexpr double gapCost = 1e-4; // per character between two rows: tight chains win ties
    int bestEnd = -1;
    for (int i = 0; i < candidates.size(); ++i) {
        Candidate &c = candidates[i];
        if (placeCost)
            c.match.score -= placeCost(c.row, c.match.start);
        c.best = c.match.score;
        for (int j = 0; j < i; ++j) {
            const Candidate &p = candidates.at(j);
            if (p.row >= c.row || p.match.end > c.match.start)
                continue;
            const double through = p.best + c.match.score - gapCost * double(c.match.start - p.match.end);
            if (through > c.best) {
                c.best = through;
                c.previous = j;
            }
        }
        if (bestEnd < 0 || c.best > candidates.at(bestEnd).best)
            bestEnd = i;
    }
    QList<TableLocator::RowAnchor> chain;
    for (int i = bestEnd; i >= 0; i = candidates.at(i).previous) {
        const Candidate &c = candidates.at(i);
        TableLocator::RowAnchor anchor;
        anchor.tableId = tableOfRow.value(c.row);
        anchor.rowId = rows.at(c.row).id;
        anchor.match = c.match;
        anchor.firstToken = labels.tokenAt(c.match.start);
        anchor.lastToken = labels.tokenAt(c.match.end - 1);
        chain.prepend(anchor);
    }
    return chain;
}

qsizetype lastBefore(const LabelText &labels, const QString &word, qsizetype from, qsizetype before)
{
    const qsizetype at = labels.text().lastIndexOf(word, before - word.size());
    return at >= from ? at : -1;
}

} // namespace

const TableLocator::Table *TableLocator::Layout::table(const QString &id) const
{
    for (const Table &t : tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

TableLocator::Layout TableLocator::locate(const TokenList &tokens, const LabelText &labels)
{
    Layout layout;
    const QString &text = labels.text();
    const int tokenCount = int(tokens.size());

    // Article 20 titles, in text order; one table per item (a repeated title ends the one before).
    struct Title
    {
        QString id;
        qsizetype start;
        qsizetype end;
    };
    QList<Title> titles;
    const QString article = QStringLiteral("第二十条第");
    for (qsizetype at = text.indexOf(article); at >= 0; at = text.indexOf(article, at + 1)) {
        const qsizetype item = at + article.size();
        if (item >= text.size())
            break;
        qsizetype end = item + 1;
        if (end < text.size() && text.at(end) == u'项')
            ++end;
        titles.append({art20Id(text.at(item)), at, end});
    }

    // The applications table: the longest chain of its rows after the Article 20 titles.
    const qsizetype applicationsFrom = titles.isEmpty() ? 0 : titles.last().end;
    Table applications;
    applications.id = applicationsId;
    applications.rows = longestChain(TemplateSpec::allApplicationRows(), {}, labels, applicationsFrom, text.size());
    // A chain of one or two labels is prose quoting the table, unless the table's heading leads it.
    if (!applications.rows.isEmpty() && applications.rows.size() < 3 &&
        lastBefore(labels, QStringLiteral("收到和处理政府信息公开申请"), applicationsFrom,
                   applications.rows.first().match.start) < 0)
        applications.rows.clear();
    // The same table printed again after it (a file made of one report pasted several times): count
    // the copies, each looked for within a few lengths of the one before so that a huge file stays
    // linear.
    if (applications.rows.size() >= 3) {
        const qsizetype length = applications.rows.last().match.end - applications.rows.first().match.start;
        qsizetype from = applications.rows.last().match.end;
        for (int guard = 0; guard < 100000 && from < text.size(); ++guard) {
            const QList<RowAnchor> again = longestChain(TemplateSpec::allApplicationRows(), {}, labels, from,
                                                        std::min<qsizetype>(text.size(), from + 4 * length + 1000));
            if (again.size() * 2 < applications.rows.size())
                break;
            ++applications.copies;
            from = again.last().match.end;
        }
    }
    qsizetype applicationsStart = text.size();
    if (!applications.rows.isEmpty()) {
        const qsizetype first = applications.rows.first().match.start;
        qsizetype title = lastBefore(labels, QStringLiteral("收到和处理政府信息公开申请"), applicationsFrom, first);
        if (title < 0)
            title = lastBefore(labels, QStringLiteral("申请人情况"), applicationsFrom, first);
        applicationsStart = title >= 0 ? title : first;
        applications.found = true;
        applications.titleToken = labels.tokenAt(applicationsStart);
        applications.beginToken = applications.titleToken;
    }

    // The reviews table: its header after the applications table (header words may be broken over
    // lines, "结果 / 维持": then its title's 行政诉讼 leads it).
    const qsizetype reviewsFrom = applications.found ? applications.rows.last().match.end : applicationsFrom;
    Table reviews;
    reviews.id = reviewsId;
    qsizetype header = -1;
    for (const QString &word : {QStringLiteral("结果维持"), QStringLiteral("尚未审结"), QStringLiteral("行政诉讼")}) {
        header = text.indexOf(word, reviewsFrom);
        if (header >= 0)
            break;
    }
    qsizetype reviewsStart = text.size();
    if (header >= 0) {
        const qsizetype title = lastBefore(labels, QStringLiteral("行政复议"), std::max<qsizetype>(reviewsFrom, header - 40), header);
        reviewsStart = title >= 0 ? title : header;
        reviews.found = true;
        reviews.titleToken = labels.tokenAt(reviewsStart);
        reviews.beginToken = labels.tokenAt(header);
    }
    // Section five ends the statistics.
    qsizetype sectionEnd = text.size();
    for (const QString &word : {QStringLiteral("存在的主要问题"), QStringLiteral("存在的问题"), QStringLiteral("其他需要报告")}) {
        const qsizetype at = text.indexOf(word, reviews.found ? header : reviewsFrom);
        if (at >= 0)
            sectionEnd = std::min(sectionEnd, at);
    }
    const int endOfStatistics = sectionEnd < text.size() ? labels.tokenAt(sectionEnd) : tokenCount;
    if (reviews.found)
        reviews.endToken = std::max(reviews.beginToken, endOfStatistics);
    if (applications.found) {
        applications.endToken = reviews.found ? reviews.titleToken : endOfStatistics;
        for (int k = 0; k < applications.rows.size(); ++k)
            applications.rows[k].endToken = k + 1 < applications.rows.size() ? applications.rows.at(k + 1).firstToken : applications.endToken;
    }

    // Article 20 tables: their rows in one chain over the part their titles open (a title printed
    // after its table's body, as text copied out of a PDF may have it, changes nothing).
    const qsizetype art20End = std::min(applicationsStart, reviewsStart);
    const int art20EndToken = art20End < text.size() ? labels.tokenAt(art20End) : tokenCount;
    if (!titles.isEmpty() && titles.first().start < art20End) {
        const qsizetype art20Start = titles.first().start;
        layout.art20Labels = text.mid(art20Start, art20End - art20Start);
        QList<RowSpec> rows;
        QStringList tableOfRow;
        for (const TableSpec &spec : TemplateSpec::tables(TemplateVersion::V2019)) {
            if (!spec.id.startsWith(QLatin1String("art20")))
                continue;
            for (const RowSpec &row : spec.rows) {
                rows.append(row);
                tableOfRow.append(spec.id);
            }
        }
        // A row's label outside its own table's title and the next title (a word of another row's
        // note, "含行政处罚、行政强制") costs half a row; where it is the only one, it is still taken.
        const PlaceCost outsideItsTable = [&](int row, qsizetype position) {
            for (int k = 0; k < titles.size(); ++k) {
                if (titles.at(k).id != tableOfRow.at(row))
                    continue;
                const qsizetype end = k + 1 < titles.size() ? titles.at(k + 1).start : art20End;
                return position >= titles.at(k).end && position < end ? 0.0 : 0.5;
            }
            return 0.0;
        };
        const QList<RowAnchor> chain = longestChain(rows, tableOfRow, labels, art20Start, art20End, outsideItsTable);
        for (const TableSpec &spec : TemplateSpec::tables(TemplateVersion::V2019)) {
            if (!spec.id.startsWith(QLatin1String("art20")))
                continue;
            Table table;
            table.id = spec.id;
            for (const Title &title : std::as_const(titles)) {
                if (title.id == spec.id && title.start < art20End) {
                    table.titleToken = labels.tokenAt(title.start);
                    break;
                }
            }
            for (int k = 0; k < chain.size(); ++k) {
                RowAnchor anchor = chain.at(k);
                anchor.endToken = k + 1 < chain.size() ? chain.at(k + 1).firstToken : art20EndToken;
                if (anchor.tableId == spec.id)
                    table.rows.append(anchor);
            }
            table.copies = std::max<int>(1, int(std::count_if(titles.cbegin(), titles.cend(),
                                                              [&](const Title &t) { return t.id == spec.id; })));
            table.found = table.titleToken >= 0 || !table.rows.isEmpty();
            table.beginToken = table.titleToken >= 0 ? table.titleToken : (table.rows.isEmpty() ? 0 : table.rows.first().firstToken);
            table.endToken = table.rows.isEmpty() ? table.beginToken : table.rows.last().endToken;
            layout.tables.append(table);
        }
    }
    layout.tables.append(applications);
    layout.tables.append(reviews);
    return layout;
}

} // namespace gk
