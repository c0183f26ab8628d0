#pragma once

#include "rowreader.h"

#include <QList>

namespace gk {

/**
 * Chooses among the readings of the applications rows that the rows alone do not decide, with the
 * table's own arithmetic across rows: 一 + 二 = 三（七）+ 四 and 三（七）= the sum of the result
 * rows, per column. A row is decided when it reads the same in every combination of readings that
 * satisfies the most rules (rows that can all move to another column together stay open).
 */
class ApplicationsArithmetic
{
public:
    struct Open
    {
        int row = 0; // row index in the table spec
        QList<RowReading> readings;
        int chosen = 0;
        bool decided = false;
    };

    /** `known` holds the rows read for sure (per row, per column). */
    static void decide(const TableSpec &spec, const QList<ColumnPlacer::Placement> &known, QList<Open> &open);
};

} // namespace gk
