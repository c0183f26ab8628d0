#include "applicantschart.h"

#include "model/report.h"
#include "model/templatelabels.h"

namespace gk {

namespace {

const QString tableId = QStringLiteral("applications");

} // namespace

QString ApplicantsChart::id() const
{
    return QStringLiteral("applicants");
}

QString ApplicantsChart::title() const
{
    return tr("Applications by type of applicant");
}

QString ApplicantsChart::shortTitle() const
{
    return tr("Applicants");
}

ChartData ApplicantsChart::build(const Report &report) const
{
    const ReportTable *table = presentTable(report, tableId);
    if (!table)
        return emptyChart(missingTableMessage(report, tableId));

    ChartData data = newChart();
    data.valueAxisTitle = tr("Applications");
    const struct
    {
        QString rowId;
        QString name;
    } rows[] = {{QStringLiteral("new_received"), tr("Received this year")},
                {QStringLiteral("carried_over"), tr("Carried over from last year")}};
    for (const auto &row : rows) {
        ChartSet set;
        set.name = row.name;
        data.sets.append(set);
    }
    for (const ColumnSpec &column : table->spec.columns) {
        if (column.id == QLatin1String("total"))
            continue;
        data.categories.append(TemplateLabels::column(column));
        for (int i = 0; i < data.sets.size(); ++i)
            append(&data, &data.sets[i], report, {CellId::join(tableId, rows[i].rowId, column.id)});
    }
    return data;
}

} // namespace gk
