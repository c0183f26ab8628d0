#pragma once

#include <QList>
#include <QString>

namespace gk {

class ReviewDocument;

/** One place where a searched text occurs: in the source, in a table (a value or a label), in a finding. */
struct FindMatch
{
    enum Kind { Source, Cell, RowLabel, ColumnLabel, Finding };
    Kind kind = Source;
    qsizetype position = -1; ///< Source: first character
    qsizetype length = 0;    ///< Source
    QString cellId;          ///< Cell: the cell; RowLabel / ColumnLabel: the first cell of the row / column
    int finding = -1;        ///< Finding: index into ReviewDocument::findings()

    bool operator==(const FindMatch &other) const
    {
        return kind == other.kind && position == other.position && length == other.length
            && cellId == other.cellId && finding == other.finding;
    }
};

/**
 * Finds a text (case-insensitively) everywhere a reviewer reads: the source, the tables' row and
 * column labels and values as shown (corrected), and the findings' rule names, messages and cells'
 * labels. Matches come in reading order: source, tables (in tab order, row by row), findings.
 */
class Finder
{
public:
    static QList<FindMatch> find(const ReviewDocument *document, const QString &text);
    /** Whether a shown text holds the searched one (the one test the models' highlights use too). */
    static bool matches(const QString &shown, const QString &text);
};

} // namespace gk
