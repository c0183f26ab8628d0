#include "extractor.h"

#include "io/filereader.h"
#include "io/ocr/ocrproofreader.h"
#include "layout/textlayout.h"
#include "template/reportparser.h"

namespace gk {

Extractor::Result Extractor::extract(const QString &filePath)
{
    return fromDocument(FileReader::read(filePath));
}

Extractor::Result Extractor::extract(const QStringList &filePaths)
{
    return fromDocument(FileReader::readPages(filePaths));
}

Extractor::Result Extractor::fromDocument(ReadResult read)
{
    Result result;
    if (!read.ok) {
        result.error = read.error;
        return result;
    }
    // Every line becomes a row of cells before the template sees it, at a few hundred bytes each:
    // 63 MB of one-character lines would need gigabytes. A report has a few thousand lines.
    const qsizetype lines = read.document.rows.isEmpty() ? read.document.text.count(QLatin1Char('\n')) + 1
                                                         : read.document.rows.size();
    if (lines > maxLines) {
        result.error = tr("%1: %2 lines; a report has far fewer, and files are read up to %3 lines")
                           .arg(read.document.fileName)
                           .arg(lines)
                           .arg(maxLines);
        return result;
    }
    if (read.document.rows.isEmpty())
        read.document.rows = TextLayout::rows(read.document.text);
    result.report = ReportParser::parse(read.document);
    // A warning no one sees is a silent change of the text: it is a finding like any other.
    for (const QString &warning : std::as_const(read.document.warnings)) {
        Finding finding;
        finding.rule = QStringLiteral("source.decoding");
        finding.severity = Severity::Warning;
        finding.subject = QStringLiteral("decoding %1").arg(result.report.parseFindings.size());
        finding.message = tr("The text of %1 is not exactly as in the file: %2").arg(read.document.fileName, warning);
        result.report.parseFindings.append(finding);
    }
    // A scanned report: values no confident reading or sum confirms are marked uncertain.
    OcrProofreader::proofread(&result.report, read.document.ocrReadings);
    result.ok = true;
    return result;
}

} // namespace gk
