#pragma once

#include "pdfwords.h"

#include <QList>

namespace gk::pdf {

/**
 * Tables printed without ruling lines (WPS exports, borderless typesetting), rebuilt from the
 * geometry of the words alone:
 * - words on a line split into fragments where they stand apart (a cell's text has no wide gap);
 * - a row is a line of value fragments (numbers, blank marks) with a label to their left or a
 *   second value beside them; rows close together with nothing but wrapped labels between them
 *   form one table; a title or heading across the value area ends it;
 * - the header is the run of text just above the first row over the value area; its lowest cells
 *   (those with nothing under them) and the values give the columns by x-overlap, and a header
 *   cell above them spans the columns it covers;
 * - labels are stacked into paragraphs (a wrapped line is full to the next column) and each joins
 *   the row its centre is nearest to; label columns come from their left edges.
 * A prose paragraph has no wide gaps and no row of values, so it stays text.
 */
class BorderlessTables
{
public:
    /**
     * Finds the borderless tables among a page's words, takes their words out and returns them top
     * to bottom. `open` is the table that closed the page before, if any: a table at the top of this
     * page without a header of its own takes its columns when its values fit them.
     */
    static QList<PageTable> take(QList<Word> *words, int page, const PageTable *open = nullptr);
};

} // namespace gk::pdf
