#pragma once

#include "io/sourcedocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * PDF files through Poppler-Qt6: text boxes page by page; tables rebuilt from the ruling lines
 * drawn around their cells (found on a small grey rendering of the page) with the text boxes placed
 * in the cells they sit in, merged cells becoming row and column spans; where the page has no ruling
 * lines, tables are rebuilt from the words' geometry (BorderlessTables); a table that runs on at the
 * top of the next page with the same columns continues the same table. Every cell keeps its page
 * and box. Lives in gkpdf, not gkcore, because Poppler-Qt6 links Qt Gui.
 */
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::PdfReader)
public:
    /** Longer PDFs are refused (5,000 one-line pages took a minute); a report has tens of pages. */
    static constexpr int maxPages = 500;

    static ReadResult read(const QString &filePath, const QByteArray &bytes);
};

/** Makes FileReader read PDF files through PdfReader; call once before reading. */
void registerPdfReader();

} // namespace gk
