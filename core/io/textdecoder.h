#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gk {

/** Bytes to text: BOM, then strict UTF-8, then ICU's charset detector (GB18030, Big5, UTF-16…). */
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(gk::TextDecoder)
public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding;
        /** Why the bytes are not text (empty when ok). */
        QString error;
        QStringList warnings;
    };

    /** Decodes and normalises line ends (CRLF and CR become LF). */
    static Result decode(const QByteArray &bytes);
    /** Decodes with a named charset through ICU (for callers that know it, e.g. HTML <meta>). */
    static Result decodeAs(const QByteArray &bytes, const QByteArray &charset);
    static bool looksBinary(const QByteArray &bytes);
    static QString normalizeLineEnds(const QString &text);
};

} // namespace gk
