#pragma once

#include "labeltext.h"
#include "model/templatespec.h"

#include <QList>
#include <QString>

namespace gk {

/**
 * Finds the template's tables and rows in a token stream, by their labels, in the template's
 * order: Article 20 tables by their titles, the applications table by the longest chain of its row
 * labels in order (so a row label quoted in the prose loses to the table's own), the reviews table
 * by its header.
 */
class TableLocator
{
public:
    struct RowAnchor
    {
        QString tableId;
        QString rowId;
        LabelText::Match match;
        int firstToken = 0;
        int lastToken = 0;
        /** Where the row's values end at the latest: the next row's label, or the table's end. */
        int endToken = 0;
    };
    struct Table
    {
        QString id;
        bool found = false;
        int titleToken = -1;
        /** The table's tokens: [beginToken, endToken). Rows are in text order. */
        int beginToken = 0;
        int endToken = 0;
        QList<RowAnchor> rows;
        /** How many times the table is printed; the first copy is the one read. */
        int copies = 1;
    };
    struct Layout
    {
        QList<Table> tables; // art20_1 … art20_9, applications, reviews (found or not)
        /** Evidence for the template version: the folded labels of the Article 20 tables. */
        QString art20Labels;
        const Table *table(const QString &id) const;
    };

    static Layout locate(const TokenList &tokens, const LabelText &labels);
};

} // namespace gk
