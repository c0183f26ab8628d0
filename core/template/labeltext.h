#pragma once

#include "layout/token.h"

#include <QList>
#include <QString>

#include <vector>

namespace gk {

/**
 * The label characters of a token stream, folded (no spaces, punctuation or numbers) and joined, so
 * a template label is found wherever it stands: mid-line, wrapped over lines, broken by stray spaces
 * ("本年度办 理结果"), or cut by the numbers of its own row. Each character remembers its token.
 */
class LabelText
{
public:
    LabelText(const TokenList &tokens, const QString &simple);

    struct Match
    {
        qsizetype start = 0; // in text()
        qsizetype end = 0;   // one past the last matched character
        double score = 0;    // 1 for the label as the template prints it
        /** A known typo or regional spelling was repaired inside the match (危机→危及). */
        bool variant = false;
        bool exact() const { return score >= 1.0 && !variant; }
    };

    const QString &text() const { return m_text; }
    /** The token a character of text() came from. */
    int tokenAt(qsizetype position) const { return m_token.at(position); }
    /** The first position of text() at or after the token `token` (size() when none). */
    qsizetype positionOfToken(int token) const;

    /**
     * Where the folded `label` stands in [from, to): exact occurrences, and for labels of four
     * characters or more, near ones (a typo, a missing or extra character) scoring ≥ `threshold`.
     */
    QList<Match> find(const QString &label, qsizetype from, qsizetype to, double threshold = 0.75) const;
    /** Exact occurrences only. */
    QList<Match> findExact(const QString &label, qsizetype from, qsizetype to) const;

private:
    Match alignForward(const QString &label, qsizetype start, qsizetype to) const;
    Match alignBackward(const QString &label, qsizetype end, qsizetype from) const;

    /** Where `word` starts in text(), at or after `from` and before `startBefore`, in order. */
    QList<qsizetype> occurrences(const QString &word, qsizetype from, qsizetype startBefore) const;
    void indexPairs();
    void repairKnownVariants();
    bool repairedWithin(qsizetype start, qsizetype end) const;

    QString m_text;
    QList<int> m_token;
    QList<qsizetype> m_repaired; // positions of repaired variants
    /** The positions of text() by the two characters that start there, bucketed (counting sort):
     *  each report is searched for a few hundred labels, and a scan of the whole text per label was
     *  most of parsing. m_pairStart[b] .. m_pairStart[b + 1] are bucket b's positions, ascending. */
    std::vector<int> m_pairStart;
    std::vector<int> m_pairPositions;
};

} // namespace gk
