#include "rtfreader.h"

#include "codepagedecoder.h"
#include "documentbuilder.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <map>

namespace gk {

namespace {

enum class Destination { Text, FontTable, Skip };

struct GroupState
{
    Destination destination = Destination::Text;
    int unicodeFallback = 1; // \ucN
    int font = -1;
    bool hidden = false;
    bool inTable = false;
};

/** One \cellx of a row definition with the merge flags given before it. */
struct CellDefinition
{
    int right = 0;
    bool verticalFirst = false;
    bool verticalContinue = false;
    bool horizontalFirst = false;
    bool horizontalContinue = false;
};

struct ReadCell
{
    QString text;
    int left = 0;
    CellDefinition definition;
};

using ReadRow = QList<ReadCell>;

class Parser
{
public:
    Parser(const QByteArray &bytes, DocumentBuilder *builder)
        : m_bytes(bytes)
        , m_builder(builder)
    {
    }

    /** False when the bytes are not RTF at all. */
    bool run()
    {
        qsizetype start = 0;
        while (start < m_bytes.size() && m_bytes.at(start) != '{')
            ++start;
        if (!m_bytes.mid(start, 5).startsWith("{\\rtf"))
            return false;
        m_pos = start;
        m_stack.append(GroupState());
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes.at(m_pos);
            if (c == '{') {
                ++m_pos;
                openGroup();
            } else if (c == '}') {
                ++m_pos;
                closeGroup();
            } else if (c == '\\') {
                controlWord();
            } else {
                ++m_pos;
                character(c);
            }
        }
        finishParagraph(false);
        flushTable();
        return true;
    }

    bool unbalanced() const { return m_stack.size() > 1 || m_overflowDepth > 0 || m_extraClose; }
    int documentCodePage() const { return m_documentCodePage; }

private:
    static constexpr qsizetype maximumDepth = 2000;

    GroupState &state()
    {
        if (m_overflowDepth > 0) {
            m_skipped = GroupState(); // what words inside the skipped groups set is dropped
            m_skipped.destination = Destination::Skip;
            return m_skipped;
        }
        return m_stack.last();
    }

    void openGroup()
    {
        flushBytes();
        m_fallbackLeft = 0;
        // A group nested deeper than any document needs is data, not text: it and everything in it
        // are skipped, counted instead of stacked so that a file of braces cannot exhaust memory.
        if (m_stack.size() >= maximumDepth || m_overflowDepth > 0) {
            ++m_overflowDepth;
            return;
        }
        m_stack.append(m_stack.last());
    }

    void closeGroup()
    {
        flushBytes();
        m_fallbackLeft = 0;
        if (m_overflowDepth > 0)
            --m_overflowDepth;
        else if (m_stack.size() > 1)
            m_stack.removeLast();
        else
            m_extraClose = true;
    }

