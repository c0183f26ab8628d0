#include "codepagedecoder.h"

#include <unicode/ucnv.h>

namespace gk {

CodePageDecoder::~CodePageDecoder()
{
    for (UConverter *converter : std::as_const(m_converters)) {
        if (converter)
            ucnv_close(converter);
    }
}

QString CodePageDecoder::decode(const QByteArray &bytes, int codePage)
{
    UConverter *converter = converterFor(codePage);
    if (!converter)
        return QString(bytes.size(), QChar(0xFFFD));
    QString text(bytes.size() * 2 + 4, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter);
    const int32_t length = ucnv_toUChars(converter, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                                         bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return QString(bytes.size(), QChar(0xFFFD));
    text.resize(length);
    return text;
}

QByteArray CodePageDecoder::charsetOf(int codePage)
{
    switch (codePage) {
    case 936:
    case 20936:
        return QByteArrayLiteral("GB18030"); // GBK documents use GB18030's superset, as TextDecoder does
    case 54936:
        return QByteArrayLiteral("GB18030");
    case 950:
        return QByteArrayLiteral("windows-950");
    case 932:
        return QByteArrayLiteral("Shift_JIS");
    case 949:
        return QByteArrayLiteral("windows-949");
    case 65001:
        return QByteArrayLiteral("UTF-8");
    case 10000:
        return QByteArrayLiteral("macintosh");
    default:
        return QByteArray("windows-" + QByteArray::number(codePage));
    }
}

UConverter *CodePageDecoder::converterFor(int codePage)
{
    const auto it = m_converters.constFind(codePage);
    if (it != m_converters.constEnd())
        return *it;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charsetOf(codePage).constData(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        converter = ucnv_open("windows-1252", &status);
        if (U_FAILURE(status))
            converter = nullptr;
    }
    m_converters.insert(codePage, converter);
    return converter;
}

int CodePageDecoder::codePageOfCharset(int charset)
{
    switch (charset) {
    case 128:
        return 932;
    case 129:
        return 949;
    case 134:
        return 936;
    case 136:
        return 950;
    case 161:
        return 1253;
    case 162:
        return 1254;
    case 177:
        return 1255;
    case 178:
        return 1256;
    case 186:
        return 1257;
    case 204:
        return 1251;
    case 222:
        return 874;
    case 238:
        return 1250;
    default:
        return 0;
    }
}

} // namespace gk
