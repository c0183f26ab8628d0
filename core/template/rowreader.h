#pragma once

#include "columnplacer.h"
#include "layout/token.h"
#include "model/cellvalue.h"
#include "model/sourcespan.h"
#include "model/templatespec.h"
#include "valuerun.h"

#include <QList>

namespace gk {

/** One way to read a row's values into its columns. */
struct RowReading
{
    ColumnPlacer::Placement numbers; // per column, for the arithmetic
    QList<CellValue> values;         // per column
    QList<SourceSpan> spans;         // per column (invalid where blank)
};

/**
 * Reads the values of one row into the table's columns. Values whose cells are known (as many as
 * columns, each standing alone) are read as they stand. Otherwise digit runs whose separators were
 * lost are cut, and values whose blanks were dropped are spread over the columns, in every way the
 * row's own arithmetic (`fits`) allows; the caller decides between them with the table's.
 */
class RowReader
{
public:
    struct Result
    {
        /** Most plausible first; more than one means the row alone does not decide. */
        QList<RowReading> readings;
        /** Digits had to be cut (else only blanks were placed). */
        bool cut = false;
        /** The reader could not tell the values' columns from the page: even one reading is a guess. */
        bool undecided = false;
    };

    RowReader(const TokenList &tokens, const QString &text, const QString &simple);
    Result read(const ValueRun &run, const TableSpec &spec, const ColumnPlacer::RowConstraint &fits) const;
    /** The value tokens `items` as the row's cells, one per column in order. */
    RowReading inOrder(const QList<int> &items, const TableSpec &spec) const;

private:
    struct Group
    {
        int token = 0;
        qsizetype start = 0; // in the text
        QString digits;      // sign and digits, or the whole token when it is one value
        qsizetype tail = 0;  // a decimal part or unit after the digits, kept with the last value
        bool whole = false;  // never cut
    };
    struct Piece
    {
        int group = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    QList<QList<Piece>> splits(const QList<Group> &groups, int count) const;
    /** The numbers reading() would give, for the row's arithmetic, without building the cells. */
    ColumnPlacer::Placement numbers(const QList<Group> &groups, const QList<Piece> &pieces, const QList<int> &columns,
                                    const TableSpec &spec) const;
    RowReading reading(const QList<Group> &groups, const QList<Piece> &pieces, const QList<int> &columns,
                       const TableSpec &spec) const;

    const TokenList &m_tokens;
    const QString &m_text;
    const QString &m_simple;
};

} // namespace gk