    void controlWord()
    {
        ++m_pos; // the backslash
        if (m_pos >= m_bytes.size())
            return;
        const char c = m_bytes.at(m_pos);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            ++m_pos;
            controlSymbol(c);
            return;
        }
        const qsizetype nameStart = m_pos;
        while (m_pos < m_bytes.size() && ((m_bytes.at(m_pos) >= 'a' && m_bytes.at(m_pos) <= 'z') ||
                                          (m_bytes.at(m_pos) >= 'A' && m_bytes.at(m_pos) <= 'Z')))
            ++m_pos;
        const QByteArray name = m_bytes.mid(nameStart, m_pos - nameStart);
        bool hasParameter = false;
        long long parameter = 0;
        bool negative = false;
        if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == '-') {
            negative = true;
            ++m_pos;
        }
        int digits = 0;
        while (m_pos < m_bytes.size() && m_bytes.at(m_pos) >= '0' && m_bytes.at(m_pos) <= '9') {
            if (digits++ < 12)
                parameter = parameter * 10 + (m_bytes.at(m_pos) - '0');
            ++m_pos;
        }
        hasParameter = digits > 0;
        if (negative)
            parameter = -parameter;
        if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == ' ')
            ++m_pos; // the delimiting space belongs to the control word
        word(name, hasParameter, int(std::clamp<long long>(parameter, INT_MIN, INT_MAX)));
    }

    void controlSymbol(char c)
    {
        switch (c) {
        case '\'': {
            const QByteArray hex = m_bytes.mid(m_pos, 2);
            m_pos += hex.size();
            bool ok = false;
            const int value = hex.toInt(&ok, 16);
            if (ok)
                byte(char(value));
            return;
        }
        case '*':
            state().destination = Destination::Skip;
            return;
        case '~':
            text(QChar(0x00A0));
            return;
        case '_':
            text(QLatin1Char('-'));
            return;
        case '\\':
        case '{':
        case '}':
            character(c);
            return;
        case '\n':
        case '\r':
            paragraph(); // "\<newline>" is a \par
            return;
        case '\t':
            text(QLatin1Char(' '));
            return;
        default:
            return; // \- optional hyphen, \: index subentry, \| formula
        }
    }

    static bool isSkippedDestination(const QByteArray &name)
    {
        static const QSet<QByteArray> names = {
            "colortbl",   "stylesheet", "info",      "pict",       "header",     "headerl",    "headerr",
            "headerf",    "footer",     "footerl",   "footerr",    "footerf",    "footnote",   "annotation",
            "object",     "objdata",    "fldinst",   "xe",         "tc",         "txe",        "datafield",
            "themedata",  "colorschememapping", "latentstyles", "datastore", "listtable", "listoverridetable",
            "revtbl",     "rsidtbl",    "generator", "xmlnstbl",   "mmathPr",    "pgdsctbl",   "nonshppict",
            "private",    "template",   "filetbl",   "docvar",     "userprops",  "atnid",      "atnauthor",
            "bkmkstart",  "bkmkend",    "shpinst",   "sp",         "sn",         "sv",         "fonttbl2"};
        return names.contains(name);
    }

    void word(const QByteArray &name, bool hasParameter, int parameter)
    {
        GroupState &s = state();
        if (name == "bin") {
            // Binary data of the given length: skipped whatever it holds.
            flushBytes();
            m_pos = std::min<qsizetype>(m_bytes.size(), m_pos + std::max(0, parameter));
            return;
        }
        if (s.destination == Destination::Skip)
            return;
        if (s.destination == Destination::FontTable) {
            if (name == "f" && hasParameter)
                m_fontDefinition = parameter;
            else if (name == "fcharset" && hasParameter)
                m_fontCodePages[m_fontDefinition] = CodePageDecoder::codePageOfCharset(parameter);
            else if (name == "cpg" && hasParameter)
                m_fontCodePages[m_fontDefinition] = parameter;
            return;
        }
        if (name == "fonttbl") {
            s.destination = Destination::FontTable;
            return;
        }
        if (isSkippedDestination(name)) {
            flushBytes();
            s.destination = Destination::Skip;
            return;
        }
        if (name == "u" && hasParameter) {
            flushBytes();
            text(QChar(char16_t(parameter < 0 ? parameter + 65536 : parameter)));
            m_fallbackLeft = s.unicodeFallback;
            return;
        }
        if (m_fallbackLeft > 0) {
            m_fallbackLeft = 0; // a control word ends the fallback text
        }
        if (name == "ansicpg" && hasParameter) {
            m_documentCodePage = parameter;
        } else if (name == "deff" && hasParameter) {
            m_defaultFont = parameter;
        } else if (name == "uc" && hasParameter) {
            s.unicodeFallback = std::max(0, parameter);
        } else if (name == "f" && hasParameter) {
            flushBytes();
            s.font = parameter;
        } else if (name == "v") {
            s.hidden = !hasParameter || parameter != 0;
        } else if (name == "par" || name == "sect" || name == "page" || name == "column") {
            paragraph();
        } else if (name == "pard") {
            s.inTable = false;
        } else if (name == "intbl") {
            s.inTable = true;
        } else if (name == "itap") {
            s.inTable = hasParameter && parameter > 0;
        } else if (name == "line" || name == "tab" || name == "emspace" || name == "enspace" || name == "qmspace") {
            text(QLatin1Char(' '));
        } else if (name == "nestcell" || name == "nestrow") {
            text(QLatin1Char(' ')); // a table inside a cell: its text stays in the outer cell
        } else if (name == "cell") {
            endCell();
        } else if (name == "row") {
            endRow();
        } else if (name == "trowd") {
            m_definitions.clear();
            m_pending = CellDefinition();
            m_rowLeft = 0;
        } else if (name == "trleft" && hasParameter) {
            m_rowLeft = parameter;
        } else if (name == "clvmgf") {
            m_pending.verticalFirst = true;
        } else if (name == "clvmrg") {
            m_pending.verticalContinue = true;
        } else if (name == "clmgf") {
            m_pending.horizontalFirst = true;
        } else if (name == "clmrg") {
            m_pending.horizontalContinue = true;
        } else if (name == "cellx" && hasParameter) {
            m_pending.right = parameter;
            m_definitions.append(m_pending);
            m_pending = CellDefinition();
        } else if (name == "emdash") {
            text(QChar(0x2014));
        } else if (name == "endash") {
            text(QChar(0x2013));
        } else if (name == "lquote") {
            text(QChar(0x2018));
        } else if (name == "rquote") {
            text(QChar(0x2019));
        } else if (name == "ldblquote") {
            text(QChar(0x201C));
        } else if (name == "rdblquote") {
            text(QChar(0x201D));
        } else if (name == "bullet") {
            text(QChar(0x2022));
        }
    }

    int codePage()
    {
        const GroupState &s = state();
        const auto it = m_fontCodePages.find(s.font >= 0 ? s.font : m_defaultFont);
        if (it != m_fontCodePages.end() && it->second > 0)
            return it->second;
        return m_documentCodePage;
    }

    void byte(char b)
    {
        if (m_fallbackLeft > 0) {
            --m_fallbackLeft;
            return;
        }
        if (state().destination != Destination::Text || state().hidden)
            return;
        const int page = codePage();
        if (!m_bytesPending.isEmpty() && page != m_bytesCodePage)
            flushBytes();
        m_bytesCodePage = page;
        m_bytesPending += b;
    }

    void character(char c)
    {
        if (c == '\r' || c == '\n')
            return;
        if (static_cast<unsigned char>(c) >= 0x80) {
            byte(c); // 8-bit text written raw: bytes in the code page, as \'hh would be
            return;
        }
        if (m_fallbackLeft > 0) {
            --m_fallbackLeft;
            return;
        }
        if (c == '\t') {
            text(QLatin1Char(' '));
            return;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return;
        text(QLatin1Char(c));
    }

    void text(QChar c)
    {
        if (state().destination != Destination::Text || state().hidden)
            return;
        flushBytes();
        m_text += c;
    }

    void flushBytes()
    {
        if (m_bytesPending.isEmpty())
            return;
        m_text += m_codePages.decode(m_bytesPending, m_bytesCodePage);
        m_bytesPending.clear();
    }

    void paragraph()
    {
        if (state().destination != Destination::Text)
            return;
        finishParagraph(state().inTable);
    }

    void finishParagraph(bool inTable)
    {
        flushBytes();
        if (inTable) {
            m_text += QLatin1Char(' '); // a paragraph break inside a cell
            return;
        }
        flushTable(); // any paragraph outside a table ends it, an empty one too (it parts two tables)
        if (DocumentBuilder::simplified(m_text).isEmpty()) {
            m_text.clear();
            return;
        }
        m_builder->addParagraph(m_text);
        m_text.clear();
    }

    void endCell()
    {
        if (state().destination != Destination::Text)
            return;
        flushBytes();
        ReadCell cell;
        cell.text = m_text;
        m_text.clear();
        m_cells.append(cell);
    }

    void endRow()
    {
        if (state().destination != Destination::Text)
            return;
        flushBytes();
        if (!DocumentBuilder::simplified(m_text).isEmpty())
            endCell(); // text after the last \cell: a cell the writer did not close
        m_text.clear();
        ReadRow row;
        int left = m_rowLeft;
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            ReadCell cell = m_cells.at(i);
            if (i < m_definitions.size()) {
                cell.definition = m_definitions.at(i);
            } else {
                // More cells than \cellx: a writer that gave none; lay them out one unit apart.
                cell.definition.right = (row.isEmpty() ? left : row.last().definition.right) + 1000;
            }
            cell.left = left;
            left = cell.definition.right;
            row.append(cell);
        }
        m_cells.clear();
        if (!row.isEmpty())
            m_table.append(row);
    }

    void flushTable();

    QByteArray m_bytes;
    DocumentBuilder *m_builder;
    qsizetype m_pos = 0;
    QList<GroupState> m_stack;
    bool m_extraClose = false;
    qsizetype m_overflowDepth = 0;
    GroupState m_skipped;
    int m_fallbackLeft = 0;

    int m_documentCodePage = 1252;
    int m_fontDefinition = -1;
    int m_defaultFont = -1;
    std::map<int, int> m_fontCodePages;
    CodePageDecoder m_codePages;
    QByteArray m_bytesPending;
    int m_bytesCodePage = 1252;

    QString m_text;
    QList<ReadCell> m_cells;
    QList<CellDefinition> m_definitions;
    CellDefinition m_pending;
    int m_rowLeft = 0;
    QList<ReadRow> m_table;
};

