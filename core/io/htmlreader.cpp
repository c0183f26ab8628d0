#include "htmlreader.h"

#include "documentbuilder.h"
#include "markupscan.h"
#include "textdecoder.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <gumbo.h>

namespace gk {

namespace {

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

bool isHidden(const GumboElement &element)
{
    if (gumbo_get_attribute(&element.attributes, "hidden"))
        return true;
    const GumboAttribute *style = gumbo_get_attribute(&element.attributes, "style");
    if (!style)
        return false;
    QString css = QString::fromUtf8(style->value).toLower();
    css.remove(QLatin1Char(' '));
    return css.contains(QLatin1String("display:none")) || css.contains(QLatin1String("visibility:hidden"));
}

int spanAttribute(const GumboElement &element, const char *name, int maximum)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    if (!attribute)
        return 1;
    bool ok = false;
    const int value = QString::fromUtf8(attribute->value).trimmed().toInt(&ok);
    if (!ok || value < 1)
        return 1;
    return qMin(value, maximum);
}

// The rows of a table itself (through thead/tbody/tfoot), not of tables nested in its cells.
void collectRows(const GumboNode *node, QList<const GumboNode *> *rows)
{
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboTag tag = child->v.element.tag;
        if (tag == GUMBO_TAG_TR)
            rows->append(child);
        else if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT)
            collectRows(child, rows);
    }
}

QList<const GumboNode *> cellsOf(const GumboNode *row)
{
    QList<const GumboNode *> cells;
    const GumboVector &children = row->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT &&
            (child->v.element.tag == GUMBO_TAG_TD || child->v.element.tag == GUMBO_TAG_TH))
            cells.append(child);
    }
    return cells;
}

bool containsTable(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT &&
            (child->v.element.tag == GUMBO_TAG_TABLE || containsTable(child)))
            return true;
    }
    return false;
}

constexpr int maxGridColumns = 4096;

class Walker
{
public:
    explicit Walker(DocumentBuilder *builder)
        : m_builder(builder)
    {
    }

    void flow(const GumboNode *node)
    {
        // MarkupScan refused pages nested deeper than HtmlReader::maxDepth; the tree gumbo builds
        // may add a few levels (html, body, tbody, reopened formatting), never this many.
        if (++m_depth > 4 * HtmlReader::maxDepth) {
            m_tooDeep = true;
            --m_depth;
            return;
        }
        walkFlow(node);
        --m_depth;
    }

    void finish() { flushLine(); }
    /** Some content was nested too deep to be read (never dropped without saying so). */
    bool tooDeep() const { return m_tooDeep; }

private:
    void walkFlow(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            m_line += QString::fromUtf8(node->v.text.text);
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            return;
        }
        const GumboElement &element = node->v.element;
        if (isSkipped(element.tag) || isHidden(element))
            return;
        if (element.tag == GUMBO_TAG_BR) {
            flushLine();
            return;
        }
        if (element.tag == GUMBO_TAG_TABLE) {
            flushLine();
            table(node);
            return;
        }
        const bool block = isBlock(element.tag) || element.tag == GUMBO_TAG_TR || element.tag == GUMBO_TAG_TD ||
                           element.tag == GUMBO_TAG_TH;
        if (block)
            flushLine();
        const GumboVector &children = element.children;
        for (unsigned i = 0; i < children.length; ++i)
            flow(static_cast<const GumboNode *>(children.data[i]));
        if (block)
            flushLine();
    }

    void flushLine()
    {
        m_builder->addParagraph(m_line);
        m_line.clear();
    }

    void cellText(const GumboNode *node, QString *out, int depth = 0)
    {
        if (depth > 4 * HtmlReader::maxDepth) {
            m_tooDeep = true;
            return;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            *out += QString::fromUtf8(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboElement &element = node->v.element;
        if (isSkipped(element.tag) || isHidden(element))
            return;
        if (element.tag == GUMBO_TAG_BR || isBlock(element.tag))
            *out += QLatin1Char(' ');
        for (unsigned i = 0; i < element.children.length; ++i)
            cellText(static_cast<const GumboNode *>(element.children.data[i]), out, depth + 1);
        if (isBlock(element.tag))
            *out += QLatin1Char(' ');
    }

    void table(const GumboNode *node)
    {
        QList<const GumboNode *> rows;
        collectRows(node, &rows);
        // A table that holds tables is page layout (a frame around the report): read its cells as flow.
        bool layout = false;
        for (const GumboNode *row : std::as_const(rows)) {
            for (const GumboNode *cell : cellsOf(row)) {
                if (containsTable(cell))
                    layout = true;
            }
        }
        if (layout) {
            for (const GumboNode *row : std::as_const(rows)) {
                for (const GumboNode *cell : cellsOf(row))
                    flow(cell);
            }
            flushLine();
            return;
        }
        // Expand row spans into placeholders. covering[c] = rows still covered and the span's width.
        struct Cover
        {
            int rowsLeft = 0;
            int width = 1;
        };
        QList<Cover> covering;
        QList<GridRow> grid;
        const int rowCount = int(rows.size());
        for (int r = 0; r < rowCount; ++r) {
            GridRow out;
            int column = 0;
            auto emitCovered = [&]() {
                while (column < covering.size() && covering.at(column).rowsLeft > 0) {
                    Cover &cover = covering[column];
                    GridCell placeholder;
                    placeholder.placeholder = true;
                    placeholder.columnSpan = cover.width;
                    out.append(placeholder);
                    const int width = cover.width;
                    for (int c = column; c < column + width && c < covering.size(); ++c)
                        --covering[c].rowsLeft;
                    column += width;
                }
            };
            for (const GumboNode *cellNode : cellsOf(rows.at(r))) {
                emitCovered();
                const GumboElement &element = cellNode->v.element;
                GridCell cell;
                cellText(cellNode, &cell.text);
                // The whole grid is kept within maxGridColumns: colspan="1000" on a thousand cells
                // would otherwise make a row of a million columns.
                cell.columnSpan = qMax(1, qMin(spanAttribute(element, "colspan", 1000), maxGridColumns - column));
                cell.rowSpan = qMin(spanAttribute(element, "rowspan", 65534), rowCount - r);
                out.append(cell);
                if (covering.size() < column + cell.columnSpan)
                    covering.resize(column + cell.columnSpan);
                for (int c = column; c < column + cell.columnSpan; ++c) {
                    covering[c].rowsLeft = cell.rowSpan - 1;
                    covering[c].width = c == column ? cell.columnSpan : 1;
                }
                column += cell.columnSpan;
            }
            // Spans from above that reach past this row's last cell. Found once per row: asking at
            // every column whether one comes later made a wide row followed by short ones quadratic.
            int lastCovered = int(covering.size()) - 1;
            while (lastCovered >= column && covering.at(lastCovered).rowsLeft <= 0)
                --lastCovered;
            while (column <= lastCovered) {
                if (covering.at(column).rowsLeft > 0) {
                    emitCovered();
                    continue;
                }
                out.append(GridCell()); // a missing cell before a span from above: keep positions
                ++column;
            }
            grid.append(out);
        }
        m_builder->addTable(grid);
    }

    DocumentBuilder *m_builder;
    QString m_line;
    int m_depth = 0;
    bool m_tooDeep = false;
};

} // namespace

