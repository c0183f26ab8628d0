#pragma once

#include "model/finding.h"
#include "model/report.h"

#include <QCoreApplication>

namespace gk {

/** series.carry_mismatch: 四、结转下年度 of year N against 二、上年结转 of year N+1, per column. */
class SeriesRules
{
    Q_DECLARE_TR_FUNCTIONS(gk::SeriesRules)
public:
    static QList<Finding> check(const QList<const Report *> &reports);
    /** The check between two reports of one agency (`key`, agencyKey()) whose years follow each other. */
    static QList<Finding> checkPair(const Report &last, const Report &next, const QString &key);
    /**
     * Agencies compare after 繁→简, without spaces, years and the title's words: "高新區(新市區)" =
     * "高新区（新市区）" = "高新区(新市区)2020年政府信息公开工作年度报告"; a body's name is kept whole, so
     * 人民政府 and 人民政府办公室 stay two agencies.
     */
    static QString agencyKey(const QString &agency);
};

} // namespace gk
