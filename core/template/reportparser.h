#pragma once

#include "io/sourcedocument.h"
#include "model/report.h"

#include <QCoreApplication>

namespace gk {

/**
 * Reconstructs the canonical tables from a document's rows: finds each table, tells the 2019
 * template from the 2021 one, matches every row and column label to its canonical id, reads the
 * values and places values whose columns were lost, marking every guess.
 */
class ReportParser
{
    Q_DECLARE_TR_FUNCTIONS(gk::ReportParser)
public:
    static Report parse(const SourceDocument &document);
};

} // namespace gk
