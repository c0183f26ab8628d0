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
};

/** A table found on one page: its frame, its column edges (to join it with its continuation) and its rows. */
struct PageTable
{
    QRectF frame;
    QList<double> xs;
    QList<GridRow> rows;
    /** Drawn with ruling lines; a borderless table has no row split by a page break to mend. */
    bool ruled = true;
    /** Borderless only: value column extents and label column left edges, for a continuation. */
    QList<QPair<double, double>> valueColumns;
    QList<double> labelColumns;
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
