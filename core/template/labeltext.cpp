#include "labeltext.h"

#include "labelnormalizer.h"

#include <algorithm>

namespace gk {

namespace {

constexpr int slack = 3; // characters a near match may have beyond the label's length
constexpr qsizetype stackLabel = 64; // labels up to this length align in buffers on the stack

constexpr int pairBuckets = 1 << 12; // small enough to stay in the cache

// Pairs of characters into 12 bits; a collision only costs a comparison.
int pairBucket(QChar first, QChar second)
{
    return int((first.unicode() * 0x9E37u + second.unicode()) & (pairBuckets - 1));
}

/** Two rows of the alignment table: on the stack for template labels, on the heap beyond. */
class AlignmentRows
{
public:
    explicit AlignmentRows(qsizetype width)
    {
        if (width > stackLabel) {
            m_heap.assign(2 * size_t(width), 0);
            m_previous = m_heap.data();
            m_current = m_heap.data() + width;
        } else {
            std::fill(m_stack, m_stack + 2 * width, 0);
            m_previous = m_stack;
            m_current = m_stack + width;
        }
    }
    int *previous() { return m_previous; }
    int *current() { return m_current; }
    void swap() { std::swap(m_previous, m_current); }

private:
    int m_stack[2 * stackLabel] = {};
    std::vector<int> m_heap;
    int *m_previous = nullptr;
    int *m_current = nullptr;
};

} // namespace

LabelText::LabelText(const TokenList &tokens, const QString &simple)
{
    // Written through pointers: appending character by character was a tenth of parsing.
    m_text.resize(simple.size());
    m_token.resize(simple.size());
    QChar *text = m_text.data();
    int *tokenOf = m_token.data();
    qsizetype n = 0;
    for (int t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (token.kind != Token::Kind::Text && token.kind != Token::Kind::Marker)
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
    m_text.truncate(n);
    m_token.resize(n);
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

// The best alignment of `label` starting at `start`: its longest common subsequence with the text
// that follows, ending at the last character it uses.
LabelText::Match LabelText::alignForward(const QString &label, qsizetype start, qsizetype to) const
{
    const qsizetype m = label.size();
    const qsizetype n = std::min<qsizetype>(m + slack, to - start);
    AlignmentRows rows(m + 1);
    int best = 0;
    qsizetype bestEnd = start;
    const QChar *word = label.constData();
    for (qsizetype i = 1; i <= n; ++i) {
        const QChar c = m_text.at(start + i - 1);
        const int *previous = rows.previous();
        int *current = rows.current();
        for (qsizetype j = 1; j <= m; ++j)
            current[j] = c == word[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        if (current[m] > best) {
            best = current[m];
            bestEnd = start + i;
        }
        rows.swap();
    }
    return {start, bestEnd, double(best) / double(m), repairedWithin(start, bestEnd)};
}

LabelText::Match LabelText::alignBackward(const QString &label, qsizetype end, qsizetype from) const
{
    const qsizetype m = label.size();
    const qsizetype n = std::min<qsizetype>(m + slack, end - from);
    AlignmentRows rows(m + 1);
    int best = 0;
    qsizetype bestStart = end;
    const QChar *word = label.constData();
    for (qsizetype i = 1; i <= n; ++i) {
        const QChar c = m_text.at(end - i);
        const int *previous = rows.previous();
        int *current = rows.current();
        for (qsizetype j = 1; j <= m; ++j)
            current[j] = c == word[m - j] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        if (current[m] > best) {
            best = current[m];
            bestStart = end - i;
        }
        rows.swap();
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
