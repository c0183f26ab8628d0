#include "outcomeschart.h"

#include "model/report.h"
#include "model/templatelabels.h"

namespace gk {

namespace {

const QString tableId = QStringLiteral("applications");
const QString totalColumn = QStringLiteral("total");

struct OutcomeGroup
{
    /** The template's heading of the group, 三（一） to 三（六), marked for TemplateLabels. */
    const char *heading;
    /** Rows of the group by RowSpec::group, else by id. */
    QString templateGroup;
    QStringList rowIds;
};

const QList<OutcomeGroup> &outcomeGroups()
{
    static const QList<OutcomeGroup> groups{
        {QT_TRANSLATE_NOOP("gk::TemplateLabels", "予以公开"), QString(), {QStringLiteral("disclosed")}},
        {QT_TRANSLATE_NOOP("gk::TemplateLabels", "部分公开"), QString(), {QStringLiteral("partial")}},
        {QT_TRANSLATE_NOOP("gk::TemplateLabels", "不予公开"), QStringLiteral("三（三）"), {}},
        {QT_TRANSLATE_NOOP("gk::TemplateLabels", "无法提供"), QStringLiteral("三（四）"), {}},
        {QT_TRANSLATE_NOOP("gk::TemplateLabels", "不予处理"), QStringLiteral("三（五）"), {}},
        // The 2019 template has one （六） row, the 2021 template three.
        {QT_TRANSLATE_NOOP("gk::TemplateLabels", "其他处理"), QStringLiteral("三（六）"), {QStringLiteral("other")}},
    };
    return groups;
}

} // namespace

QString OutcomesChart::id() const
{
    return QStringLiteral("outcomes");
}

QString OutcomesChart::title() const
{
    return tr("Outcomes of the applications");
}

QString OutcomesChart::shortTitle() const
{
    return tr("Outcomes");
}

ChartData OutcomesChart::build(const Report &report) const
{
    const ReportTable *table = presentTable(report, tableId);
    if (!table)
        return emptyChart(missingTableMessage(report, tableId));

    ChartData data = newChart();
    data.valueAxisTitle = tr("Applications (total column)");
    ChartSet set;
    set.name = tr("Applications");
    for (const OutcomeGroup &group : outcomeGroups()) {
        QStringList cells;
        for (const RowSpec &row : table->spec.rows) {
            if ((!group.templateGroup.isEmpty() && row.group == group.templateGroup) || group.rowIds.contains(row.id))
                cells.append(CellId::join(tableId, row.id, totalColumn));
        }
        data.categories.append(TemplateLabels::label(QString::fromUtf8(group.heading)));
        append(&data, &set, report, cells);
    }
    data.sets.append(set);
    return data;
}

} // namespace gk
