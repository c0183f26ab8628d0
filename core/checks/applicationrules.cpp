#include "applicationrules.h"

#include "model/templatelabels.h"
#include "sumcheck.h"

namespace gk {

namespace {

const QString totalColumn = QStringLiteral("total");

void add(QList<Finding> &findings, const SumCheck &check)
{
    if (std::optional<Finding> finding = check.evaluate())
        findings.append(*finding);
}

} // namespace

QStringList ApplicationRules::resultRowIds(const TableSpec &spec)
{
    static const QStringList notResults{QStringLiteral("new_received"), QStringLiteral("carried_over"),
                                        QStringLiteral("result_total"), QStringLiteral("carried_forward")};
    QStringList ids;
    for (const RowSpec &row : spec.rows) {
        if (!notResults.contains(row.id))
            ids.append(row.id);
    }
    return ids;
}

QList<Finding> ApplicationRules::check(const Report &report)
{
    QList<Finding> findings;
    const ReportTable *table = report.table(QStringLiteral("applications"));
    if (!table || !table->present)
        return findings;
    const TableSpec &spec = table->spec;
    const int totalIndex = spec.columnIndex(totalColumn);
    const QStringList results = resultRowIds(spec);

    // Per row: 总计 = the six applicant columns.
    if (totalIndex >= 0) {
        for (int r = 0; r < spec.rows.size(); ++r) {
            SumCheck check;
            check.table = &spec;
            check.rule = QStringLiteral("applications.row_total");
            check.subject = tr("Row %1").arg(TemplateLabels::row(spec.rows.at(r)));
            check.left.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "总计"));
            check.left.cells = {table->cell(r, totalIndex)};
            check.right.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "自然人+…+其他"));
            for (int c = 0; c < spec.columns.size(); ++c) {
                if (c != totalIndex)
                    check.right.cells.append(table->cell(r, c));
            }
            add(findings, check);
        }
    }

    for (int c = 0; c < spec.columns.size(); ++c) {
        const QString columnId = spec.columns.at(c).id;
        const QString subject = tr("Column %1").arg(TemplateLabels::column(spec.columns.at(c)));

        SumCheck balance;
        balance.table = &spec;
        balance.rule = QStringLiteral("applications.balance");
        balance.subject = subject;
        balance.placementSensitive = true;
        balance.left.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "一+二"));
        balance.left.cells = {table->cell(QStringLiteral("new_received"), columnId),
                              table->cell(QStringLiteral("carried_over"), columnId)};
        balance.right.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（七）+四"));
        balance.right.cells = {table->cell(QStringLiteral("result_total"), columnId),
                               table->cell(QStringLiteral("carried_forward"), columnId)};
        add(findings, balance);

        SumCheck total;
        total.table = &spec;
        total.rule = QStringLiteral("applications.result_total");
        total.subject = subject;
        total.placementSensitive = true;
        total.left.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（七）"));
        total.left.cells = {table->cell(QStringLiteral("result_total"), columnId)};
        total.right.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（一）+…+三（六）"));
        for (const QString &rowId : results)
            total.right.cells.append(table->cell(rowId, columnId));
        add(findings, total);
    }
    return findings;
}

} // namespace gk
