#pragma once

#include "chartdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gk {

class Report;
struct ReportTable;

/** Turns a (corrected) report into the data of one chart. One subclass per chart. */
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(gk::ChartBuilder)
public:
    virtual ~ChartBuilder() = default;

    /** A stable id, also the file name of the exported chart ("outcomes" → outcomes.png). */
    virtual QString id() const = 0;
    /** The chart's title in the user's language. */
    virtual QString title() const = 0;
    /** A short name for a tab. */
    virtual QString shortTitle() const = 0;
    virtual ChartData build(const Report &report) const = 0;

    /** The four charts, in the order the pane shows them. */
    static const QList<const ChartBuilder *> &all();

protected:
    /** The chart without bars and with a plain message, for a table the report does not have. */
    ChartData emptyChart(const QString &message) const;
    ChartData newChart() const;
    /** The table when the report has it, else nullptr. */
    static const ReportTable *presentTable(const Report &report, const QString &tableId);
    /** A message naming the absent table by its template title. */
    static QString missingTableMessage(const Report &report, const QString &tableId);
    /** Adds the sum of the cells to the set (blank or invalid cells count 0 and are noted). */
    static void append(ChartData *data, ChartSet *set, const Report &report, const QStringList &cellIds);
};

} // namespace gk
