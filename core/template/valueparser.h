#pragma once

#include "model/cellvalue.h"

#include <QString>

namespace gk {

/**
 * Reads one table cell: signed integers ("+25", "-9"), decimals, amounts with a unit ("5234万元";
 * "984361元" is 98.4361 万元), counts with a unit ("2笔"), thousands separators, full-width digits.
 * A blank or a placeholder dash is blank, never 0.
 */
class ValueParser
{
public:
    static CellValue parse(const QString &text, bool amountInWanYuan = false);
    /** True when the text is a number or a blank placeholder, i.e. a value cell, not a label. */
    static bool looksLikeValue(const QString &text);
    /** True for "", "-", "—", "/", "无": nothing written. */
    static bool isBlankPlaceholder(const QString &text);
};

} // namespace gk
