#pragma once

#include "io/sourcedocument.h"
#include "model/report.h"

#include <QCoreApplication>
#include <QList>

namespace gk {

/**
 * The arithmetic as the proof-reader of a scanned report. A value read by OCR is certain only when
 * its reading is confident or the table's sums confirm it (every identity of applications /
 * reviews it takes part in holds); any other OCR value is marked uncertain and gets an
 * `ocr.unconfirmed` finding. Where exactly one other reading of one of its digits (3↔8, 1↔7,
 * 0↔6, …) makes every sum it takes part in hold, the finding offers that value as the likely
 * correction. Lives in gkcore (Qt Core only): it needs the report and the readings, not the images.
 */
class OcrProofreader
{
    Q_DECLARE_TR_FUNCTIONS(gk::OcrProofreader)
public:
    /** Tesseract confidence (0-100) from which a reading no sum confirms is still taken as certain. */
    static constexpr double certainConfidence = 93;

    static void proofread(Report *report, const QList<OcrReading> &readings);

    /** The other readings of one digit an OCR engine is known to confuse it with. */
    static QString confusableWith(QChar digit);
};

} // namespace gk
