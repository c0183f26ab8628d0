#include "reportparser.h"

namespace gk {

Report ReportParser::parse(const SourceDocument &document)
{
    Report report;
    report.filePath = document.filePath;
    report.fileName = document.fileName;
    report.format = document.format;
    report.encoding = document.encoding;
    report.text = document.text;
    return report;
}

} // namespace gk
