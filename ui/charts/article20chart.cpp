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
    // Three kinds of quantity, three value axes: a count of 638407 decisions, a change of -58 items and
    // 21350.46 万元 on one axis would flatten all but the largest to nothing.
    ChartData counts = newChart();
    counts.valueAxisTitle = tr("Count");
    ChartData changes = newChart();
    changes.title = tr("Change on the previous year");
    changes.valueAxisTitle = tr("Change (may be negative)");
    ChartData amounts = newChart();
    // The unit goes in the panel's title: a panel of one or two bars is too low for an axis title,
    // which Qt Charts then cuts to "...".
    amounts.title = tr("Amounts (10,000 yuan)");
    ChartSet countSet{tr("Count"), {}, {}};
    ChartSet changeSet{tr("Change"), {}, {}};
    ChartSet amountSet{tr("Amount"), {}, {}};
    for (const QString &tableId : tableIds) {
        const ReportTable *table = presentTable(report, tableId);
        if (!table)
            continue;
        for (const RowSpec &row : table->spec.rows) {
            for (const ColumnSpec &column : table->spec.columns) {
                const QString label =
                    TemplateLabels::label(row.label) + QStringLiteral(" · ") + TemplateLabels::column(column);
                const QString cell = CellId::join(tableId, row.id, column.id);
                if (column.amount) {
                    amounts.categories.append(tr("%1 (10,000 yuan)").arg(label));
                    append(&amounts, &amountSet, report, {cell});
                } else if (column.mayBeNegative) {
                    changes.categories.append(label);
                    append(&changes, &changeSet, report, {cell});
                } else {
                    counts.categories.append(label);
                    append(&counts, &countSet, report, {cell});
                }
            }
        }
    }
    counts.sets.append(countSet);
    for (ChartData *part : {&counts, &changes, &amounts})
        part->horizontal = true; // long template labels read better beside the bar
    changes.sets.append(changeSet);
    amounts.sets.append(amountSet);
    QList<ChartData> parts;
    for (const ChartData &part : {counts, changes, amounts}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty())
        return emptyChart(tr("The report has none of the Article 20 tables, so there is nothing to chart here."));
    ChartData data = parts.takeFirst();
    data.title = title(); // the figure's title, whatever kind comes first
    data.panels = parts;
    return data;
}

} // namespace gk
