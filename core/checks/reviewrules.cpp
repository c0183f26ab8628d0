#include "reviewrules.h"

#include "model/templatelabels.h"
#include "sumcheck.h"

namespace gk {

QList<Finding> ReviewRules::check(const Report &report)
{
    QList<Finding> findings;
    const ReportTable *table = report.table(QStringLiteral("reviews"));
    if (!table || !table->present)
        return findings;
    const QString groups[] = {QStringLiteral("review"), QStringLiteral("direct"), QStringLiteral("after")};
    const QString groupLabels[] = {tr("Administrative reconsideration (行政复议)"),
                                   tr("Litigation without reconsideration (未经复议直接起诉)"),
                                   tr("Litigation after reconsideration (复议后起诉)")};
    const QString parts[] = {QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                             QStringLiteral("pending")};
    for (int r = 0; r < table->spec.rows.size(); ++r) {
        const QString rowId = table->spec.rows.at(r).id;
        for (int g = 0; g < 3; ++g) {
            SumCheck check;
            check.table = &table->spec;
            check.rule = QStringLiteral("reviews.group_total");
            check.subject = groupLabels[g];
            // A value in a guessed column may belong to the neighbouring group.
            check.placementSensitive = true;
            check.left.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "总计"));
            check.left.cells = {table->cell(rowId, groups[g] + QStringLiteral("_total"))};
            check.right.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "维持+纠正+其他+尚未审结"));
            for (const QString &part : parts)
                check.right.cells.append(table->cell(rowId, groups[g] + QLatin1Char('_') + part));
            if (check.left.cells.constFirst() == nullptr)
                continue;
            if (std::optional<Finding> finding = check.evaluate())
                findings.append(*finding);
        }
    }
    return findings;
}

} // namespace gk
