#include "cellvalue.h"

#include <cmath>

namespace gk {

CellValue CellValue::blank(const QString &text)
{
    CellValue value;
    value.m_text = text;
    return value;
}

CellValue CellValue::number(double number, const QString &text)
{
    CellValue value;
    value.m_kind = Kind::Number;
    value.m_number = number;
    value.m_text = text;
    return value;
}

CellValue CellValue::invalid(const QString &text)
{
    CellValue value;
    value.m_kind = Kind::Invalid;
    value.m_text = text;
    return value;
}

bool CellValue::isIntegral() const
{
    return isNumber() && std::floor(m_number) == m_number && std::fabs(m_number) < 9.0e15;
}

QString CellValue::displayText() const
{
    switch (m_kind) {
    case Kind::Blank:
        return QString();
    case Kind::Invalid:
        return m_text;
    case Kind::Number:
        break;
    }
    if (isIntegral())
        return QString::number(static_cast<qint64>(m_number));
    // Amounts carry up to four decimals (万元 to the 元); print them without trailing zeros.
    QString text = QString::number(m_number, 'f', 6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QJsonValue CellValue::toJson() const
{
    if (!isNumber())
        return QJsonValue(QJsonValue::Null);
    if (isIntegral())
        return QJsonValue(static_cast<qint64>(m_number));
    return QJsonValue(m_number);
}

bool CellValue::operator==(const CellValue &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (m_kind == Kind::Number)
        return std::fabs(m_number - other.m_number) < 1e-9;
    if (m_kind == Kind::Invalid)
        return m_text == other.m_text;
    return true;
}

} // namespace gk
