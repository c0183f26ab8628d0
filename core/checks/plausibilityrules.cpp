#include "plausibilityrules.h"

#include "model/templatelabels.h"
#include "sumcheck.h"

namespace gk {

namespace {

void appendSpans(Finding &finding, const QList<const ReportCell *> &cells)
{
    for (const ReportCell *cell : cells) {
        finding.cells.append(cell->id);
        if (cell->span.isValid())
            finding.spans.append(cell->span);
    }
}

} // namespace

QList<Finding> PlausibilityRules::check(const Report &report)
{
    QList<Finding> findings;

    // 2019 template: 上一年项目数量 + 本年增/减 is this year's number of items, which cannot be negative.
    for (const QString &tableId : {QStringLiteral("art20_5"), QStringLiteral("art20_6"), QStringLiteral("art20_8")}) {
        const ReportTable *table = report.table(tableId);
        if (!table || !table->present)
            continue;
        for (const RowSpec &row : table->spec.rows) {
            const ReportCell *prev = table->cell(row.id, QStringLiteral("prev_count"));
            const ReportCell *change = table->cell(row.id, QStringLiteral("change"));
            if (!prev || !change || !prev->value.isNumber() || !change->value.isNumber())
                continue;
            const double now = prev->value.number() + change->value.number();
            if (now >= 0)
                continue;
            Finding finding;
            finding.rule = QStringLiteral("plausibility.negative_stock");
            finding.severity = Severity::Warning;
            appendSpans(finding, {prev, change});
            finding.expression = QStringLiteral("上一年项目数量+本年增/减 = %1%2%3 = %4 < 0")
                                     .arg(SumCheck::formatNumber(prev->value.number()),
                                          change->value.number() < 0 ? QString() : QStringLiteral("+"),
                                          SumCheck::formatNumber(change->value.number()),
                                          SumCheck::formatNumber(now));
            finding.message = tr("%1: %2 items last year and a change of %3 would leave %4 items this year")
                                  .arg(TemplateLabels::row(row), prev->value.displayText(), change->value.displayText(),
                                       SumCheck::formatNumber(now));
            findings.append(finding);
        }
    }

    // 2019 template: what was newly published this year is part of what is published in total.
    if (const ReportTable *table = report.table(QStringLiteral("art20_1")); table && table->present) {
        for (const RowSpec &row : table->spec.rows) {
            const ReportCell *published = table->cell(row.id, QStringLiteral("new_published"));
            const ReportCell *total = table->cell(row.id, QStringLiteral("total_published"));
            if (!published || !total || !published->value.isNumber() || !total->value.isNumber())
                continue;
            if (published->value.number() <= total->value.number())
                continue;
            Finding finding;
            finding.rule = QStringLiteral("plausibility.published_exceeds_total");
            finding.severity = Severity::Warning;
            appendSpans(finding, {published, total});
            finding.expression = QStringLiteral("本年新公开数量 = %1 > 对外公开总数量 = %2")
                                     .arg(published->value.displayText(), total->value.displayText());
            finding.message = tr("%1: %2 newly published this year, but only %3 published in total")
                                  .arg(TemplateLabels::row(row), published->value.displayText(), total->value.displayText());
            findings.append(finding);
        }
    }
    return findings;
}

} // namespace gk
