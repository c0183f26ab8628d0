#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>

namespace gk {

/** applications.balance, applications.row_total, applications.result_total (report-model.md). */
class ApplicationRules
{
    Q_DECLARE_TR_FUNCTIONS(gk::ApplicationRules)
public:
    static QList<Finding> check(const Report &report);
    /** The 三（一）…（六） rows the table actually has (2019: other; 2021: other_*; mixed: both). */
    static QStringList resultRowIds(const TableSpec &spec);
};

} // namespace gk
