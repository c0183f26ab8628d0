#include "chartbuilder.h"

#include "appealschart.h"
#include "applicantschart.h"
#include "article20chart.h"
#include "model/report.h"
#include "model/templatelabels.h"
#include "outcomeschart.h"

namespace gk {

const QList<const ChartBuilder *> &ChartBuilder::all()
{
    static const OutcomesChart outcomes;
    static const ApplicantsChart applicants;
    static const AppealsChart appeals;
    static const Article20Chart article20;
    static const QList<const ChartBuilder *> builders{&outcomes, &applicants, &appeals, &article20};
    return builders;
}

ChartData ChartBuilder::newChart() const
{
    ChartData data;
    data.id = id();
    data.title = title();
    return data;
}

ChartData ChartBuilder::emptyChart(const QString &message) const
{
    ChartData data = newChart();
    data.emptyMessage = message;
    return data;
}

const ReportTable *ChartBuilder::presentTable(const Report &report, const QString &tableId)
{
    const ReportTable *table = report.table(tableId);
    return table && table->present ? table : nullptr;
}

QString ChartBuilder::missingTableMessage(const Report &report, const QString &tableId)
{
    const TableSpec *spec = TemplateSpec::table(report.templateVersion, tableId);
    return tr("The report has no table “%1”, so there is nothing to chart here.")
        .arg(spec ? TemplateLabels::title(*spec) : tableId);
}

void ChartBuilder::append(ChartData *data, ChartSet *set, const Report &report, const QStringList &cellIds)
{
    qreal sum = 0;
    for (const QString &cellId : cellIds) {
        const CellValue value = report.value(cellId);
        if (value.isNumber())
            sum += value.number();
        else
            ++data->unreadableCells;
    }
    set->values.append(sum);
    set->cells.append(cellIds);
}

} // namespace gk
