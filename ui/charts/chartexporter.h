#pragma once

#include "chartdata.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

class QPainter;

namespace gk {

class Report;

/**
 * Writes charts as PNG or SVG at a requested pixel size, atomically (a failed write leaves the old
 * file). Needs a QApplication (Qt Charts draws with Qt Widgets); headless, the offscreen platform.
 */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(gk::ChartExporter)
public:
    static QSize defaultSize() { return QSize(1200, 800); }
    static QSize minimumSize() { return QSize(200, 150); }
    static QSize maximumSize() { return QSize(8000, 8000); }
    /** 36 million pixels: the image alone takes 144 MB before it is encoded. */
    static qint64 maximumPixels() { return 36'000'000; }
    /** Within minimumSize() and maximumSize() and at most maximumPixels(). */
    static bool acceptsSize(const QSize &size);

    /** PNG or SVG by the file's suffix; false with an error naming the file and the cause. */
    static bool write(const ChartData &data, const QString &filePath, const QSize &size, QString *error);
    static bool writePng(const ChartData &data, const QString &filePath, const QSize &size, QString *error);
    static bool writeSvg(const ChartData &data, const QString &filePath, const QSize &size, QString *error);
    /**
     * Writes every chart of the report into `dir` (made when missing) as ID.png and ID.svg; `written`
     * receives the paths written. Stops at the first failure.
     */
    static bool writeAll(const Report &report, const QString &dir, const QSize &size, QStringList *written,
                         QString *error);

    /** Draws the chart (and its panels under it) filling `size` pixels from the painter's origin. */
    static void render(const ChartData &data, const QSize &size, QPainter *painter);
    /** Every text drawn when the chart is rendered at `size` (titles, axis titles, labels), as drawn. */
    static QStringList drawnTexts(const ChartData &data, const QSize &size);

private:
    static bool checkSize(const QString &filePath, const QSize &size, QString *error);
};

} // namespace gk
