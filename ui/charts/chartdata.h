#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gk {

/** One bar set of a chart: a value per category and the cells each value was read from. */
struct ChartSet
{
    QString name;
    QList<qreal> values;
    /** Per value, the canonical cell ids it sums (one id for a plain cell). */
    QList<QStringList> cells;
};

/**
 * What a chart shows, before any drawing: built from a Report by a ChartBuilder, drawn by
 * ChartFactory, compared on every correction so that an unchanged shape is updated in place.
 */
struct ChartData
{
    QString id;
    QString title;
    QString valueAxisTitle;
    QStringList categories;
    QList<ChartSet> sets;
    /** Bars run left to right (long category labels read better beside the bar). */
    bool horizontal = false;
    /** Why there is nothing to chart (a table absent from the report). */
    QString emptyMessage;
    /** Cells that are blank or not a number and therefore drawn as 0. */
    int unreadableCells = 0;
    /**
     * Charts drawn under this one in the same figure (and file), each with a value axis of its own:
     * a quantity of another kind (a yearly change, an amount in 万元) never shares the counts' axis.
     */
    QList<ChartData> panels;

    bool isEmpty() const { return sets.isEmpty() || categories.isEmpty(); }
    /** The same categories, sets and panels in the same order: only values (and notes) may differ. */
    bool sameShape(const ChartData &other) const;
    /** A line under the title about cells drawn as 0, empty when there are none. */
    QString note() const;
    /** This chart and then its panels, each without panels: the charts to draw, top to bottom. */
    QList<ChartData> parts() const;
    /** The unreadable cells of this chart and its panels. */
    int allUnreadableCells() const;
};

} // namespace gk
