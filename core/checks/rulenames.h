#pragma once

#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * A rule as people call it, in the installed language ("Row total", "行合计"). Rule ids stay for
 * machine columns (CSV, JSON); windows, reports and people-facing columns show these names.
 */
class RuleNames
{
    Q_DECLARE_TR_FUNCTIONS(gk::RuleNames)
public:
    /** The rule's name; an unknown id comes back as it is. */
    static QString name(const QString &ruleId);
};

} // namespace gk
