#pragma once

#include <QString>
#include <QStringList>

namespace gk {

/**
 * Brings a table label to a comparable form: NFKC (full-width brackets and digits), 繁→简 (ICU's
 * Traditional-Simplified transliterator), no spaces, punctuation, list markers or parenthesised
 * notes, and the known typo variants of report-model.md replaced.
 */
class LabelNormalizer
{
public:
    /** NFKC + 繁→简 only: same meaning, comparable script. Safe for any text. */
    static QString simplified(const QString &text);
    /**
     * Full-width ASCII to ASCII and 繁→简, keeping every character at its offset, so positions
     * found in the result are positions in `text` (a line whose conversion would change its
     * length is left as it is).
     */
    static QString simplifiedSameLength(const QString &text);
    /** Full-width ASCII (０-９, （）, －) to ASCII and the ideographic space to a space; nothing else. */
    static QString foldWidth(const QString &text);
    /** simplified() plus folding for label comparison. Sets *variant when a typo was repaired. */
    static QString fold(const QString &label, bool *variant = nullptr);
    /** Drops a leading list marker: "一、", "（三）", "1.", "3,". */
    static QString stripListMarker(const QString &text);
    /** 0..1: how alike two folded labels are (1 = equal), from their longest common subsequence. */
    static double similarity(const QString &a, const QString &b);
    /** True for what fold() drops from a label: spaces, punctuation, symbols. */
    static bool isIgnorable(QChar c)
    {
        // Inline for Han characters, ASCII letters and digits, most of a report: it is asked per character.
        return !isCommonLetter(c) && isPunctuationOrSpace(c);
    }

private:
    static bool isCommonLetter(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 0x4E00 && u <= 0x9FFF) || (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    }
    static bool isPunctuationOrSpace(QChar c);
};

} // namespace gk
