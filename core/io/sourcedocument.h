#pragma once

#include "model/sourcespan.h"

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace gk {

/** One cell of a table as a reader or a layout saw it, with its place in SourceDocument::text. */
struct RawCell
{
    QString text;
    SourceSpan span;
    int columnSpan = 1;
    int rowSpan = 1;
};

/**
 * One line of prose or one table row in reading order.
 *
 * Conventions every producer follows (text layouts, HTML, DOCX, PDF):
 * - a cell that spans several columns is emitted once;
 * - a cell covered by a row span from above is emitted as an empty placeholder cell;
 * - `positionalBlanks` is true when an empty cell really is a blank table cell at that position
 *   (true grids, cell-per-line blocks); false when blank cells may have been dropped or padded
 *   (pipe rows), so only the order of the non-blank values is known.
 */
struct RawRow
{
    // PageFurniture: a page number or page-break line inside the flow ("- 3 -", "第3页", form feed).
    enum class Kind { Prose, TableRow, PageFurniture };
    Kind kind = Kind::Prose;
    QList<RawCell> cells;
    SourceSpan span;
    bool positionalBlanks = false;
    /**
     * The reader could not give every value of this row its column (a PDF row whose cells do not line
     * up with its header): its values are in page order, and their columns are a guess.
     */
    bool columnsUndecided = false;
    /** Rows of one source table share an index (-1 for prose). */
    int tableIndex = -1;
};

/** A page of a paginated source (PDF): its size in points, for the window's page view. */
struct SourcePage
{
    int number = 0;
    QSizeF size;
};

/**
 * What OCR made of one table cell of a scanned page: where its text is in SourceDocument::text,
 * the confidence of the whole reading and of each character (0-100, Tesseract's scale).
 */
struct OcrReading
{
    qsizetype start = 0;
    qsizetype length = 0;
    double confidence = 0;
    QList<double> characterConfidences;
};

/**
 * What a reader made of a file: the text every span refers to and, for formats with real tables
 * (HTML, DOCX, PDF), the rows it reconstructed. A plain-text reader leaves `rows` empty and the
 * layout stage rebuilds them from the text.
 */
struct SourceDocument
{
    QString filePath;
    QString fileName;
    /** A report read from several page images: every file, in page order (filePath is the first);
     *  empty when the report is one file. */
    QStringList pageFiles;
    QString format;   // text, html, rtf, docx, doc, pdf, ocr: what the bytes are (FormatSniffer, OCR)
    QString encoding; // UTF-8, GB18030, ...
    QString text;
    QList<RawRow> rows;
    QList<SourcePage> pages;
    /** A scanned report: the OCR reading of each table cell (empty for every other format). */
    QList<OcrReading> ocrReadings;
    /** Non-fatal problems while reading (e.g. "ends in the middle of a character"). */
    QStringList warnings;
};

/** The outcome of reading a file: a document, or a one-line error naming the file and the cause. */
struct ReadResult
{
    bool ok = false;
    SourceDocument document;
    QString error;

    static ReadResult failure(const QString &error)
    {
        ReadResult result;
        result.error = error;
        return result;
    }
};

} // namespace gk