QByteArray HtmlReader::declaredCharset(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QByteArrayLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QByteArrayLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QByteArrayLiteral("UTF-16BE");
    // <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(8192));
    const QRegularExpressionMatch match = meta.match(head);
    if (!match.hasMatch())
        return {};
    QByteArray charset = match.captured(1).toLatin1().toUpper();
    // Pages that say gb2312 or gbk are written in GB18030's superset more often than not.
    if (charset == "GB2312" || charset == "GBK" || charset == "X-GBK" || charset == "CP936")
        charset = QByteArrayLiteral("GB18030");
    return charset;
}

ReadResult HtmlReader::read(const QString &filePath, const QByteArray &bytes)
{
    const QString name = QFileInfo(filePath).fileName();
    const QByteArray charset = declaredCharset(bytes);
    TextDecoder::Result decoded;
    if (!charset.isEmpty()) {
        QByteArray body = bytes;
        if (body.startsWith("\xEF\xBB\xBF"))
            body = body.mid(3);
        else if (body.startsWith("\xFF\xFE") || body.startsWith("\xFE\xFF"))
            body = body.mid(2);
        decoded = TextDecoder::decodeAs(body, charset);
        if (!decoded.ok) // a wrong or unknown declaration: let the detector decide
            decoded = TextDecoder::decode(bytes);
    } else {
        decoded = TextDecoder::decode(bytes);
    }
    if (!decoded.ok)
        return ReadResult::failure(name + QStringLiteral(": ") + decoded.error);

    const QByteArray utf8 = decoded.text.toUtf8();
    const MarkupScan::Result shape = MarkupScan::scan(utf8, maxDepth, maxElements);
    if (shape.maxDepth > maxDepth) {
        return ReadResult::failure(tr("%1: its elements are nested more than %2 deep, which no report page needs; "
                                      "it is not read")
                                       .arg(name)
                                       .arg(maxDepth));
    }
    if (shape.elements > maxElements) {
        return ReadResult::failure(tr("%1: it has more than %2 elements, which no report page needs; it is not read")
                                       .arg(name)
                                       .arg(maxElements));
    }
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return ReadResult::failure(tr("%1: the web page cannot be parsed").arg(name));

    ReadResult result;
    result.ok = true;
    result.document.format = QStringLiteral("html");
    result.document.encoding = decoded.encoding;
    result.document.warnings = decoded.warnings;
    DocumentBuilder builder(&result.document);
    Walker walker(&builder);
    // The body only: the title is usually the site's name plus the report's, and is repeated in the body.
    const GumboNode *root = output->root;
    const GumboNode *body = nullptr;
    for (unsigned i = 0; i < root->v.element.children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(root->v.element.children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
            body = child;
    }
    walker.flow(body ? body : root);
    walker.finish();
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    if (walker.tooDeep()) {
        return ReadResult::failure(
            tr("%1: some of its text is nested more than %2 elements deep and cannot be read").arg(name).arg(4 * maxDepth));
    }
    if (result.document.text.isEmpty())
        return ReadResult::failure(tr("%1: the web page has no text").arg(name));
    return result;
}

} // namespace gk
