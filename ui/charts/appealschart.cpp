#include "appealschart.h"

#include "model/report.h"
#include "model/templatelabels.h"

namespace gk {

namespace {

const QString tableId = QStringLiteral("reviews");
const QString rowId = QStringLiteral("all");
const QStringList groups{QStringLiteral("review"), QStringLiteral("direct"), QStringLiteral("after")};
const QStringList parts{QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                        QStringLiteral("pending"), QStringLiteral("total")};

} // namespace

QString AppealsChart::id() const
{
    return QStringLiteral("reviews");
}

QString AppealsChart::title() const
{
    return tr("Administrative reconsideration and litigation");
}

QString AppealsChart::shortTitle() const
{
    return tr("Appeals");
}

ChartData AppealsChart::build(const Report &report) const
{
    const ReportTable *table = presentTable(report, tableId);
    if (!table)
        return emptyChart(missingTableMessage(report, tableId));

    ChartData data = newChart();
    data.valueAxisTitle = tr("Cases");
    const auto column = [](const QString &group, const QString &part) -> QString {
        return group + QLatin1Char('_') + part;
    };
    for (const QString &group : groups)
        data.categories.append(TemplateLabels::columnGroup(tableId, column(group, parts.constFirst())));
    for (const QString &part : parts) {
        ChartSet set;
        const int index = table->spec.columnIndex(column(groups.constFirst(), part));
        set.name = index >= 0 ? TemplateLabels::columnLeaf(table->spec.columns.at(index)) : part;
        for (const QString &group : groups)
            append(&data, &set, report, {CellId::join(tableId, rowId, column(group, part))});
        data.sets.append(set);
    }
    return data;
}

} // namespace gk
