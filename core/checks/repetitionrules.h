#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>
#include <QSet>

namespace gk {

/**
 * table.repeated: a report that holds a table more than once (a file made of one report pasted again
 * and again, a table printed twice). One finding for the report names the tables, how many times they
 * appear and that the first copy is the one used; the repeats' rows, otherwise one layout.extra_row
 * each, are covered by it. A table is repeated when rows of its template come back among its extra rows.
 */
class RepetitionRules
{
    Q_DECLARE_TR_FUNCTIONS(gk::RepetitionRules)
public:
    static QList<Finding> check(const Report &report);
    /** The extra rows (`table.extra_N`) that are rows of a repeated table, covered by its finding. */
    static QSet<QString> repeatedRows(const Report &report);
};

} // namespace gk
