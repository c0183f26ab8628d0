#include "documentbuilder.h"

namespace gk {

DocumentBuilder::DocumentBuilder(SourceDocument *document)
    : m_document(document)
{
}

QString DocumentBuilder::simplified(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        // QChar::isSpace covers NBSP and the ideographic space U+3000 that pages use as padding.
        if (c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

qsizetype DocumentBuilder::appendLine(const QString &line)
{
    QString &text = m_document->text;
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    const qsizetype start = text.size();
    text += line;
    return start;
}

void DocumentBuilder::addParagraph(const QString &rawText, int page, const QRectF &box)
{
    const QString text = simplified(rawText);
    if (text.isEmpty())
        return;
    const qsizetype start = appendLine(text);
    RawRow row;
    row.kind = RawRow::Kind::Prose;
    row.span = SourceSpan::at(start, text.size());
    row.span.page = page;
    row.span.box = box;
    RawCell cell;
    cell.text = text;
    cell.span = row.span;
    row.cells.append(cell);
    m_document->rows.append(row);
}

void DocumentBuilder::addPageBreak()
{
    const qsizetype start = appendLine(QStringLiteral("\f"));
    RawRow row;
    row.kind = RawRow::Kind::PageFurniture;
    row.span = SourceSpan::at(start, 1);
    RawCell cell;
    cell.span = SourceSpan::at(start, 0);
    row.cells.append(cell);
    m_document->rows.append(row);
}

void DocumentBuilder::addTable(const QList<GridRow> &rows, bool continuesPrevious)
{
    bool any = false;
    for (const GridRow &row : rows) {
        for (const GridCell &cell : row) {
            if (!simplified(cell.text).isEmpty())
                any = true;
        }
    }
    if (!any)
        return;
    const int tableIndex = continuesPrevious && m_nextTable > 0 ? m_nextTable - 1 : m_nextTable++;
    for (const GridRow &gridRow : rows) {
        if (gridRow.isEmpty())
            continue;
        // Build the pipe line first, remembering where each cell's text lands in it.
        QString line;
        QList<qsizetype> offsets;
        QList<QString> texts;
        for (const GridCell &cell : gridRow) {
            const QString text = cell.placeholder ? QString() : simplified(cell.text);
            if (!line.isEmpty())
                line += QLatin1Char(' ');
            offsets.append(line.size());
            texts.append(text);
            line += text;
            line += text.isEmpty() ? QStringLiteral("|") : QStringLiteral(" |");
        }
        const qsizetype start = appendLine(line);
        RawRow row;
        row.kind = RawRow::Kind::TableRow;
        row.positionalBlanks = true;
        row.tableIndex = tableIndex;
        row.span = SourceSpan::at(start, line.size());
        for (qsizetype i = 0; i < gridRow.size(); ++i) {
            const GridCell &source = gridRow.at(i);
            RawCell cell;
            cell.text = texts.at(i);
            cell.span = SourceSpan::at(start + offsets.at(i), texts.at(i).size());
            cell.span.page = source.page;
            cell.span.box = source.box;
            cell.columnSpan = qMax(1, source.columnSpan);
            cell.rowSpan = source.placeholder ? 1 : qMax(1, source.rowSpan);
            if (row.span.page < 0 && source.page >= 0)
                row.span.page = source.page;
            row.cells.append(cell);
        }
        m_document->rows.append(row);
    }
}

} // namespace gk