/** Index of the grid line nearest to x (lines sorted): a binary search, for rows of many cells. */
int nearestLine(const QList<int> &lines, int x)
{
    const auto after = std::lower_bound(lines.cbegin(), lines.cend(), x);
    if (after == lines.cbegin())
        return 0;
    if (after == lines.cend())
        return int(lines.size()) - 1;
    const auto before = after - 1;
    return int((x - *before <= *after - x ? before : after) - lines.cbegin());
}

void Parser::flushTable()
{
    if (m_table.isEmpty())
        return;
    // The table's grid: every cell edge of every row; edges closer than a small tolerance are one
    // line (writers round twips differently from row to row).
    QList<int> edges;
    for (const ReadRow &row : std::as_const(m_table)) {
        for (const ReadCell &cell : row) {
            edges.append(cell.left);
            edges.append(cell.definition.right);
        }
    }
    std::sort(edges.begin(), edges.end());
    QList<int> lines;
    constexpr int tolerance = 30; // twips: 1/48 inch
    for (const int edge : std::as_const(edges)) {
        if (lines.isEmpty() || edge - lines.last() > tolerance)
            lines.append(edge);
    }

    QList<GridRow> grid;
    // For each grid column, where its vertical merge started: (row, cell index) in `grid`.
    QList<QPair<int, int>> mergeOrigin(lines.size(), qMakePair(-1, -1));
    for (const ReadRow &row : std::as_const(m_table)) {
        GridRow out;
        int column = 0;
        for (const ReadCell &cell : row) {
            const int first = nearestLine(lines, cell.left);
            const int last = nearestLine(lines, cell.definition.right);
            const int span = std::max(1, last - first);
            if (cell.definition.horizontalContinue && !out.isEmpty()) {
                out.last().columnSpan += span; // \clmrg: part of the cell to its left
                if (!DocumentBuilder::simplified(cell.text).isEmpty())
                    out.last().text += QLatin1Char(' ') + cell.text;
                column = first + span;
                continue;
            }
            if (first > column) {
                GridCell lead; // the row starts right of the table's left edge
                lead.columnSpan = first - column;
                out.append(lead);
            }
            column = first;
            GridCell g;
            g.columnSpan = span;
            if (cell.definition.verticalContinue && column < mergeOrigin.size() && mergeOrigin.at(column).first >= 0) {
                g.placeholder = true;
                const QPair<int, int> origin = mergeOrigin.at(column);
                GridCell &top = grid[origin.first][origin.second];
                top.rowSpan = int(grid.size()) - origin.first + 1;
                if (!DocumentBuilder::simplified(cell.text).isEmpty())
                    top.text += QLatin1Char(' ') + cell.text;
            } else {
                g.text = cell.text;
                const QPair<int, int> origin = cell.definition.verticalFirst
                                                   ? qMakePair(int(grid.size()), int(out.size()))
                                                   : qMakePair(-1, -1);
                for (int c = column; c < column + span && c < mergeOrigin.size(); ++c)
                    mergeOrigin[c] = origin;
            }
            out.append(g);
            column += span;
        }
        grid.append(out);
    }
    m_table.clear();
    m_builder->addTable(grid);
}

} // namespace

ReadResult RtfReader::read(const QString &filePath, const QByteArray &bytes)
{
    const QString name = QFileInfo(filePath).fileName();
    ReadResult result;
    result.document.format = QStringLiteral("rtf");
    DocumentBuilder builder(&result.document);
    Parser parser(bytes, &builder);
    if (!parser.run())
        return ReadResult::failure(tr("%1: not an RTF document (it does not start with {\\rtf)").arg(name));
    if (result.document.text.isEmpty())
        return ReadResult::failure(tr("%1: the RTF document has no text").arg(name));
    if (parser.unbalanced())
        result.document.warnings.append(tr("the RTF document's groups are not balanced: it may be truncated"));
    result.document.encoding = QString::fromLatin1(CodePageDecoder::charsetOf(parser.documentCodePage()));
    result.ok = true;
    return result;
}

} // namespace gk
