#pragma once

#include "sourcedocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * Rich Text Format (often served as `.doc`): paragraphs become lines and `\trowd … \cell … \row`
 * tables become true grids (column spans from the `\cellx` boundaries, `\clvmgf`/`\clvmrg` as
 * placeholders, `\clmgf`/`\clmrg` as spans), as the HTML and DOCX readers make them.
 *
 * Written by hand: Debian has no C or C++ library that turns RTF into text and tables (librtf and
 * unrtf are programs that print HTML; LibreOffice needs a process and seconds per file). The reader
 * covers what reports use: groups, control words, `\'hh` bytes in the document's code page
 * (`\ansicpgN`, or the charset of the current font) decoded through ICU, `\uN` with its `\ucN`
 * fallback skipped, destinations that are not text skipped (`\*`, font, colour and style tables,
 * info, pictures, headers and footers, field instructions), hidden text and `\binN` data.
 */
class RtfReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::RtfReader)
public:
    static ReadResult read(const QString &filePath, const QByteArray &bytes);
};

} // namespace gk
