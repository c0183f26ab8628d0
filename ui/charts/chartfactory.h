#pragma once

#include "chartdata.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gk {

/** What a chart draws, read back from its series and axes (tests and diagnostics need no Qt Charts). */
struct ChartContents
{
    QString title;
    /** The message of an empty chart. */
    QString message;
    /** Categories in the order the axis draws them (bottom-up for horizontal bars). */
    QStringList categories;
    QStringList setNames;
    /** Per set, one value per category, as the bars hold them. */
    QList<QList<qreal>> values;
    /** The value axis: its title and the range it shows. */
    QString valueAxisTitle;
    qreal valueMin = 0;
    qreal valueMax = 0;

    bool hasBars() const { return !setNames.isEmpty(); }
    /** The bar of a set at a category, NaN when there is none. */
    qreal value(int set, const QString &category) const;
};

/** Draws ChartData as a Qt Charts bar chart, and updates one in place when only values changed. */
class ChartFactory
{
public:
    /** A new chart (the caller owns it). An empty ChartData gives a chart with its message centred. */
    static QChart *create(const ChartData &data);
    /**
     * Puts the values (and title note) of `data` into a chart made by create() from data of the same
     * shape; false, and the chart untouched, when the shape differs (build a new chart then).
     */
    static bool update(QChart *chart, const ChartData &data, const ChartData &previous);
    /** The narrowest chart whose side labels show whole (0: any width). */
    static int minimumWidth(const ChartData &data);
    /** Room for the title, axis and legend, and for each horizontal bar's label in a CJK font. */
    static int minimumHeight(const ChartData &data);
    /**
     * Splits `height` pixels among charts drawn one under another: each the room of its title and
     * axis, the rest in proportion to its bars, so that every bar of the figure gets the same room.
     */
    static QList<int> stackedHeights(const QList<ChartData> &parts, int height);
    /** The message an empty chart shows, else an empty string. */
    static QString message(const QChart *chart);
    static ChartContents contents(const QChart *chart);
    /** The contents of the chart create() makes of `data` (not of its panels). */
    static ChartContents contents(const ChartData &data);
};

} // namespace gk
