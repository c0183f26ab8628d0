#include "textlayout.h"

#include <QRegularExpression>

namespace gk {

namespace {

struct Line
{
    qsizetype start = 0;
    QString text;
};

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        lines.append({start, text.mid(start, end - start)});
        start = end + 1;
    }
    return lines;
}

bool isBlank(const QString &line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// A cell line of a cell-per-line block: a tab, possibly after some spaces.
bool isCellLine(const QString &line, qsizetype *textStart)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i < line.size() && line.at(i) == QLatin1Char('\t')) {
        *textStart = i + 1;
        return true;
    }
    return false;
}

bool startsNewBlock(const QString &line)
{
    return !line.isEmpty() && line.at(0) == QLatin1Char(' ');
}

// The rule between two cells: an ASCII pipe, or a box-drawing vertical as text browsers
// (w3m, lynx) draw a table's grid.
bool isCellRule(QChar c)
{
    switch (c.unicode()) {
    case u'|':
    case u'│':
    case u'┃':
    case u'║':
    case u'┆':
    case u'┇':
    case u'┊':
    case u'┋':
        return true;
    default:
        return false;
    }
}

// A line of the grid itself ("├────┼───┤", "+----+---+"): no cell text at all.
bool isGridLine(const QString &line)
{
    int rules = 0;
    for (const QChar c : line) {
        const bool box = c.unicode() >= 0x2500 && c.unicode() <= 0x257F;
        if (box || c == u'-' || c == u'+' || c == u'=')
            ++rules;
        else if (!c.isSpace())
            return false;
    }
    return rules >= 3;
}

bool isPipeRow(const QString &line)
{
    qsizetype pipes = 0;
    for (const QChar c : line)
        pipes += isCellRule(c) ? 1 : 0;
    if (pipes == 0)
        return false;
    const QString trimmed = line.trimmed();
    return (!trimmed.isEmpty() && isCellRule(trimmed.back())) || pipes >= 2;
}

RawCell trimmedCell(const QString &text, qsizetype from, qsizetype to, qsizetype offset)
{
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    RawCell cell;
    cell.text = text.mid(from, to - from);
    cell.span.start = offset + from;
    cell.span.length = to - from;
    if (cell.text.isEmpty())
        cell.span.start = offset + from;
    return cell;
}

RawRow pipeRow(const Line &line, int tableIndex)
{
    RawRow row;
    row.kind = RawRow::Kind::TableRow;
    row.tableIndex = tableIndex;
    row.span = SourceSpan::at(line.start, line.text.size());
    qsizetype from = 0;
    for (qsizetype i = 0; i <= line.text.size(); ++i) {
        if (i == line.text.size() || isCellRule(line.text.at(i))) {
            if (i == line.text.size() && isBlank(line.text.mid(from)))
                break; // nothing after the closing pipe
            row.cells.append(trimmedCell(line.text, from, i, line.start));
            from = i + 1;
        }
    }
    return row;
}

bool isNumericText(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[\\s+\\-−－]*[0-9０-９.,，．]+[\\s万元件条个项笔]*$"));
    // Most text is not a number: its first character says so without the expression.
    const QStringView lead = QStringView(text).trimmed();
    if (lead.isEmpty() || !QStringView(u"+-−－0123456789０１２３４５６７８９.,，．").contains(lead.front()))
        return false;
    return number.match(text).hasMatch();
}

// "三、收到和处理政府信息公开申请情况" between two tables is a heading, not a wrapped label.
bool isSectionHeading(const QString &line)
{
    static const QRegularExpression heading(QStringLiteral("^\\s*[一二三四五六七八九十]+\\s*[、.．].*情况"));
    return heading.match(line).hasMatch();
}

} // namespace

