#pragma once

#include <QJsonValue>
#include <QString>

namespace gk {

/**
 * A table value as the report printed it. A blank is never a zero: the template requires 0 to be
 * written, so a blank stays distinguishable all the way to the exports and the checks.
 */
class CellValue
{
public:
    enum class Kind { Blank, Number, Invalid };

    CellValue() = default;
    static CellValue blank(const QString &text = QString());
    static CellValue number(double value, const QString &text = QString());
    /** Text that is not a number (e.g. "约30", "不详"). */
    static CellValue invalid(const QString &text);

    Kind kind() const { return m_kind; }
    bool isBlank() const { return m_kind == Kind::Blank; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isInvalid() const { return m_kind == Kind::Invalid; }
    double number() const { return m_number; }
    bool isIntegral() const;
    /** The cell text as read, before parsing. */
    QString text() const { return m_text; }
    /** "12", "-9", "2359.4197", "" for a blank, the raw text for an invalid value. */
    QString displayText() const;
    /** null for a blank or invalid value, else the number (integral values as integers). */
    QJsonValue toJson() const;

    bool operator==(const CellValue &other) const;
    bool operator!=(const CellValue &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Blank;
    double m_number = 0;
    QString m_text;
};

} // namespace gk
