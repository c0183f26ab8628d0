#pragma once

#include <QByteArray>
#include <QString>

namespace gk {

/**
 * Decides how a report file is read from what its bytes are, the name only breaking ties.
 *
 * Government sites serve web pages saved as `.doc` (HTML, or MHTML: Word's "single file web
 * page"), RTF under `.doc`, HTML page sources saved as `.txt` and plain text under `.html`; the
 * suffix alone reads all of these wrongly. Signatures are decisive (PDF, zip, OLE compound file,
 * RTF, a MIME multipart archive, HTML markup); without one, a binary file keeps the format its
 * suffix names (so its reader can say what is wrong with it) and anything else is text.
 */
class FormatSniffer
{
public:
    enum class Format { Text, Html, Mhtml, Rtf, Docx, Doc, Pdf };

    /** How many leading bytes sniff() looks at; callers may pass more. */
    static constexpr qsizetype headSize = 64 * 1024;

    static Format sniff(const QString &filePath, const QByteArray &head);
    /** The name of a format as the CLI's JSON gives it (`text`, `html`, `rtf`, `docx`, `doc`, `pdf`;
     *  an MHTML archive is a web page: `html`). */
    static QString name(Format format);
};

} // namespace gk
