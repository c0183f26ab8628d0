#include "rowreader.h"

#include "valueparser.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace gk {

namespace {

// Bounds the search on hostile input (a line of thousands of digits): enough for any real row.
constexpr int maximumReadings = 2000;
constexpr long maximumSteps = 100'000;
// Cuts times column choices tried for one row: a fuzzed row of 15 columns had millions (seconds,
// a minute under the sanitizers); a real row needs far fewer, and one that needs more is a guess.
constexpr long maximumCandidates = 100'000;
constexpr int maximumDigitsPerValue = 9;

bool isDigitChar(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

// A piece of a digit run, its sign included, as a number; read here rather than by QString::toDouble,
// which cost more than the rest of cutting a row. What is not a number reads as 0, as toDouble has it.
double digitsValue(QStringView digits)
{
    const bool hasSign = !digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+');
    double number = 0;
    for (const QChar d : digits.mid(hasSign ? 1 : 0)) {
        if (!isDigitChar(d))
            return 0;
        number = number * 10 + (d.unicode() - u'0');
    }
    return hasSign && digits.front() == u'-' ? -number : number;
}

// Every order-preserving choice of `count` columns out of `columns`, leftmost first.
void chooseColumns(int count, int columns, QList<int> &current, QList<QList<int>> &out, long &steps)
{
    if (out.size() >= maximumReadings || ++steps > maximumSteps)
        return;
    if (current.size() == count) {
        out.append(current);
        return;
    }
    const int first = current.isEmpty() ? 0 : current.last() + 1;
    for (int c = first; c <= columns - (count - int(current.size())); ++c) {
        current.append(c);
        chooseColumns(count, columns, current, out, steps);
        current.removeLast();
    }
}

} // namespace

RowReader::RowReader(const TokenList &tokens, const QString &text, const QString &simple)
    : m_tokens(tokens)
    , m_text(text)
    , m_simple(simple)
{
}

RowReading RowReader::inOrder(const QList<int> &items, const TableSpec &spec) const
{
    const int columns = int(spec.columns.size());
    RowReading r;
    r.numbers.resize(columns);
    r.values.resize(columns);
    r.spans.resize(columns);
    for (int c = 0; c < columns && c < items.size(); ++c) {
        const Token &t = m_tokens.at(items.at(c));
        r.spans[c] = t.span;
        const QString text = m_text.mid(t.span.start, t.span.length);
        r.values[c] = t.kind == Token::Kind::Blank ? CellValue::blank(text) : ValueParser::parse(text, spec.columns.at(c).amount);
        if (r.values.at(c).isNumber())
            r.numbers[c] = r.values.at(c).number();
    }
    return r;
}

QList<QList<RowReader::Piece>> RowReader::splits(const QList<Group> &groups, int count) const
{
    // Digits left after each group, to prune cuts that cannot make `count` values.
    QList<int> capacityAfter(groups.size() + 1, 0);
    for (int g = int(groups.size()) - 1; g >= 0; --g) {
        int digits = 0;
        for (const QChar c : groups.at(g).digits)
            digits += isDigitChar(c) ? 1 : 0;
        capacityAfter[g] = capacityAfter.at(g + 1) + (groups.at(g).whole ? 1 : digits);
    }
    // Depth first, a piece at a time (a class of its own: a recursive std::function cost a third
    // of cutting a row).
    struct Cutter
    {
        const QList<Group> &groups;
        const QList<int> &capacityAfter;
        int count;
        QList<QList<Piece>> out;
        QList<Piece> current;
        long steps = 0;

        void cut(int g, qsizetype offset)
        {
            if (out.size() >= maximumReadings || ++steps > maximumSteps)
                return;
            if (g == groups.size()) {
                if (current.size() == count)
                    out.append(current);
                return;
            }
            const Group &group = groups.at(g);
            if (offset == group.digits.size()) {
                cut(g + 1, 0);
                return;
            }
            if (group.whole) {
                current.append({g, 0, group.digits.size()});
                cut(g + 1, 0);
                current.removeLast();
                return;
            }
            // What is left of this group makes at least one value, each later group at least one.
            const int needed = count - int(current.size());
            int digitsLeft = 0;
            for (qsizetype i = offset; i < group.digits.size(); ++i)
                digitsLeft += isDigitChar(group.digits.at(i)) ? 1 : 0;
            if (needed < int(groups.size()) - g || needed > digitsLeft + capacityAfter.at(g + 1))
                return;
            qsizetype start = offset;
            if (offset == 0 && !isDigitChar(group.digits.at(0)))
                ++start; // the sign belongs to the first value
            const qsizetype available = group.digits.size() - start;
            if (available <= 0)
                return;
            const qsizetype longest = group.digits.at(start) == u'0' ? 1 : std::min<qsizetype>(available, maximumDigitsPerValue);
            for (qsizetype length = 1; length <= longest; ++length) {
                current.append({g, offset, start - offset + length});
                cut(g, start + length);
                current.removeLast();
            }
        }
    };
    Cutter cutter{groups, capacityAfter, count, {}, {}, 0};
    cutter.cut(0, 0);
    return cutter.out;
}

RowReading RowReader::reading(const QList<Group> &groups, const QList<Piece> &pieces, const QList<int> &columns,
                              const TableSpec &spec) const
{
    const int n = int(spec.columns.size());
    RowReading r;
    r.numbers.resize(n);
    r.values.resize(n);
    r.spans.resize(n);
    for (int i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces.at(i);
        const Group &g = groups.at(p.group);
        const int c = columns.at(i);
        const Token &t = m_tokens.at(g.token);
        SourceSpan span = t.span;
        span.start = g.start + p.offset;
        span.length = p.length;
        const bool lastOfGroup = g.whole || p.offset + p.length >= g.digits.size();
        if (lastOfGroup)
            span.length += g.tail;
        r.spans[c] = span;
        const QString text = m_text.mid(span.start, span.length);
        r.values[c] = g.whole || (lastOfGroup && g.tail > 0)
                          ? ValueParser::parse(text, spec.columns.at(c).amount)
                          : CellValue::number(digitsValue(QStringView(g.digits).mid(p.offset, p.length)), text);
        if (r.values.at(c).isNumber())
            r.numbers[c] = r.values.at(c).number();
    }
    return r;
}

ColumnPlacer::Placement RowReader::numbers(const QList<Group> &groups, const QList<Piece> &pieces, const QList<int> &columns,
                                           const TableSpec &spec) const
{
    ColumnPlacer::Placement out(spec.columns.size());
    for (int i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces.at(i);
        const Group &g = groups.at(p.group);
        const int c = columns.at(i);
        const bool lastOfGroup = g.whole || p.offset + p.length >= g.digits.size();
        if (g.whole || (lastOfGroup && g.tail > 0)) {
            const CellValue value = ValueParser::parse(m_text.mid(g.start + p.offset, p.length + (lastOfGroup ? g.tail : 0)),
                                                       spec.columns.at(c).amount);
            if (value.isNumber())
                out[c] = value.number();
            continue;
        }
        out[c] = digitsValue(QStringView(g.digits).mid(p.offset, p.length));
    }
    return out;
}

RowReader::Result RowReader::read(const ValueRun &run, const TableSpec &spec, const ColumnPlacer::RowConstraint &fits) const
{
    Result result;
    const int n = int(spec.columns.size());
    QList<int> items = run.tokens;
    const auto isBlank = [&](int t) { return m_tokens.at(t).kind == Token::Kind::Blank; };
    // Padding of a pipe row is not a cell; blanks of a true grid stand where they are.
    while (!items.isEmpty() && isBlank(items.last()) && !m_tokens.at(items.last()).positional)
        items.removeLast();
    while (items.size() > n && isBlank(items.last()))
        items.removeLast();
    while (items.size() > n && isBlank(items.first()))
        items.removeFirst();
    if (items.isEmpty())
        return result;
    result.undecided = std::any_of(items.cbegin(), items.cend(), [&](int t) { return m_tokens.at(t).undecided; });
    bool glued = false;
    for (int i = 1; i < items.size(); ++i)
        glued = glued || m_tokens.at(items.at(i)).gap == Token::Gap::None;
    QList<int> valueTokens;
    for (int t : std::as_const(items)) {
        if (!isBlank(t))
            valueTokens.append(t);
    }
    // The cells are known: as many as columns, none glued to the next.
    if (!glued && items.size() == n) {
        result.readings.append(inOrder(items, spec));
        return result;
    }
    if (!glued && valueTokens.size() == n) {
        result.readings.append(inOrder(valueTokens, spec));
        return result;
    }
    if (valueTokens.isEmpty())
        return result;

    // Cut digit runs and spread values over the columns.
    QList<Group> groups;
    for (int i = 0; i < valueTokens.size(); ++i) {
        const int t = valueTokens.at(i);
        const Token &token = m_tokens.at(t);
        const bool endsCell = t + 1 >= m_tokens.size() || m_tokens.at(t + 1).gap == Token::Gap::Cell;
        Group g;
        g.token = t;
        g.start = token.span.start;
        g.digits = m_simple.mid(token.span.start, token.span.length);
        // A value alone between cell boundaries is one cell, unless it is the row's only run of
        // digits (a row whose separators were all lost, on a line of its own).
        g.whole = token.gap == Token::Gap::Cell && endsCell && valueTokens.size() > 1;
        if (!g.whole && token.atomic) {
            // "2895.90元" glued to the values before it: its digits can be cut, the decimal part
            // and the unit stay with the last value.
            qsizetype digitsEnd = isDigitChar(g.digits.at(0)) ? 0 : 1;
            while (digitsEnd < g.digits.size() && isDigitChar(g.digits.at(digitsEnd)))
                ++digitsEnd;
            if (g.digits.contains(u',') || digitsEnd == 0) {
                g.whole = true;
            } else {
                g.tail = g.digits.size() - digitsEnd;
                g.digits.truncate(digitsEnd);
            }
        }
        groups.append(g);
    }
    int most = 0;
    for (const Group &g : std::as_const(groups)) {
        int digits = 0;
        for (const QChar c : g.digits)
            digits += isDigitChar(c) ? 1 : 0;
        most += g.whole ? 1 : digits;
    }
    most = std::min(most, n);
    // The readings of the most values, kept in case none fits: built only then.
    QList<std::pair<QList<Piece>, QList<int>>> unconstrained;
    long candidates = 0;
    for (int count = most; count >= int(groups.size()) && count > 0 && candidates < maximumCandidates; --count) {
        const QList<QList<Piece>> cuts = splits(groups, count);
        QList<QList<int>> placements;
        QList<int> current;
        long steps = 0;
        chooseColumns(count, n, current, placements, steps);
        const auto enough = [&] { return result.readings.size() >= maximumReadings || candidates >= maximumCandidates; };
        for (const QList<Piece> &pieces : cuts) {
            for (const QList<int> &columns : std::as_const(placements)) {
                ++candidates;
                if (!fits || fits(numbers(groups, pieces, columns, spec)))
                    result.readings.append(reading(groups, pieces, columns, spec));
                else if (unconstrained.size() < maximumReadings && count == most)
                    unconstrained.append({pieces, columns});
                if (enough())
                    break;
            }
            if (enough())
                break;
        }
        result.cut = count > int(groups.size()) || std::any_of(groups.cbegin(), groups.cend(), [](const Group &g) {
                         return !g.whole && g.digits.size() > 1;
                     });
        if (!result.readings.isEmpty())
            break;
    }
    if (result.readings.isEmpty()) {
        for (const auto &[pieces, columns] : std::as_const(unconstrained))
            result.readings.append(reading(groups, pieces, columns, spec));
    }

    // Most plausible first: a yearly change never takes the count below zero, values of like
    // length, the last (a total) the longest.
    const int prev = spec.columnIndex(QStringLiteral("prev_count"));
    const int change = spec.columnIndex(QStringLiteral("change"));
    const auto implausible = [&](const RowReading &r) {
        if (prev < 0 || change < 0)
            return false;
        const double p = r.numbers.at(prev).value_or(0), c = r.numbers.at(change).value_or(0);
        return std::abs(c) > p || p + c < 0;
    };
    const auto spread = [](const RowReading &r) {
        qsizetype shortest = 99, longest = 0;
        for (const SourceSpan &s : r.spans) {
            if (!s.isValid())
                continue;
            shortest = std::min(shortest, s.length);
            longest = std::max(longest, s.length);
        }
        return longest - shortest;
    };
    std::stable_sort(result.readings.begin(), result.readings.end(), [&](const RowReading &a, const RowReading &b) {
        if (implausible(a) != implausible(b))
            return !implausible(a);
        if (spread(a) != spread(b))
            return spread(a) < spread(b);
        return a.spans.last().length > b.spans.last().length;
    });
    return result;
}

} // namespace gk
