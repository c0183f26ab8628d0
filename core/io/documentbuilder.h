#pragma once

#include "sourcedocument.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace gk {

/** One cell of a table grid as a structured reader (HTML, DOCX, PDF) saw it, before it is written out. */
struct GridCell
{
    QString text;
    int columnSpan = 1;
    int rowSpan = 1;
    /** Covered by a row span from above: written as an empty placeholder cell (see RawRow). */
    bool placeholder = false;
    int page = -1;
    QRectF box;
};

using GridRow = QList<GridCell>;

/**
 * Writes what a structured reader found into a SourceDocument in reading order: each paragraph
 * becomes a line of SourceDocument::text and a Prose row; each table row becomes a pipe line
 * ("a | b | c |") and a TableRow with positional blanks whose cell spans point into that line.
 * Every reader that builds real tables goes through here, so they all follow the row conventions.
 */
class DocumentBuilder
{
public:
    explicit DocumentBuilder(SourceDocument *document);

    /** Collapses runs of white space to one space and trims; the text of a line or a cell. */
    static QString simplified(const QString &text);

    void addParagraph(const QString &text, int page = -1, const QRectF &box = QRectF());
    /**
     * Rows of one table; the table gets the next tableIndex, or the last one when it continues the
     * previous table (a PDF table running over a page break). A table with no text is dropped.
     */
    void addTable(const QList<GridRow> &rows, bool continuesPrevious = false);
    /** A page break between two pages of a paginated source (a form feed line, PageFurniture). */
    void addPageBreak();

private:
    qsizetype appendLine(const QString &line);

    SourceDocument *m_document;
    int m_nextTable = 0;
};

} // namespace gk
