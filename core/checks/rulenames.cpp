#include "rulenames.h"

namespace gk {

QString RuleNames::name(const QString &ruleId)
{
    // One switch over the stable ids of report-model.md; a rule added there is shown by its id
    // until it is named here.
    static const struct
    {
        const char *id;
        const char *name;
    } names[] = {
        {"applications.balance", QT_TR_NOOP("Applications balance (一 + 二 = 三（七）+ 四)")},
        {"applications.row_total", QT_TR_NOOP("Row total")},
        {"applications.result_total", QT_TR_NOOP("Outcome total (三（七）)")},
        {"reviews.group_total", QT_TR_NOOP("Review and litigation group total")},
        {"value.invalid", QT_TR_NOOP("Invalid value")},
        {"value.blank", QT_TR_NOOP("Blank cell")},
        {"table.missing", QT_TR_NOOP("Table missing")},
        {"table.missing_row", QT_TR_NOOP("Row missing")},
        {"table.repeated", QT_TR_NOOP("Table held more than once")},
        {"layout.ambiguous_columns", QT_TR_NOOP("Column placement uncertain")},
        {"layout.extra_row", QT_TR_NOOP("Row beyond the template")},
        {"label.variant", QT_TR_NOOP("Label variant")},
        {"narrative.mismatch", QT_TR_NOOP("Text disagrees with the table")},
        {"meta.late_publication", QT_TR_NOOP("Published late")},
        {"meta.missing_section", QT_TR_NOOP("Required section missing")},
        {"plausibility.negative_stock", QT_TR_NOOP("Implausible: negative count")},
        {"plausibility.published_exceeds_total", QT_TR_NOOP("Implausible: more published than exist")},
        {"series.carry_mismatch", QT_TR_NOOP("Carried over ≠ carried forward last year")},
    };
    for (const auto &entry : names) {
        if (ruleId == QLatin1String(entry.id))
            return tr(entry.name);
    }
    return ruleId;
}

} // namespace gk
