#include "textdecoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <cstring>
#include <memory>

namespace gk {

namespace {

struct CharsetDetectorDeleter
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

bool isValidUtf8(const QByteArray &bytes, bool *truncatedAtEnd)
{
    *truncatedAtEnd = false;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Eight ASCII bytes at a time: most of a report's bytes are digits, spaces and markup.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = data[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= size && extra > 0) {
            for (qsizetype k = i + 1; k < size; ++k) {
                if ((data[k] & 0xC0) != 0x80)
                    return false;
            }
            *truncatedAtEnd = true;
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

// Counts the substitution characters ICU wrote for undecodable bytes.
qsizetype countReplacements(const QString &text)
{
    return text.count(QChar(0xFFFD)) + text.count(QChar(0x1A));
}

} // namespace

QString TextDecoder::normalizeLineEnds(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out;
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    // UTF-16 text is full of NUL bytes, so only judge after the UTF-16 checks; here: control bytes
    // other than tab, newline, carriage return, form feed and escape in the first 64 KiB.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    if (std::memchr(bytes.constData(), 0, size_t(n)))
        return true;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = data[i];
        controls += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
    }
    return n > 0 && controls * 100 > n; // more than 1% control bytes
}

TextDecoder::Result TextDecoder::decodeAs(const QByteArray &bytes, const QByteArray &charset)
{
    Result result;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset.constData(), &status);
    if (U_FAILURE(status)) {
        result.error = tr("unknown character set %1").arg(QString::fromLatin1(charset));
        return result;
    }
    QString text;
    text.resize(bytes.size() * 2 + 16);
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter, reinterpret_cast<UChar *>(text.data()),
                                         static_cast<int32_t>(text.size()), bytes.constData(),
                                         static_cast<int32_t>(bytes.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) {
        result.error = tr("cannot be decoded as %1").arg(QString::fromLatin1(charset));
        return result;
    }
    text.resize(length);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qsizetype bad = countReplacements(text);
    for (const QChar c : std::as_const(text)) {
        const ushort u = c.unicode();
        // Printable ASCII and the Han block assigned in every Unicode version Qt 6 knows: most of a
        // report, without a category lookup.
        if ((u >= 0x20 && u < 0x7F) || (u >= 0x4E00 && u <= 0x9FEF))
            continue;
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1B) ||
            c.category() == QChar::Other_NotAssigned || c.category() == QChar::Other_PrivateUse)
            ++bad;
    }
    // A few stray bytes are a damaged file; many mean the wrong charset or no text at all.
    if (bad > 0 && bad * 50 > std::max<qsizetype>(text.size(), 1)) {
        result.error = tr("is not readable text in %1 (%2 undecodable characters)")
                           .arg(QString::fromLatin1(charset))
                           .arg(bad);
        return result;
    }
    if (bad > 0)
        result.warnings.append(tr("%n undecodable character(s) replaced", nullptr, int(bad)));
    result.ok = true;
    result.text = normalizeLineEnds(text);
    result.encoding = QString::fromLatin1(charset);
    return result;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        Result empty;
        empty.error = tr("is empty");
        return empty;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        Result r = decodeAs(bytes.mid(3), "UTF-8");
        r.encoding = QStringLiteral("UTF-8");
        return r;
    }
    if (bytes.startsWith("\xFF\xFE"))
        return decodeAs(bytes.mid(2), "UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return decodeAs(bytes.mid(2), "UTF-16BE");

    bool truncated = false;
    if (isValidUtf8(bytes, &truncated) && !bytes.contains('\0')) {
        Result r;
        r.ok = true;
        r.encoding = QStringLiteral("UTF-8");
        r.text = normalizeLineEnds(QString::fromUtf8(truncated ? bytes.left(bytes.size() - 1) : bytes));
        while (truncated && r.text.endsWith(QChar(0xFFFD)))
            r.text.chop(1);
        if (truncated)
            r.warnings.append(tr("ends in the middle of a character: the file looks truncated"));
        return r;
    }

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, CharsetDetectorDeleter> detector(ucsdet_open(&status));
    if (U_FAILURE(status)) {
        Result r;
        r.error = tr("cannot detect its character set (ICU: %1)").arg(QString::fromLatin1(u_errorName(status)));
        return r;
    }
    // ICU's detector runs every recogniser it has (its Latin n-gram scans too, whatever is asked) at
    // about half a millisecond per KiB, as long as parsing the whole report: it reads 1 KiB from the
    // first byte that is not ASCII (a page's markup and scripts before its text tell nothing), some
    // five hundred characters of text, which tells GB18030 from Big5 (the fixtures are right down to
    // 512 bytes).
    qsizetype firstNonAscii = 0;
    while (firstNonAscii < bytes.size() && static_cast<unsigned char>(bytes.at(firstNonAscii)) < 0x80 &&
           bytes.at(firstNonAscii) != '\0')
        ++firstNonAscii;
    if (firstNonAscii < bytes.size() && bytes.at(firstNonAscii) == '\0')
        firstNonAscii = 0; // UTF-16: its byte pairs are read from the start
    const QByteArray sample = bytes.mid(firstNonAscii, 1024);
    ucsdet_setText(detector.get(), sample.constData(), static_cast<int32_t>(sample.size()), &status);
    int32_t matchCount = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &matchCount, &status);
    const bool hasNul = bytes.contains('\0');
    QByteArrayList candidates;
    if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < matchCount; ++i) {
            UErrorCode nameStatus = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &nameStatus);
            const int32_t confidence = ucsdet_getConfidence(matches[i], &nameStatus);
            if (U_FAILURE(nameStatus) || confidence < 10)
                continue;
            QByteArray charset(name);
            // Only the charsets a Chinese report is written in; a Latin guess means "not CJK text".
            const bool utf16 = charset == "UTF-16LE" || charset == "UTF-16BE";
            if (utf16 && !hasNul)
                continue; // report text always has ASCII digits and line ends, i.e. NUL bytes in UTF-16
            if (charset == "GB18030" || charset == "Big5" || utf16 || charset == "UTF-8" || charset == "EUC-JP" || charset == "Shift_JIS" || charset == "EUC-KR")
                candidates.append(charset);
        }
    }
    if (hasNul && !candidates.contains("UTF-16LE") && !candidates.contains("UTF-16BE")) {
        // No BOM: guess the byte order from where the NULs sit, as UTF-16 ASCII does.
        qsizetype evenNul = 0, oddNul = 0;
        for (qsizetype i = 0; i < std::min<qsizetype>(bytes.size(), 4096); ++i) {
            if (bytes.at(i) == '\0')
                (i % 2 ? oddNul : evenNul)++;
        }
        // Text in UTF-16 has a NUL in every ASCII character (digits, newlines): many, on one side.
        const bool manyNuls = (oddNul + evenNul) * 20 >= std::min<qsizetype>(bytes.size(), 4096);
        if (manyNuls && oddNul > evenNul * 4)
            candidates.prepend("UTF-16LE");
        else if (manyNuls && evenNul > oddNul * 4)
            candidates.prepend("UTF-16BE");
    }
    if (!candidates.contains("GB18030") && !hasNul)
        candidates.append("GB18030");
    if (looksBinary(bytes) && !candidates.contains("UTF-16LE") && !candidates.contains("UTF-16BE")) {
        Result r;
        r.error = tr("is a binary file, not a text report");
        return r;
    }

    Result best;
    for (const QByteArray &charset : std::as_const(candidates)) {
        Result r = decodeAs(bytes, charset);
        if (!r.ok) {
            if (best.error.isEmpty())
                best = r;
            continue;
        }
        // Big5 and GB18030 both decode much CJK text; prefer the one whose result is real Han text.
        if (charset == "EUC-JP" || charset == "Shift_JIS" || charset == "EUC-KR")
            continue;
        return r;
    }
    if (looksBinary(bytes)) {
        best.error = tr("is a binary file, not a text report");
        return best;
    }
    if (best.error.isEmpty())
        best.error = tr("is not text in any character set a report uses (UTF-8, GB18030, Big5, UTF-16)");
    return best;
}

} // namespace gk
