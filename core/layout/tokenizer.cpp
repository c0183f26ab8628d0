#include "tokenizer.h"

#include <algorithm>

namespace gk {

namespace {

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
bool isSign(QChar c) { return c == u'-' || c == u'+' || c.unicode() == 0x2212; }
bool isBoxRule(QChar c) { return c.unicode() >= 0x2500 && c.unicode() <= 0x257F; }

// What a number is followed by when it is prose, not a table value: "2021年", "62件", "第3页".
bool isProseUnit(QChar c)
{
    switch (c.unicode()) { // asked after every number: a switch, not a search of a string
    case u'年': case u'月': case u'日': case u'号': case u'时': case u'期': case u'件': case u'条': case u'个':
    case u'次': case u'人': case u'名': case u'家': case u'余': case u'多': case u'岁': case u'页': case u'天':
    case u'周': case u'倍':
        return true;
    default:
        return false;
    }
}

bool isListPunctuation(QChar c) { return c == u'.' || c == u'、' || c == u',' || c == u'，'; }

bool isCjk(QChar c) { return c.unicode() >= 0x2E80 && !c.isSpace(); }

/** A cell boundary for sure (a line break, tab, pipe or box rule), a space, or neither. */
int separatorStrength(QChar c)
{
    if (c.unicode() > 0x3000)
        return 0; // Han characters and the rest of the text: no space or rule beyond U+3000
    if (c == u' ' || c.unicode() == 0xA0)
        return 1;
    if (c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f' || c == u'|' || c == u'\v' || isBoxRule(c))
        return 2;
    return c.isSpace() ? 1 : 0;
}

bool isPlaceholder(QChar c)
{
    return c == u'-' || c == u'—' || c == u'–' || c == u'/' || c == u'_' || c.unicode() == 0x2212;
}

class Scanner
{
public:
    Scanner(const QString &s, qsizetype from, qsizetype to, Token::Gap first, TokenList &out)
        : m_s(s)
        , m_to(to)
        , m_i(from)
        , m_gap(first)
        , m_out(out)
    {
    }

    void run()
    {
        while (m_i < m_to) {
            const QChar c = m_s.at(m_i);
            if (separatorStrength(c)) {
                skipSeparators();
                continue;
            }
            if (startsNumber(m_i))
                number();
            else if (isPlaceholder(c) && standsAlone(m_i))
                push(Token::Kind::Blank, m_i, 1), ++m_i;
            else
                text();
        }
    }

private:
    void skipSeparators()
    {
        int spaces = 0;
        Token::Gap gap = Token::Gap::Space;
        while (m_i < m_to) {
            const int strength = separatorStrength(m_s.at(m_i));
            if (!strength)
                break;
            if (strength == 2)
                gap = Token::Gap::Cell;
            else
                ++spaces;
            ++m_i;
        }
        if (spaces >= 2)
            gap = Token::Gap::Cell;
        if (gap > m_gap)
            m_gap = gap;
    }

    bool startsNumber(qsizetype i) const
    {
        const QChar c = m_s.at(i);
        if (isDigit(c))
            return true;
        return isSign(c) && i + 1 < m_to && isDigit(m_s.at(i + 1));
    }

    bool standsAlone(qsizetype i) const
    {
        const bool before = m_gap != Token::Gap::None;
        const bool after = i + 1 >= m_to || separatorStrength(m_s.at(i + 1)) > 0;
        return before && after;
    }

    void push(Token::Kind kind, qsizetype start, qsizetype length, bool atomic = false)
    {
        Token token;
        token.kind = kind;
        token.gap = m_gap;
        token.span = SourceSpan::at(start, length);
        token.atomic = atomic;
        m_out.append(token);
        m_gap = Token::Gap::None;
    }

    void pushText(qsizetype start, qsizetype end)
    {
        // Text continues the text before it when nothing separated them ("第", then "3页").
        if (!m_out.isEmpty() && m_gap == Token::Gap::None && m_out.last().kind == Token::Kind::Text &&
            m_out.last().span.end() == start) {
            m_out.last().span.length = end - m_out.last().span.start;
            return;
        }
        push(Token::Kind::Text, start, end - start);
    }

    void number()
    {
        const qsizetype start = m_i;
        qsizetype j = start;
        if (isSign(m_s.at(j)))
            ++j;
        const qsizetype digitsStart = j;
        while (j < m_to && isDigit(m_s.at(j)))
            ++j;
        bool atomic = false;
        // Thousands separators: "1,234" (never inside a run of glued cells, which has no commas).
        while (j + 3 < m_to && m_s.at(j) == u',' && isDigit(m_s.at(j + 1)) && isDigit(m_s.at(j + 2)) &&
               isDigit(m_s.at(j + 3)) && (j + 4 >= m_to || !isDigit(m_s.at(j + 4)))) {
            j += 4;
            atomic = true;
        }
        if (j + 1 < m_to && m_s.at(j) == u'.' && isDigit(m_s.at(j + 1))) {
            j += 1;
            while (j < m_to && isDigit(m_s.at(j)))
                ++j;
            atomic = true;
        }
        const QChar before = start > 0 ? m_s.at(start - 1) : QChar();
        const QChar after = j < m_to ? m_s.at(j) : QChar();
        // "2020 年", "第 3 页": a space between a number and its word changes nothing.
        qsizetype next = j;
        while (next < m_to && m_s.at(next) == u' ')
            ++next;
        qsizetype previous = start - 1;
        while (previous > 0 && m_s.at(previous) == u' ')
            --previous;
        if ((next > j && next < m_to && isProseUnit(m_s.at(next))) || (previous < start - 1 && previous >= 0 && m_s.at(previous) == u'第')) {
            pushText(start, j);
            m_i = j;
            return;
        }
        const bool asciiWord = (before.unicode() < 0x80 && before.isLetter()) || (after.unicode() < 0x80 && after.isLetter());
        if (before == u'第' || isProseUnit(after) || asciiWord || (after == u'万' && QStringView(m_s).mid(j, 2) != u"万元")) {
            pushText(start, j);
            m_i = j;
            return;
        }
        // A list number glued after a row's values: "00000002.其他法律…"; its last digit is the marker.
        if (!atomic && j < m_to && isListPunctuation(after) && digitsStart < j) {
            qsizetype k = j + 1;
            while (k < m_to && m_s.at(k) == u' ')
                ++k;
            // A list number before its label, or cut off at the end of the text ("6." of a truncated file).
            // "4.第二十条…" is a stray full stop after a value, not a list number before a row label.
            if (k >= m_to || (isCjk(m_s.at(k)) && m_s.at(k) != u'第') || m_s.at(k) == u'\n') {
                if (j - 1 > start)
                    push(Token::Kind::Number, start, j - 1 - start);
                push(Token::Kind::Marker, j - 1, 2);
                m_i = j + 1;
                return;
            }
        }
        qsizetype end = j;
        if (QStringView(m_s).mid(j, 2) == u"万元") {
            end += 2;
            atomic = true;
        } else if (after == u'元' || after == u'笔' || after == u'%') {
            end += 1;
            atomic = true;
        }
        push(Token::Kind::Number, start, end - start, atomic);
        m_i = end;
    }

    void text()
    {
        const qsizetype start = m_i;
        qsizetype j = m_i + 1;
        while (j < m_to && !separatorStrength(m_s.at(j)) && !startsNumber(j))
            ++j;
        pushText(start, j);
        m_i = j;
    }

    const QString &m_s;
    const qsizetype m_to;
    qsizetype m_i;
    Token::Gap m_gap;
    TokenList &m_out;
};

void copyPlace(TokenList &tokens, qsizetype from, const SourceSpan &cell)
{
    if (cell.page < 0)
        return;
    for (qsizetype t = from; t < tokens.size(); ++t) {
        tokens[t].span.page = cell.page;
        tokens[t].span.box = cell.box;
    }
}

// True when a cell's tokens are values only (or nothing); "无" alone stands for nothing written.
bool holdsValuesOnly(const TokenList &tokens, const QString &simple)
{
    for (const Token &token : tokens) {
        if (!token.isValue() && !(tokens.size() == 1 && QStringView(simple).mid(token.span.start, token.span.length) == u"无"))
            return false;
    }
    return true;
}

void tableRow(const RawRow &row, const QString &simple, TokenList &out)
{
    const auto isEmpty = [&](const RawCell &cell) {
        for (qsizetype i = cell.span.start; i < cell.span.end(); ++i) {
            if (!simple.at(i).isSpace())
                return false;
        }
        return true;
    };
    // Each cell scanned once: its tokens say whether it is a label, then go to the stream.
    QList<TokenList> cellTokens(row.cells.size());
    int lastLabel = -1;
    for (int i = 0; i < row.cells.size(); ++i) {
        const RawCell &cell = row.cells.at(i);
        if (!cell.span.isValid() || isEmpty(cell))
            continue;
        Tokenizer::scan(simple, cell.span.start, cell.span.end(), Token::Gap::Cell, cellTokens[i]);
        if (!holdsValuesOnly(cellTokens.at(i), simple))
            lastLabel = i;
    }
    for (int i = 0; i < row.cells.size(); ++i) {
        const RawCell &cell = row.cells.at(i);
        if (!cell.span.isValid())
            continue;
        if (isEmpty(cell)) {
            if (i <= lastLabel)
                continue; // placeholders of a span from above, before the row's label
            Token blank;
            blank.kind = Token::Kind::Blank;
            blank.span = cell.span;
            blank.positional = row.positionalBlanks;
            out.append(blank);
            continue;
        }
        const qsizetype before = out.size();
        out.append(cellTokens.at(i));
        if (i <= lastLabel) {
            // A label wrapped around its row's numbers (a PDF's text order) spans them in the text:
            // they belong to the value cells, not twice to the row.
            const auto inValueCell = [&](const Token &t) {
                for (int v = lastLabel + 1; v < row.cells.size(); ++v) {
                    const SourceSpan &value = row.cells.at(v).span;
                    if (t.isValue() && value.length > 0 && t.span.start >= value.start && t.span.end() <= value.end())
                        return true;
                }
                return false;
            };
            out.erase(std::remove_if(out.begin() + before, out.end(), inValueCell), out.end());
        }
        if (i > lastLabel && out.size() - before == 1) {
            // A value cell is one value: its digits are never cut into several; "无" is a blank.
            Token &only = out[before];
            if (only.kind == Token::Kind::Number)
                only.atomic = true;
            else if (only.kind == Token::Kind::Text)
                only.kind = Token::Kind::Blank;
            only.positional = only.kind == Token::Kind::Blank && row.positionalBlanks;
        }
        copyPlace(out, before, cell.span);
        if (row.columnsUndecided && i > lastLabel) {
            for (qsizetype t = before; t < out.size(); ++t)
                out[t].undecided = true;
        }
    }
}

} // namespace

void Tokenizer::scan(const QString &simple, qsizetype from, qsizetype to, Token::Gap first, TokenList &out)
{
    Scanner(simple, from, std::min<qsizetype>(to, simple.size()), first, out).run();
}

TokenList Tokenizer::tokens(const SourceDocument &document, const QString &simple)
{
    TokenList out;
    out.reserve(simple.size() / 8);
    for (const RawRow &row : document.rows) {
        if (row.kind == RawRow::Kind::PageFurniture)
            continue;
        if (row.kind == RawRow::Kind::TableRow) {
            tableRow(row, simple, out);
            continue;
        }
        if (row.cells.isEmpty()) {
            if (row.span.isValid())
                scan(simple, row.span.start, row.span.end(), Token::Gap::Cell, out);
            continue;
        }
        for (const RawCell &cell : row.cells) {
            if (!cell.span.isValid())
                continue;
            const qsizetype before = out.size();
            scan(simple, cell.span.start, cell.span.end(), Token::Gap::Cell, out);
            copyPlace(out, before, cell.span);
        }
    }
    return out;
}

} // namespace gk
