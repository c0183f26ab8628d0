#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QJsonObject>

namespace gk {

/** The JSON document of `gkreview-cli extract` (report-model.md, "The command-line contract"). */
class ReportJson
{
public:
    static QJsonObject toJson(const Report &report, const QList<Finding> &findings);
};

} // namespace gk
