#pragma once

#include "pdfwords.h"

#include <QImage>
#include <QList>

namespace gk::pdf {

/** A horizontal ruling line, in points. */
struct HSeg
{
    double y, x1, x2;
};
/** A vertical ruling line, in points. */
struct VSeg
{
    double x, y1, y2;
};

/**
 * Tables drawn with ruling lines:
 * - the lines are found on a grey rendering of the page (glyph strokes meet no line of the other
 *   direction, so they are dropped);
 * - lines that meet form one table; a box with a single cell, or one that holds another table (a
 *   page border, a frame around the text), is not a table and its words stay prose;
 * - the lines give a fine grid, cells with no line between them merge into row and column spans,
 *   and each word goes to the cell its centre is in (a word running over a line is split there);
 * - the values of a row take their columns from the lowest cells of the header above them (or of
 *   the table that ran on from the page before), never from their order: a row whose cells do not
 *   line up with the header is rebuilt column by column, and one whose values cannot be given a
 *   column for sure is listed in PageTable::undecidedRows.
 * Everything runs in an order fixed by the page (groups by their first line, tables top to
 * bottom), never by a hash, so the same file gives the same tables on every run.
 */
class RuledTables
{
public:
    /** The ruling lines of a page rendered in grey (Format_Grayscale8) at `dpi`, in points. */
    static void findRulings(const QImage &grey, double dpi, QList<HSeg> *hs, QList<VSeg> *vs);

    /**
     * The tables the lines draw, top to bottom; takes their words out of `words`. `open` is the
     * table that closed the page before, if any: a table without a header of its own takes its
     * value columns.
     */
    static QList<PageTable> take(const QList<HSeg> &hs, const QList<VSeg> &vs, QList<Word> *words, int page,
                                 const PageTable *open = nullptr);
};

} // namespace gk::pdf
