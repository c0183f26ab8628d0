#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

struct UConverter;

namespace gk {

/**
 * Bytes in a Windows code page (936, 950, 1252…) to text through ICU, one converter per code page
 * kept open for the decoder's life. GBK (936) decodes as GB18030, its superset, as TextDecoder does.
 * Undecodable bytes become U+FFFD; an unknown code page is read as windows-1252.
 */
class CodePageDecoder
{
public:
    CodePageDecoder() = default;
    ~CodePageDecoder();
    CodePageDecoder(const CodePageDecoder &) = delete;
    CodePageDecoder &operator=(const CodePageDecoder &) = delete;

    QString decode(const QByteArray &bytes, int codePage);
    /** The ICU name of a Windows code page ("GB18030" for 936). */
    static QByteArray charsetOf(int codePage);
    /** A font's character set (RTF \fcharsetN, Windows LOGFONT) → its code page; 0 for "the document's". */
    static int codePageOfCharset(int charset);

private:
    UConverter *converterFor(int codePage);

    QHash<int, UConverter *> m_converters;
};

} // namespace gk
