#include "labeltext.h"

#include "labelnormalizer.h"

#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <vector>

namespace gk {

namespace {

constexpr int slack = 3; // characters a near match may have beyond the label's length
constexpr int pairBuckets = 1 << 12; // small enough to stay in the cache

// Pairs of characters into 12 bits; a collision only costs a comparison.
int pairBucket(QChar first, QChar second)
{
    return int((first.unicode() * 0x9E37u + second.unicode()) & (pairBuckets - 1));
}

} // namespace

LabelText::LabelText(const TokenList &tokens, const QString &simple)
{
    // Written through pointers (appending character by character was a tenth of parsing), into
    // buffers of the exact size (a 50 MB report must stay within its memory bound).
    const auto isLabelToken = [](const Token &token) {
        return token.kind == Token::Kind::Text || token.kind == Token::Kind::Marker;
    };
    qsizetype size = 0;
    for (const Token &token : tokens) {
        if (!isLabelToken(token))
            continue;
        for (qsizetype i = token.span.start; i < token.span.end(); ++i)
            size += LabelNormalizer::isIgnorable(simple.at(i)) ? 0 : 1;
    }
    m_text.resize(size);
    m_token.resize(size);
    QChar *text = m_text.data();
    int *tokenOf = m_token.data();
    qsizetype n = 0;
    for (int t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (!isLabelToken(token))
            continue;
        const QChar *from = simple.constData() + token.span.start;
        const QChar *to = simple.constData() + token.span.end();
        for (const QChar *c = from; c < to; ++c) {
            if (LabelNormalizer::isIgnorable(*c))
                continue;
            text[n] = *c;
            tokenOf[n] = t;
            ++n;
        }
    }
    indexPairs();
    repairKnownVariants();
}

void LabelText::indexPairs()
{
    const qsizetype pairs = std::max<qsizetype>(0, m_text.size() - 1);
    m_pairStart.assign(pairBuckets + 1, 0);
    for (qsizetype i = 0; i < pairs; ++i)
        ++m_pairStart[pairBucket(m_text.at(i), m_text.at(i + 1)) + 1];
    for (int b = 0; b < pairBuckets; ++b)
        m_pairStart[b + 1] += m_pairStart[b];
    m_pairPositions.resize(size_t(pairs));
    std::vector<int> next(m_pairStart.begin(), m_pairStart.end() - 1);
    for (qsizetype i = 0; i < pairs; ++i)
        m_pairPositions[size_t(next[pairBucket(m_text.at(i), m_text.at(i + 1))]++)] = int(i);
}

QList<qsizetype> LabelText::occurrences(const QString &word, qsizetype from, qsizetype startBefore) const
{
    QList<qsizetype> out;
    if (word.isEmpty())
        return out;
    if (word.size() == 1) {
        for (qsizetype at = m_text.indexOf(word, from); at >= 0 && at < startBefore; at = m_text.indexOf(word, at + 1))
            out.append(at);
        return out;
    }
    if (m_pairPositions.empty())
        return out;
    const int bucket = pairBucket(word.at(0), word.at(1));
    const auto begin = m_pairPositions.begin() + m_pairStart[bucket];
    const auto end = m_pairPositions.begin() + m_pairStart[bucket + 1];
    const QStringView text(m_text);
    for (auto it = std::lower_bound(begin, end, from); it != end && *it < startBefore; ++it) {
        if (text.mid(*it).startsWith(word))
            out.append(*it);
    }
    return out;
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
        for (const qsizetype at : occurrences(typo, 0, m_text.size())) {
            m_text.replace(at, typo.size(), correct);
            m_repaired.append(at);
        }
    }
    if (!m_repaired.isEmpty())
        indexPairs(); // the repaired characters start other pairs
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
    for (const qsizetype at : occurrences(label, from, to - label.size() + 1))
        out.append({at, at + label.size(), 1.0, repairedWithin(at, at + label.size())});
    return out;
}

