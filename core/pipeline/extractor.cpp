#include "extractor.h"

#include "io/filereader.h"
#include "io/ocr/ocrproofreader.h"
#include "layout/textlayout.h"
#include "template/reportparser.h"

namespace gk {

Extractor::Result Extractor::extract(const QString &filePath)
{
    Result result;
    ReadResult read = FileReader::read(filePath);
    if (!read.ok) {
        result.error = read.error;
        return result;
    }
    if (read.document.rows.isEmpty())
        read.document.rows = TextLayout::rows(read.document.text);
    result.report = ReportParser::parse(read.document);
    // A scanned report: values no confident reading or sum confirms are marked uncertain.
    OcrProofreader::proofread(&result.report, read.document.ocrReadings);
    result.ok = true;
    return result;
}

} // namespace gk
