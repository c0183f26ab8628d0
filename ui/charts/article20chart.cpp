#include "article20chart.h"

#include "model/report.h"
#include "model/templatelabels.h"

namespace gk {

namespace {

const QStringList tableIds{QStringLiteral("art20_1"), QStringLiteral("art20_5"), QStringLiteral("art20_6"),
                           QStringLiteral("art20_8"), QStringLiteral("art20_9")};

} // namespace

QString Article20Chart::id() const
{
    return QStringLiteral("art20");
}

QString Article20Chart::title() const
{
    return tr("Article 20 items");
}

QString Article20Chart::shortTitle() const
{
    return tr("Article 20");
}

ChartData Article20Chart::build(const Report &report) const
{
    ChartData data = newChart();
    data.horizontal = true;
    data.valueAxisTitle = tr("Count (amounts in 10,000 yuan)");
    ChartSet set;
    set.name = tr("Value");
    for (const QString &tableId : tableIds) {
        const ReportTable *table = presentTable(report, tableId);
        if (!table)
            continue;
        for (const RowSpec &row : table->spec.rows) {
            for (const ColumnSpec &column : table->spec.columns) {
                const QString label =
                    TemplateLabels::label(row.label) + QStringLiteral(" · ") + TemplateLabels::column(column);
                data.categories.append(column.amount ? tr("%1 (10,000 yuan)").arg(label) : label);
                append(&data, &set, report, {CellId::join(tableId, row.id, column.id)});
            }
        }
    }
    if (data.categories.isEmpty())
        return emptyChart(tr("The report has none of the Article 20 tables, so there is nothing to chart here."));
    data.sets.append(set);
    return data;
}

} // namespace gk
