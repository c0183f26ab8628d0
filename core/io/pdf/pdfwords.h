#pragma once

#include "io/documentbuilder.h"

#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

namespace gk::pdf {

/** One word of a PDF page's text layer, its box in points (origin top left). */
struct Word
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
    /** Each character's box, where the text layer gives them: to split a word at a ruling line. */
    QList<QRectF> chars;
};

/** A table found on one page: its frame, its column edges (to join it with its continuation) and its rows. */
struct PageTable
{
    QRectF frame;
    QList<double> xs;
    QList<GridRow> rows;
    /** Drawn with ruling lines; a borderless table has no row split by a page break to mend. */
    bool ruled = true;
    /** Value column extents (ruled: of the header's lowest cells) and, borderless only, label column
     * left edges: for a continuation on the next page. */
    QList<QPair<double, double>> valueColumns;
    QList<double> labelColumns;
    /**
     * Ruled only: rows whose values could not be given their columns by the ruling lines and the
     * header (written with their values in page order and no positional blanks, so the template
     * marks their placement a guess); indices into `rows`.
     */
    QList<int> undecidedRows;
};

bool isCjk(QChar c);
/** Joins two pieces of one cell or paragraph: no space between CJK text, one between Latin words. */
QString joinPieces(const QString &a, const QString &b);
/** Groups words into lines by their vertical overlap, top to bottom; each line left to right. */
QList<QList<Word>> linesOf(QList<Word> words);
/** The text of one line, with a space where the words are apart (never between CJK characters). */
QString lineText(const QList<Word> &line);
/** The union of the words' boxes. */
QRectF boxOf(const QList<Word> &words);

} // namespace gk::pdf