namespace {

struct Alignment
{
    int length = 0;     // of the longest common subsequence
    qsizetype read = 0; // text characters read when it was first reached
};

/**
 * The longest common subsequence of `label` (read backwards when `reversed`) with the first n
 * characters of a text, and how few of them reach it. Labels of up to 64 characters use Hyyrö's
 * bit-parallel recurrence (one machine word per text character; this was the costliest loop of
 * finding near matches), longer ones a row of the table per text character.
 */
template <typename CharAt>
Alignment bestAlignment(const QString &label, bool reversed, qsizetype n, CharAt charAt)
{
    const qsizetype m = label.size();
    const auto labelAt = [&](qsizetype j) { return reversed ? label.at(m - 1 - j) : label.at(j); };
    Alignment best;
    if (m <= 64) {
        // Where each of the label's characters stands in it, as bits, in a small open-addressed table.
        constexpr int slots = 128;
        std::array<char16_t, slots> key{};
        std::array<quint64, slots> at{};
        const auto slotOf = [&](char16_t c) {
            int k = (c * 0x9E37u) >> 9 & (slots - 1);
            while (at[k] != 0 && key[k] != c)
                k = (k + 1) & (slots - 1);
            return k;
        };
        for (qsizetype j = 0; j < m; ++j) {
            const int k = slotOf(labelAt(j).unicode());
            key[k] = labelAt(j).unicode();
            at[k] |= 1ull << j;
        }
        const quint64 used = m == 64 ? ~0ull : (1ull << m) - 1;
        quint64 v = used;
        for (qsizetype i = 1; i <= n; ++i) {
            const quint64 matches = at[slotOf(charAt(i - 1).unicode())];
            const quint64 u = v & matches;
            v = ((v + u) | (v - u)) & used;
            const int length = int(m) - int(qPopulationCount(v));
            if (length > best.length)
                best = {length, i};
        }
        return best;
    }
    std::vector<int> previous(size_t(m + 1), 0), current(size_t(m + 1), 0);
    for (qsizetype i = 1; i <= n; ++i) {
        const QChar c = charAt(i - 1);
        for (qsizetype j = 1; j <= m; ++j)
            current[j] = c == labelAt(j - 1) ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        if (current[m] > best.length)
            best = {current[m], i};
        std::swap(previous, current);
    }
    return best;
}

} // namespace

// The best alignment of `label` starting at `start`: its longest common subsequence with the text
// that follows, ending at the last character it uses.
LabelText::Match LabelText::alignForward(const QString &label, qsizetype start, qsizetype to) const
{
    const qsizetype n = std::min<qsizetype>(label.size() + slack, to - start);
    const Alignment a = bestAlignment(label, false, n, [&](qsizetype i) { return m_text.at(start + i); });
    const qsizetype end = start + a.read;
    return {start, end, double(a.length) / double(label.size()), repairedWithin(start, end)};
}

LabelText::Match LabelText::alignBackward(const QString &label, qsizetype end, qsizetype from) const
{
    const qsizetype n = std::min<qsizetype>(label.size() + slack, end - from);
    const Alignment a = bestAlignment(label, true, n, [&](qsizetype i) { return m_text.at(end - 1 - i); });
    const qsizetype start = end - a.read;
    return {start, end, double(a.length) / double(label.size()), repairedWithin(start, end)};
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
    // A near match through an exact one is dropped below: not worth aligning.
    const auto insideExact = [&](qsizetype position) {
        return std::any_of(out.cbegin(), out.cend(), [&](const Match &known) { return position >= known.start && position < known.end; });
    };
    QList<Match> near;
    for (const qsizetype at : occurrences(head, from, to)) {
        if (insideExact(at))
            continue;
        const Match match = alignForward(label, at, to);
        if (match.score >= threshold)
            near.append(match);
    }
    for (const qsizetype at : occurrences(tail, from, to - keyLength + 1)) {
        if (insideExact(at + keyLength - 1))
            continue;
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
