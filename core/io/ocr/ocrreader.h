#pragma once

#include "io/sourcedocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gk {

/**
 * Scanned reports: PDFs of page images with no text layer, and image files of pages. Each page is
 * rendered (Poppler) or decoded, straightened, its ruled tables rebuilt from the ruling lines in the
 * picture (ocr::ScanPage) and each cell read by Tesseract (ocr::CellRecognizer): digits with a digit
 * whitelist, labels in chi_sim, cell by cell rather than the whole page; lines of text outside the
 * tables are read one by one. The result is the grid a ruled PDF gives (cells with their page and
 * box), so the template matching is the same; each cell's OCR reading and confidence go with it
 * (SourceDocument::ocrReadings) for OcrProofreader. Pages are read one at a time, reported to and
 * cancellable through ReadProgress. Lives in gkocr (Poppler-Qt6 links Qt Gui).
 */
class OcrReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::OcrReader)
public:
    /** A PDF: read by PdfReader when it has a text layer, else by OCR. */
    static ReadResult readPdf(const QString &filePath, const QByteArray &bytes);
    /** One image file (a multi-page TIFF gives several pages). */
    static ReadResult readImage(const QString &filePath, const QByteArray &bytes);
    /** Several image files, one report: the pages in the order given (FileReader::readPages names
     *  the document after the first file). */
    static ReadResult readImages(const QStringList &filePaths);
    /** Whether Tesseract's Chinese and English data are installed (tesseract-ocr-chi-sim, -eng). */
    static bool hasLanguageData();
};

/**
 * Makes FileReader read scanned PDFs and image files through OcrReader; call once at start-up,
 * after registerPdfReader() (a PDF with a text layer still goes to PdfReader).
 */
void registerOcrReader();

} // namespace gk
