#include "markupscan.h"

#include <QByteArray>

#include <cstring>

namespace gk {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

// Elements that never hold others (void), or whose end HTML lets out (a sibling or the parent
// closes them): neither makes the page deeper.
bool isFlat(const QByteArray &name)
{
    static const char *const names[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                        "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td",
                                        "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
                                        "caption", "rb", "rt", "rp", "html", "head", "body", "frame", "keygen"};
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

bool isRawText(const QByteArray &name)
{
    return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp"
        || name == "noscript" || name == "iframe" || name == "noembed" || name == "noframes";
}

} // namespace

MarkupScan::Result MarkupScan::scan(const QByteArray &html, int depthLimit, qint64 elementLimit)
{
    Result result;
    const char *p = html.constData();
    const char *const end = p + html.size();
    int depth = 0;
    while (p < end && result.maxDepth <= depthLimit && result.elements <= elementLimit) {
        p = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!p)
            break;
        ++p;
        if (p < end && *p == '!') { // comment, doctype, CDATA
            if (end - p >= 3 && p[1] == '-' && p[2] == '-') {
                const QByteArray rest = QByteArray::fromRawData(p + 3, end - p - 3);
                const qsizetype close = rest.indexOf("-->");
                p = close < 0 ? end : p + 3 + close + 3;
            } else {
                const void *close = std::memchr(p, '>', size_t(end - p));
                p = close ? static_cast<const char *>(close) + 1 : end;
            }
            continue;
        }
        const bool closing = p < end && *p == '/';
        if (closing)
            ++p;
        const char *nameStart = p;
        while (p < end && isNameChar(*p))
            ++p;
        if (p == nameStart)
            continue; // "a < b" in text
        const QByteArray name = QByteArray(nameStart, p - nameStart).toLower();
        const void *closeBracket = std::memchr(p, '>', size_t(end - p));
        const char *tagEnd = closeBracket ? static_cast<const char *>(closeBracket) : end;
        const bool selfClosing = tagEnd > p && tagEnd[-1] == '/';
        p = tagEnd < end ? tagEnd + 1 : end;
        if (closing) {
            if (!isFlat(name) && depth > 0)
                --depth;
            continue;
        }
        ++result.elements;
        if (isRawText(name)) { // its text may hold '<' of its own: go to its end tag
            while (p < end) {
                p = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
                if (!p) {
                    p = end;
                    break;
                }
                if (end - p > name.size() + 1 && p[1] == '/' && qstrnicmp(p + 2, name.constData(), size_t(name.size())) == 0)
                    break;
                ++p;
            }
            continue;
        }
        if (!selfClosing && !isFlat(name))
            result.maxDepth = qMax(result.maxDepth, ++depth);
    }
    return result;
}

} // namespace gk
