#pragma once

#include "sourcedocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * Word documents (.docx): word/document.xml read from the zip with libzip (not QuaZip: QuaZip and
 * libxlsxwriter both export minizip's zipOpen* symbols and crash in one process). Paragraphs become
 * lines; tables become true grids (w:gridSpan, w:vMerge restart/continue as placeholders); tracked
 * insertions are kept and deletions dropped; field results kept, field codes and bookmarks ignored.
 */
class DocxReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::DocxReader)
public:
    static ReadResult read(const QString &filePath, const QByteArray &bytes);
};

/** Legacy Word and WPS files (.doc/.wps): converted to DOCX by LibreOffice when it is installed. */
class LegacyWordReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::LegacyWordReader)
public:
    static constexpr int conversionTimeoutMs = 120000;
    static ReadResult read(const QString &filePath);
    /**
     * Ends every conversion running now or later in this process (LibreOffice is killed, the read
     * fails): for an application that quits and must not wait for a conversion nobody will look at.
     */
    static void abortConversions();
};

} // namespace gk