bool TextLayout::isPageFurniture(const QString &line)
{
    static const QRegularExpression furniture(QStringLiteral(
        "^\\s*(?:[-—–－─]+\\s*[0-9０-９]+\\s*[-—–－─]+|第\\s*[0-9０-９]+\\s*页(?:\\s*[,，/／]?\\s*共\\s*[0-9０-９]+\\s*页)?|"
        "[0-9０-９]+\\s*/\\s*[0-9０-９]+|Page\\s+[0-9]+(?:\\s+of\\s+[0-9]+)?|\\f+)\\s*$"));
    // A line of content does not start as page furniture or a grid's rule does: most lines stop here.
    const QStringView lead = QStringView(line).trimmed();
    if (!lead.isEmpty() && lead.front() != u'+' && lead.front() != u'=' &&
        !(lead.front().unicode() >= 0x2500 && lead.front().unicode() <= 0x257F) &&
        !QStringView(u"-—–－─第Pp0123456789０１２３４５６７８９").contains(lead.front()))
        return false;
    // A number leads furniture only as "3 / 12": a value on a line of its own is not.
    if (!lead.isEmpty() && QStringView(u"0123456789０１２３４５６７８９").contains(lead.front()) && !lead.contains(u'/'))
        return false;
    // A form feed is a page break; text after it on the same line is still content.
    QString withoutBreaks = line;
    if (line.contains(QLatin1Char('\f')))
        withoutBreaks.remove(QLatin1Char('\f'));
    if (withoutBreaks.trimmed().isEmpty())
        return line.contains(QLatin1Char('\f'));
    if (isGridLine(withoutBreaks))
        return true;
    return furniture.match(withoutBreaks).hasMatch();
}

QList<RawRow> TextLayout::rows(const QString &text)
{
    const QList<Line> lines = splitLines(text);
    QList<RawRow> rows;
    int tableIndex = -1;
    bool inPipeTable = false;
    bool inBlockTable = false;
    RawRow block; // the cell-per-line row being collected
    bool lastLineWasCell = false;

    auto flushBlock = [&]() {
        if (!block.cells.isEmpty())
            rows.append(block);
        block = RawRow();
        lastLineWasCell = false;
    };

    for (qsizetype n = 0; n < lines.size(); ++n) {
        const Line &line = lines.at(n);
        qsizetype cellStart = 0;
        if (isPageFurniture(line.text) && !isBlank(line.text)) {
            flushBlock();
            RawRow furniture;
            furniture.kind = RawRow::Kind::PageFurniture;
            furniture.span = SourceSpan::at(line.start, line.text.size());
            furniture.cells.append(trimmedCell(line.text, 0, line.text.size(), line.start));
            rows.append(furniture);
            continue;
        }
        if (isCellLine(line.text, &cellStart)) {
            if (!inBlockTable) {
                ++tableIndex;
                inBlockTable = true;
                inPipeTable = false;
            } else if (startsNewBlock(line.text)) {
                flushBlock();
            }
            if (block.cells.isEmpty()) {
                block.kind = RawRow::Kind::TableRow;
                block.positionalBlanks = true;
                block.tableIndex = tableIndex;
            }
            block.cells.append(trimmedCell(line.text, cellStart, line.text.size(), line.start));
            block.span = SourceSpan::covering(block.span, SourceSpan::at(line.start, line.text.size()));
            lastLineWasCell = true;
            continue;
        }
        if (isBlank(line.text)) {
            flushBlock();
            continue;
        }
        if (inBlockTable && lastLineWasCell && !block.cells.isEmpty() && !isNumericText(block.cells.last().text) &&
            !isPipeRow(line.text)) {
            // A label wrapped onto the next line: the line continues the cell above.
            RawCell &cell = block.cells.last();
            const RawCell more = trimmedCell(line.text, 0, line.text.size(), line.start);
            cell.text += more.text;
            cell.span = SourceSpan::covering(cell.span, more.span);
            block.span = SourceSpan::covering(block.span, more.span);
            continue;
        }
        flushBlock();
        inBlockTable = false;
        if (isPipeRow(line.text)) {
            // A label wrapped over two lines: the line before (no pipes) joins this row's first cell.
            const bool wrapped = !rows.isEmpty() && rows.last().kind == RawRow::Kind::Prose && n >= 2 &&
                                 isPipeRow(lines.at(n - 2).text) && !isSectionHeading(lines.at(n - 1).text);
            if (!inPipeTable && !wrapped)
                ++tableIndex;
            inPipeTable = true;
            RawRow row = pipeRow(line, tableIndex);
            if (wrapped && !row.cells.isEmpty()) {
                const RawRow wrappedLine = rows.takeLast();
                RawCell &first = row.cells.first();
                first.text = wrappedLine.cells.first().text + first.text;
                first.span = SourceSpan::covering(wrappedLine.cells.first().span, first.span);
                row.span = SourceSpan::covering(wrappedLine.span, row.span);
            }
            rows.append(row);
            continue;
        }
        inPipeTable = false;
        RawRow prose;
        prose.kind = RawRow::Kind::Prose;
        prose.span = SourceSpan::at(line.start, line.text.size());
        prose.cells.append(trimmedCell(line.text, 0, line.text.size(), line.start));
        rows.append(prose);
    }
    flushBlock();
    return rows;
}

} // namespace gk
