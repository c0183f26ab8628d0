#pragma once

// A page of a scanned fixture PDF (tests/data/scans) as an image file would hold it: grey, at the
// resolution the PDF is rendered at, and saying so (a scanner writes its resolution into the file).

#include "scansource.h"

#include <QFile>
#include <QImage>
#include <QString>

namespace gk::test {

inline QImage scanPageImage(const QString &scanFixture, int page)
{
    QFile pdf(QStringLiteral(GK_TEST_DATA_DIR "/scans/") + scanFixture);
    if (!pdf.open(QIODevice::ReadOnly))
        return {};
    auto source = ocr::ScanSource::fromPdfData(pdf.readAll());
    if (!source)
        return {};
    QImage image = source->page(page - 1).image;
    const int dotsPerMeter = qRound(ocr::ScanSource::pdfDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

} // namespace gk::test
