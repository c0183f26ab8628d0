#pragma once

#include "sourcedocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gk {

/**
 * Web archives (MHTML: `.mht`, and Word's "single file web page" that sites serve as `.doc`): a
 * MIME multipart message whose first `text/html` part is the page. The part is decoded from its
 * transfer encoding (quoted-printable, base64) and its charset (the part's header, else the
 * page's <meta>) and read by HtmlReader; pictures and style sheets are ignored.
 */
class MhtmlReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::MhtmlReader)
public:
    struct Part
    {
        QByteArray contentType; // lower case, without parameters: "text/html"
        QByteArray charset;     // as the header gives it, or empty
        QByteArray body;        // transfer encoding undone
    };

    static ReadResult read(const QString &filePath, const QByteArray &bytes);
    /** The leaf parts of a MIME message, nested multiparts flattened in order. */
    static QList<Part> parts(const QByteArray &message);
    static QByteArray decodeQuotedPrintable(const QByteArray &encoded);
};

} // namespace gk
