#include "valueparser.h"

#include "labelnormalizer.h"

#include <QRegularExpression>

namespace gk {

namespace {

QString compact(const QString &text)
{
    // Values need width folding only: a transliterator per cell would dominate parsing time.
    QString s = LabelNormalizer::foldWidth(text);
    s.replace(QStringLiteral("萬"), QStringLiteral("万"));
    s.removeIf([](QChar c) { return c.isSpace(); }); // no regular expression per cell: the hot path
    s.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    s.replace(QChar(0xFF0D), QLatin1Char('-'));
    return s;
}

const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([+-]?)((?:[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]+)(?:\\.([0-9]+))?(万元|万|元|件|条|个|项|笔|次|人次|份|篇)?$"));
    return pattern;
}

} // namespace

bool ValueParser::isBlankPlaceholder(const QString &text)
{
    const QString s = compact(text);
    return s.isEmpty() || s == QLatin1String("-") || s == QLatin1String("--") || s == QStringLiteral("—") ||
           s == QStringLiteral("——") || s == QLatin1String("/") || s == QStringLiteral("无") ||
           s == QStringLiteral("_");
}

bool ValueParser::looksLikeValue(const QString &text)
{
    return isBlankPlaceholder(text) || numberPattern().match(compact(text)).hasMatch();
}

CellValue ValueParser::parse(const QString &text, bool amountInWanYuan)
{
    // Most cells are plain digits: read them without the regular expression (the hot path).
    if (!text.isEmpty() && text.size() <= 15) {
        double plain = 0;
        bool digitsOnly = true;
        for (const QChar c : text) {
            if (c.unicode() < u'0' || c.unicode() > u'9') {
                digitsOnly = false;
                break;
            }
            plain = plain * 10 + (c.unicode() - u'0');
        }
        if (digitsOnly)
            return CellValue::number(plain, text);
    }
    if (isBlankPlaceholder(text))
        return CellValue::blank(text);
    const QString s = compact(text);
    const QRegularExpressionMatch m = numberPattern().match(s);
    if (!m.hasMatch())
        return CellValue::invalid(text);
    QString digits = m.captured(2);
    digits.remove(QLatin1Char(','));
    QString number = digits;
    if (m.capturedLength(3) > 0)
        number += QLatin1Char('.') + m.captured(3);
    bool ok = false;
    double value = number.toDouble(&ok);
    if (!ok)
        return CellValue::invalid(text);
    if (m.captured(1) == QLatin1String("-"))
        value = -value;
    const QString unit = m.captured(4);
    if (unit == QStringLiteral("元") && amountInWanYuan)
        value /= 10000.0;
    else if (unit == QStringLiteral("万") && !amountInWanYuan)
        value *= 10000.0;
    return CellValue::number(value, text);
}

} // namespace gk
