#pragma once

#include "io/sourcedocument.h"

#include <QStringList>

namespace gk::test {

inline QString formatsDir()
{
    return QStringLiteral(GK_TEST_DATA_DIR "/formats/");
}

/** The table rows of one table as "a|b|c" strings (placeholders are empty), for compact expectations. */
inline QStringList tableLines(const SourceDocument &document, int tableIndex)
{
    QStringList lines;
    for (const RawRow &row : document.rows) {
        if (row.kind != RawRow::Kind::TableRow || row.tableIndex != tableIndex)
            continue;
        QStringList cells;
        for (const RawCell &cell : row.cells)
            cells.append(cell.text);
        lines.append(cells.join(QLatin1Char('|')));
    }
    return lines;
}

/** The first table row whose first non-empty cell starts with label; null when none. */
inline const RawRow *rowStartingWith(const SourceDocument &document, const QString &label)
{
    for (const RawRow &row : document.rows) {
        if (row.kind != RawRow::Kind::TableRow)
            continue;
        for (const RawCell &cell : row.cells) {
            if (cell.text.isEmpty())
                continue;
            if (cell.text.startsWith(label))
                return &row;
            break;
        }
    }
    return nullptr;
}

/** Every cell's span points at its own text in SourceDocument::text; rows follow the conventions. */
inline QString spanProblem(const SourceDocument &document)
{
    for (const RawRow &row : document.rows) {
        for (const RawCell &cell : row.cells) {
            if (!cell.span.isValid() || cell.span.end() > document.text.size())
                return QStringLiteral("invalid span for ") + cell.text;
            // A PDF row split by a page break joins two pieces of text: its span covers both.
            const QString held = document.text.mid(cell.span.start, cell.span.length);
            if (held != cell.text &&
                !(held.contains(QLatin1Char('\n')) && held.startsWith(cell.text.left(3)) && held.endsWith(cell.text.right(3))))
                return QStringLiteral("span does not hold ") + cell.text;
        }
        if (row.kind == RawRow::Kind::TableRow && (!row.positionalBlanks || row.tableIndex < 0))
            return QStringLiteral("table row without positional blanks or table index");
        if (row.kind == RawRow::Kind::Prose && (row.cells.size() != 1 || row.tableIndex != -1))
            return QStringLiteral("prose row must have one cell and no table");
    }
    return {};
}

/** Sum of the column spans of a row: the width of the grid it belongs to. */
inline int gridWidth(const RawRow &row)
{
    int width = 0;
    for (const RawCell &cell : row.cells)
        width += cell.columnSpan;
    return width;
}

} // namespace gk::test
