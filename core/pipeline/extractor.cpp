#include "extractor.h"

#include "io/filereader.h"
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
    result.ok = true;
    return result;
}

} // namespace gk
