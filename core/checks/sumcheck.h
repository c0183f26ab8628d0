#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gk {

/**
 * One additive identity of a table, left = right, each side a sum of cells. Blanks are unknown
 * non-negative numbers: a rule fails only when no blank values could satisfy it; it passes when it
 * holds with the blanks at 0; otherwise it "cannot be assessed" (a warning naming the blanks).
 */
class SumCheck
{
    Q_DECLARE_TR_FUNCTIONS(gk::SumCheck)
public:
    struct Side
    {
        /** Short formula label, e.g. "一+二". */
        QString label;
        QList<const ReportCell *> cells;
    };

    QString rule;
    /** The table of the cells, to name a blank in the message as a reviewer reads it (else by its id). */
    const TableSpec *table = nullptr;
    /** What the identity is about, shown in the message: "column 自然人", "row 三（一）予以公开". */
    QString subject;
    Side left;
    Side right;
    /**
     * The identity compares values across rows or groups of columns, so a value placed in a guessed
     * column can make it pass or fail by accident.
     */
    bool placementSensitive = false;

    std::optional<Finding> evaluate() const;

    static QString formatNumber(double value);
};

} // namespace gk
