#pragma once

// A report as if read by OCR, for the tests of what the arithmetic makes of OCR readings.

#include "io/ocr/ocrproofreader.h"
#include "reportbuilder.h"

namespace gk::test {

// A report as if scanned: every cell has an OCR reading, confident unless named in `doubtful`.
inline Report scanned(const QString &edits, const QStringList &doubtful, double doubtfulConfidence = 40)
{
    Report report = ReportBuilder().apply(edits).report();
    QList<OcrReading> readings;
    qsizetype position = 0;
    for (ReportTable &table : report.tables) {
        for (ReportCell &cell : table.cells) {
            const QString text = cell.value.text();
            cell.span = SourceSpan::at(position, text.size());
            OcrReading reading;
            reading.start = position;
            reading.length = text.size();
            reading.confidence = doubtful.contains(cell.id) ? doubtfulConfidence : 99;
            for (qsizetype i = 0; i < text.size(); ++i)
                reading.characterConfidences.append(reading.confidence);
            readings.append(reading);
            position += text.size() + 1;
        }
    }
    OcrProofreader::proofread(&report, readings);
    return report;
}

} // namespace gk::test
