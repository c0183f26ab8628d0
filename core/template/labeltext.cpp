#include "labeltext.h"

#include "labelnormalizer.h"

#include <algorithm>

namespace gk {

namespace {

constexpr int slack = 3; // characters a near match may have beyond the label's length

} // namespace

LabelText::LabelText(const TokenList &tokens, const QString &simple)
{
    m_text.reserve(simple.size() / 2);
    m_token.reserve(simple.size() / 2);
    for (int t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (token.kind != Token::Kind::Text && token.kind != Token::Kind::Marker)
            continue;
        for (qsizetype i = token.span.start; i < token.span.end(); ++i) {
            const QChar c = simple.at(i);
            if (LabelNormalizer::isIgnorable(c))
                continue;
            m_text.append(c);
            m_token.append(t);
        }
    }
    repairKnownVariants();
}

// Typos of report-model.md that keep the label's length, repaired in place so that the label is
// found exactly; the repair is remembered for the label.variant finding.
void LabelText::repairKnownVariants()
{
    struct Variant
    {
        const char16_t *typo;
        const char16_t *correct;
    };
    static constexpr Variant variants[] = {
        {u"危机三安全", u"危及三安全"}, {u"冇效", u"有效"}, {u"予已公开", u"予以公开"},
        {u"行政查询事务", u"行政查询事项"},
    };
    for (const Variant &v : variants) {
        const QString typo = QString::fromUtf16(v.typo);
        const QString correct = QString::fromUtf16(v.correct);
        if (typo.size() != correct.size())
            continue;
        for (qsizetype at = m_text.indexOf(typo); at >= 0; at = m_text.indexOf(typo, at + 1)) {
            m_text.replace(at, typo.size(), correct);
            m_repaired.append(at);
        }
    }
}

bool LabelText::repairedWithin(qsizetype start, qsizetype end) const
{
    return std::any_of(m_repaired.begin(), m_repaired.end(), [&](qsizetype at) { return at >= start && at < end; });
}

qsizetype LabelText::positionOfToken(int token) const
{
    return std::lower_bound(m_token.begin(), m_token.end(), token) - m_token.begin();
}

QList<LabelText::Match> LabelText::findExact(const QString &label, qsizetype from, qsizetype to) const
{
    QList<Match> out;
    if (label.isEmpty())
        return out;
    for (qsizetype at = m_text.indexOf(label, from); at >= 0 && at + label.size() <= to;
         at = m_text.indexOf(label, at + 1))
        out.append({at, at + label.size(), 1.0, repairedWithin(at, at + label.size())});
    return out;
}

// The best alignment of `label` starting at `start`: its longest common subsequence with the text
// that follows, ending at the last character it uses.
LabelText::Match LabelText::alignForward(const QString &label, qsizetype start, qsizetype to) const
{
    const qsizetype m = label.size();
    const qsizetype n = std::min<qsizetype>(m + slack, to - start);
    QList<int> previous(m + 1, 0), current(m + 1, 0);
    int best = 0;
    qsizetype bestEnd = start;
    for (qsizetype i = 1; i <= n; ++i) {
        const QChar c = m_text.at(start + i - 1);
        for (qsizetype j = 1; j <= m; ++j)
            current[j] = c == label.at(j - 1) ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        if (current[m] > best) {
            best = current[m];
            bestEnd = start + i;
        }
        std::swap(previous, current);
    }
    return {start, bestEnd, double(best) / double(m), repairedWithin(start, bestEnd)};
}

LabelText::Match LabelText::alignBackward(const QString &label, qsizetype end, qsizetype from) const
{
    const qsizetype m = label.size();
    const qsizetype n = std::min<qsizetype>(m + slack, end - from);
    QList<int> previous(m + 1, 0), current(m + 1, 0);
    int best = 0;
    qsizetype bestStart = end;
    for (qsizetype i = 1; i <= n; ++i) {
        const QChar c = m_text.at(end - i);
        for (qsizetype j = 1; j <= m; ++j)
            current[j] = c == label.at(m - j) ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        if (current[m] > best) {
            best = current[m];
            bestStart = end - i;
        }
        std::swap(previous, current);
    }
    return {bestStart, end, double(best) / double(m), repairedWithin(bestStart, end)};
}

QList<LabelText::Match> LabelText::find(const QString &label, qsizetype from, qsizetype to, double threshold) const
{
    to = std::min<qsizetype>(to, m_text.size());
    QList<Match> out = findExact(label, from, to);
    const qsizetype m = label.size();
    if (m < 6)
        return out; // short labels only as printed: near matches of them are other words
    // Near matches start with the label's first characters or end with its last ones.
    const qsizetype keyLength = m >= 8 ? 4 : 3;
    const QString head = label.left(keyLength);
    const QString tail = label.right(keyLength);
    QList<Match> near;
    for (qsizetype at = m_text.indexOf(head, from); at >= 0 && at < to; at = m_text.indexOf(head, at + 1)) {
        const Match match = alignForward(label, at, to);
        if (match.score >= threshold)
            near.append(match);
    }
    for (qsizetype at = m_text.indexOf(tail, from); at >= 0 && at + keyLength <= to;
         at = m_text.indexOf(tail, at + 1)) {
        const Match match = alignBackward(label, at + keyLength, from);
        if (match.score >= threshold)
            near.append(match);
    }
    // A near match is never as good as the label as printed, even when it holds all of it.
    for (Match &match : near)
        match.score = std::min(match.score, 0.99);
    std::stable_sort(near.begin(), near.end(), [](const Match &a, const Match &b) { return a.score > b.score; });
    for (const Match &candidate : std::as_const(near)) {
        const bool overlapsBetter = std::any_of(out.cbegin(), out.cend(), [&](const Match &known) {
            return candidate.start < known.end && known.start < candidate.end;
        });
        if (!overlapsBetter)
            out.append(candidate);
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.score > b.score;
    });
    return out;
}

} // namespace gk
