#include "valuerun.h"

#include "labelnormalizer.h"

namespace gk {

ValueRuns::ValueRuns(const TokenList &tokens, const QString &simple)
    : m_tokens(tokens)
    , m_simple(simple)
{
}

int ValueRuns::labelWeight(int token) const
{
    const Token &t = m_tokens.at(token);
    if (t.kind == Token::Kind::Marker)
        return 2;
    int weight = 0;
    for (qsizetype i = t.span.start; i < t.span.end() && weight < 2; ++i)
        weight += LabelNormalizer::isIgnorable(m_simple.at(i)) ? 0 : 1;
    return weight;
}

ValueRun ValueRuns::first(int from, int to) const
{
    to = std::min<int>(to, int(m_tokens.size()));
    ValueRun blanksOnly;
    int t = from;
    while (t < to) {
        ValueRun run;
        while (t < to && !m_tokens.at(t).isValue())
            ++t;
        bool number = false;
        for (; t < to; ++t) {
            if (m_tokens.at(t).isValue()) {
                run.tokens.append(t);
                number = number || m_tokens.at(t).kind == Token::Kind::Number;
            } else if (labelWeight(t) >= 2) {
                break;
            }
        }
        run.end = t;
        if (number || t >= to)
            return number || blanksOnly.isEmpty() ? run : blanksOnly;
        // Empty cells of a header row are not the row's values: read on.
        if (blanksOnly.isEmpty())
            blanksOnly = run;
    }
    ValueRun none;
    none.end = to;
    return blanksOnly.isEmpty() ? none : blanksOnly;
}

QList<LabelledRun> ValueRuns::labelledRuns(int from, int to) const
{
    QList<LabelledRun> out;
    to = std::min<int>(to, int(m_tokens.size()));
    int t = from;
    while (t < to) {
        while (t < to && (m_tokens.at(t).isValue() || labelWeight(t) < 2))
            ++t;
        if (t >= to)
            break;
        LabelledRun row;
        row.labelFirst = t;
        while (t < to && !m_tokens.at(t).isValue())
            ++t;
        row.labelLast = t - 1;
        row.values = first(t, to);
        t = row.values.end;
        if (std::any_of(row.values.tokens.cbegin(), row.values.tokens.cend(),
                        [&](int v) { return m_tokens.at(v).kind == Token::Kind::Number; }))
            out.append(row);
    }
    return out;
}

} // namespace gk
