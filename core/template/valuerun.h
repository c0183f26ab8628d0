#pragma once

#include "layout/token.h"

#include <QList>
#include <QString>

namespace gk {

/**
 * The values that belong to one row: the first run of value tokens after the row's label, read
 * through what cannot be a label (a lone character of a vertical label printed one per line).
 */
struct ValueRun
{
    QList<int> tokens; // indices of Number and Blank tokens, in order
    int end = 0;       // the token after the run
    bool isEmpty() const { return tokens.isEmpty(); }
};

/** A row the template does not have: its label text and its values. */
struct LabelledRun
{
    int labelFirst = 0;
    int labelLast = 0;
    ValueRun values;
};

class ValueRuns
{
public:
    ValueRuns(const TokenList &tokens, const QString &simple);

    /** The first run of values in [from, to). */
    ValueRun first(int from, int to) const;
    /** Rows beyond the template in [from, to): label text followed by values. */
    QList<LabelledRun> labelledRuns(int from, int to) const;
    /** How many label characters a text token holds (punctuation and spaces aside). */
    int labelWeight(int token) const;

private:
    const TokenList &m_tokens;
    const QString &m_simple;
};

} // namespace gk
