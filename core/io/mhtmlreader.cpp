#include "mhtmlreader.h"

#include "htmlreader.h"
#include "textdecoder.h"

#include <QFileInfo>

// The MIME split is by hand: Qt decodes base64 and percent-style escapes but has no MIME parser,
// and GMime (Debian's) would bring GLib's object system into gkcore for the eighty lines below.

namespace gk {

namespace {

struct Headers
{
    QList<QPair<QByteArray, QByteArray>> fields; // lower-case name, unfolded value

    QByteArray value(const QByteArray &name) const
    {
        for (const auto &field : fields) {
            if (field.first == name)
                return field.second;
        }
        return {};
    }
};

/** Splits a message or a part at its first empty line. */
void splitHeaders(const QByteArray &message, bool skipLeadingBlank, Headers *headers, QByteArray *body)
{
    qsizetype end = -1;
    qsizetype bodyStart = message.size();
    qsizetype first = 0;
    while (skipLeadingBlank && first < message.size() &&
           (message.at(first) == '\n' || message.at(first) == '\r' || message.at(first) == ' ' || message.at(first) == '\t'))
        ++first;
    for (qsizetype i = first; i < message.size(); i = message.indexOf('\n', i) + 1) {
        const qsizetype lineEnd = message.indexOf('\n', i);
        const QByteArray line = message.mid(i, lineEnd < 0 ? -1 : lineEnd - i);
        if (line.trimmed().isEmpty()) {
            end = i;
            bodyStart = lineEnd < 0 ? message.size() : lineEnd + 1;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers->fields.isEmpty()) {
            headers->fields.last().second += ' ' + line.trimmed();
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers->fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        if (lineEnd < 0)
            break;
    }
    if (end < 0)
        bodyStart = message.size();
    *body = message.mid(bodyStart);
}

/** `type/subtype; name="value"; …` → the type (lower case) and the named parameter. */
QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return contentType.left(semicolon < 0 ? contentType.size() : semicolon).trimmed().toLower();
}

QByteArray parameter(const QByteArray &contentType, const QByteArray &name)
{
    const QByteArray lower = contentType.toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf(name, at)) >= 0) {
        const bool startsWord = at == 0 || lower.at(at - 1) == ';' || lower.at(at - 1) == ' ' || lower.at(at - 1) == '\t';
        qsizetype i = at + name.size();
        while (i < lower.size() && (lower.at(i) == ' ' || lower.at(i) == '\t'))
            ++i;
        if (!startsWord || i >= lower.size() || lower.at(i) != '=') {
            at += name.size();
            continue;
        }
        ++i;
        while (i < lower.size() && (lower.at(i) == ' ' || lower.at(i) == '\t'))
            ++i;
        if (i < contentType.size() && contentType.at(i) == '"') {
            const qsizetype close = contentType.indexOf('"', i + 1);
            return contentType.mid(i + 1, close < 0 ? -1 : close - i - 1);
        }
        qsizetype end = i;
        while (end < contentType.size() && contentType.at(end) != ';' && contentType.at(end) != ' ')
            ++end;
        return contentType.mid(i, end - i);
    }
    return {};
}

void collectParts(const QByteArray &message, int depth, QList<MhtmlReader::Part> *out)
{
    Headers headers;
    QByteArray body;
    splitHeaders(message, depth == 0, &headers, &body);
    const QByteArray contentType = headers.value("content-type");
    const QByteArray type = mediaType(contentType);
    if (type.startsWith("multipart/") && depth < 8) {
        const QByteArray boundary = parameter(contentType, "boundary");
        if (boundary.isEmpty())
            return;
        const QByteArray delimiter = QByteArray("--" + boundary);
        const QByteArray delimiterLine = QByteArray("\n" + delimiter);
        // Parts lie between delimiter lines; the last delimiter ends with "--".
        qsizetype at = body.startsWith(delimiter) ? 0 : body.indexOf(delimiterLine);
        while (at >= 0) {
            const qsizetype lineStart = body.at(at) == '\n' ? at + 1 : at;
            const qsizetype afterDelimiter = lineStart + delimiter.size();
            if (body.mid(afterDelimiter, 2) == "--")
                break;
            const qsizetype partStart = body.indexOf('\n', afterDelimiter);
            if (partStart < 0)
                break;
            const qsizetype next = body.indexOf(delimiterLine, partStart);
            QByteArray part = body.mid(partStart + 1, next < 0 ? -1 : next - partStart - 1);
            if (part.endsWith('\r'))
                part.chop(1);
            collectParts(part, depth + 1, out);
            at = next;
        }
        return;
    }
    MhtmlReader::Part part;
    part.contentType = type.isEmpty() ? QByteArrayLiteral("text/plain") : type;
    part.charset = parameter(contentType, "charset");
    const QByteArray encoding = headers.value("content-transfer-encoding").trimmed().toLower();
    if (encoding == "quoted-printable")
        part.body = MhtmlReader::decodeQuotedPrintable(body);
    else if (encoding == "base64")
        part.body = QByteArray::fromBase64(body);
    else
        part.body = body;
    out->append(part);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray MhtmlReader::decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < encoded.size() && encoded.at(i + 1) == '\n') { // soft line break
            i += 1;
            continue;
        }
        if (i + 2 < encoded.size() && encoded.at(i + 1) == '\r' && encoded.at(i + 2) == '\n') {
            i += 2;
            continue;
        }
        const int high = i + 1 < encoded.size() ? hexValue(encoded.at(i + 1)) : -1;
        const int low = i + 2 < encoded.size() ? hexValue(encoded.at(i + 2)) : -1;
        if (high < 0 || low < 0) {
            out += c; // a stray "=": kept as written
            continue;
        }
        out += char(high * 16 + low);
        i += 2;
    }
    return out;
}

QList<MhtmlReader::Part> MhtmlReader::parts(const QByteArray &message)
{
    QList<Part> out;
    collectParts(message, 0, &out);
    return out;
}

ReadResult MhtmlReader::read(const QString &filePath, const QByteArray &bytes)
{
    const QString name = QFileInfo(filePath).fileName();
    const QList<Part> all = parts(bytes);
    const Part *page = nullptr;
    for (const Part &part : all) {
        if (part.contentType == "text/html") {
            page = &part;
            break;
        }
    }
    if (!page)
        return ReadResult::failure(tr("%1: a web archive (MHTML) without a web page in it").arg(name));
    ReadResult result;
    QByteArray charset = page->charset.toUpper();
    if (charset == "GB2312" || charset == "GBK" || charset == "X-GBK" || charset == "CP936")
        charset = QByteArrayLiteral("GB18030");
    if (!charset.isEmpty()) {
        const TextDecoder::Result decoded = TextDecoder::decodeAs(page->body, charset);
        if (decoded.ok) {
            // Handed on as UTF-8 with a BOM, which the HTML reader trusts over the page's <meta>.
            result = HtmlReader::read(filePath, QByteArray("\xEF\xBB\xBF" + decoded.text.toUtf8()));
            if (result.ok)
                result.document.encoding = decoded.encoding;
        } else {
            result = HtmlReader::read(filePath, page->body);
        }
    } else {
        result = HtmlReader::read(filePath, page->body);
    }
    if (result.ok)
        result.document.format = QStringLiteral("html");
    return result;
}

} // namespace gk
