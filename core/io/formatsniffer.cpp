#include "formatsniffer.h"

#include "textdecoder.h"

#include <QFileInfo>
#include <QSet>

namespace gk {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isUtf16(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true;
    // No BOM: UTF-16 text has a NUL in every ASCII character, on one side.
    const qsizetype n = std::min<qsizetype>(head.size(), 4096);
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (head.at(i) == '\0')
            (i % 2 ? odd : even)++;
    }
    return (even + odd) * 5 >= n && n >= 16 && (odd > 4 * even || even > 4 * odd);
}

/** The head as lower-case ASCII markup: BOMs gone, UTF-16's NUL halves dropped. Other bytes kept. */
QByteArray markupView(const QByteArray &head)
{
    QByteArray bytes = head.left(FormatSniffer::headSize);
    const bool utf16 = isUtf16(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    else if (utf16 && (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")))
        bytes.remove(0, 2);
    // Written through a raw pointer (QByteArray::append per byte was a fifth of a report's reading),
    // without a branch per byte where no NUL halves are dropped, so that the compiler vectorises it.
    QByteArray out(bytes.size(), Qt::Uninitialized);
    char *to = out.data();
    if (!utf16) {
        const auto *from = reinterpret_cast<const unsigned char *>(bytes.constData());
        for (qsizetype i = 0; i < bytes.size(); ++i)
            to[i] = char(from[i] + (static_cast<unsigned char>(from[i] - 'A') < 26 ? 'a' - 'A' : 0));
        return out;
    }
    for (const char c : std::as_const(bytes)) {
        if (c != '\0')
            *to++ = lower(c);
    }
    out.truncate(to - out.constData());
    return out;
}

qsizetype skipSpace(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isAsciiSpace(text.at(i)))
        ++i;
    return i;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/**
 * True when the markup view holds HTML (a page's source), whatever the file is called. A file named
 * .html needs less of it (a fragment of a few elements) than one named otherwise.
 */
bool viewLooksLikeHtml(const QByteArray &text, bool namedHtml)
{
    // What a page's source starts with, after white space, an XML declaration and comments.
    qsizetype i = skipSpace(text, 0);
    for (int guard = 0; guard < 16 && i < text.size(); ++guard) {
        if (text.mid(i, 5) == "<?xml") {
            const qsizetype end = text.indexOf("?>", i);
            i = end < 0 ? text.size() : skipSpace(text, end + 2);
        } else if (text.mid(i, 4) == "<!--") {
            const qsizetype end = text.indexOf("-->", i);
            i = end < 0 ? text.size() : skipSpace(text, end + 3);
        } else {
            break;
        }
    }
    if (text.mid(i, 14) == "<!doctype html" || text.mid(i, 5) == "<html" || text.mid(i, 5) == "<head" ||
        text.mid(i, 5) == "<body")
        return true;
    // Otherwise markup further in (a page source with a crawler's header on top, a fragment):
    // enough of the elements every page is made of, opened and closed. A text report that quotes
    // a stray <br> or "-->" left by a copy from a browser has far fewer.
    static const QSet<QByteArray> elements = {"html", "head",   "body", "meta", "title", "p",     "div",  "span",
                                              "table", "tbody", "tr",   "td",   "th",    "br",    "font", "a",
                                              "b",    "strong", "style", "script", "li", "ul",    "h1",   "h2",
                                              "h3",   "center", "link", "img",  "col",   "colgroup"};
    QSet<QByteArray> seen;
    int opened = 0;
    int closed = 0;
    for (qsizetype at = text.indexOf('<'); at >= 0 && at + 1 < text.size(); at = text.indexOf('<', at + 1)) {
        qsizetype start = at + 1;
        const bool closing = text.at(start) == '/';
        if (closing)
            ++start;
        qsizetype end = start;
        while (end < text.size() && isNameChar(text.at(end)))
            ++end;
        if (end == start || end >= text.size())
            continue;
        const char after = text.at(end);
        if (!isAsciiSpace(after) && after != '>' && after != '/')
            continue;
        const QByteArray name = text.mid(start, end - start);
        if (!elements.contains(name))
            continue;
        seen.insert(name);
        (closing ? closed : opened)++;
    }
    if (namedHtml)
        return opened >= 1 && closed >= 1;
    return seen.size() >= 3 && opened >= 5 && closed >= 2;
}

/** True for a MIME message whose body is multipart (MHTML, .mht, Word's web archive). */
bool viewLooksLikeMime(QByteArrayView text)
{
    // RFC 822 headers up to the first empty line; an MHTML archive names itself in them. Read line
    // by line: a report's first line is not a header, and it ends the question there.
    text = text.first(std::min<qsizetype>(text.size(), 16 * 1024));
    bool mimeVersion = false;
    bool multipart = false;
    qsizetype lineStart = skipSpace(text, 0);
    while (lineStart < text.size()) {
        const qsizetype newline = text.indexOf('\n', lineStart);
        if (newline < 0)
            return false; // no empty line ends the headers
        const QByteArrayView line = text.sliced(lineStart, newline - lineStart);
        lineStart = newline + 1;
        if (line.isEmpty() || line == "\r")
            return mimeVersion && multipart; // the end of the headers
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        // Every header line is `Name: value` or a folded continuation.
        if (isAsciiSpace(line.at(0))) {
            multipart = multipart || trimmed.contains("multipart/");
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        for (qsizetype k = 0; k < colon; ++k) {
            if (!isNameChar(line.at(k)) && line.at(k) != '-')
                return false;
        }
        const QByteArrayView name = line.first(colon);
        mimeVersion = mimeVersion || name == "mime-version";
        if (name == "content-type")
            multipart = multipart || line.contains("multipart/");
    }
    return false;
}

} // namespace

FormatSniffer::Format FormatSniffer::sniff(const QString &filePath, const QByteArray &head)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    // Signatures: the bytes say what the file is.
    const qsizetype pdfAt = head.left(1024).indexOf("%PDF-");
    if (pdfAt >= 0)
        return Format::Pdf;
    if (head.startsWith("PK\x03\x04") && suffix != QLatin1String("zip"))
        return Format::Docx;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Format::Doc;
    const QByteArray view = markupView(head); // once: the checks below all read it
    if (view.mid(skipSpace(view, 0), 5) == "{\\rtf")
        return Format::Rtf;
    if (viewLooksLikeMime(view))
        return Format::Mhtml;
    const bool namedHtml = suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
                           suffix == QLatin1String("shtml") || suffix == QLatin1String("xhtml");
    if (viewLooksLikeHtml(view, namedHtml))
        return Format::Html;
    // No signature: a binary file keeps the format its name gives, so that its reader names the
    // problem ("not a PDF", "damaged zip"); text is text whatever the file is called.
    const bool binary = !isUtf16(head) && TextDecoder::looksBinary(head);
    if (binary) {
        if (suffix == QLatin1String("pdf"))
            return Format::Pdf;
        if (suffix == QLatin1String("docx"))
            return Format::Docx;
        if (suffix == QLatin1String("doc") || suffix == QLatin1String("wps"))
            return Format::Doc;
    }
    return Format::Text;
}

QString FormatSniffer::name(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("text");
    case Format::Html:
    case Format::Mhtml:
        return QStringLiteral("html");
    case Format::Rtf:
        return QStringLiteral("rtf");
    case Format::Docx:
        return QStringLiteral("docx");
    case Format::Doc:
        return QStringLiteral("doc");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("text");
}

} // namespace gk
