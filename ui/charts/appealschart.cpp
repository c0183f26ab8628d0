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

/** The template labels its columns "group part" (行政复议 结果维持): the group or the part of one. */
QString labelPart(const TableSpec &spec, const QString &columnId, int section)
{
    const int index = spec.columnIndex(columnId);
    if (index < 0)
        return columnId;
    return TemplateLabels::label(spec.columns.at(index).label.section(QLatin1Char(' '), section, section));
}

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
        data.categories.append(labelPart(table->spec, column(group, parts.constFirst()), 0));
    for (const QString &part : parts) {
        ChartSet set;
        set.name = labelPart(table->spec, column(groups.constFirst(), part), 1);
        for (const QString &group : groups)
            append(&data, &set, report, {CellId::join(tableId, rowId, column(group, part))});
        data.sets.append(set);
    }
    return data;
}

} // namespace gk
