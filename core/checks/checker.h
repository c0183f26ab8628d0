#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>
#include <QList>

namespace gk {

/** Runs every rule of report-model.md over a report (and over a series of one agency's reports). */
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(gk::Checker)
public:
    static QList<Finding> check(const Report &report);
    /** Rules across reports of one agency in consecutive years (series.*). */
    static QList<Finding> checkSeries(const QList<const Report *> &reports);
};

} // namespace gk
