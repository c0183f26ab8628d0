#include "valuerules.h"

#include "model/templatelabels.h"

namespace gk {

namespace {

SourceSpan spanOf(const ReportCell &cell) { return cell.span; }

} // namespace

QList<Finding> ValueRules::check(const Report &report)
{
    QList<Finding> findings;
    for (const ReportTable &table : report.tables) {
        if (!table.present)
            continue;
        const int columns = table.spec.columns.size();
        for (int r = 0; r < table.spec.rows.size(); ++r) {
            Finding blanks;
            blanks.rule = QStringLiteral("value.blank");
            blanks.severity = Severity::Warning;
            for (int c = 0; c < columns; ++c) {
                const ReportCell *cell = table.cell(r, c);
                const ColumnSpec &column = table.spec.columns.at(c);
                if (cell->value.isBlank()) {
                    blanks.cells.append(cell->id);
                    blanks.spans.append(spanOf(*cell));
                    continue;
                }
                QString problem;
                if (cell->value.isInvalid())
                    problem = tr("“%1” is not a number").arg(cell->value.text());
                else if (cell->value.number() < 0 && !column.mayBeNegative)
                    problem = tr("a count cannot be negative (%1)").arg(cell->value.displayText());
                else if (!column.amount && !cell->value.isIntegral())
                    problem = tr("a count must be a whole number (%1)").arg(cell->value.displayText());
                if (!problem.isEmpty()) {
                    Finding invalid;
                    invalid.rule = QStringLiteral("value.invalid");
                    invalid.severity = Severity::Error;
                    invalid.cells = {cell->id};
                    invalid.spans = {spanOf(*cell)};
                    invalid.message = tr("%1 %2: %3")
                                          .arg(TemplateLabels::row(table.spec.rows.at(r)), TemplateLabels::column(column), problem);
                    findings.append(invalid);
                }
            }
            if (!blanks.cells.isEmpty()) {
                blanks.message = tr("%1: %n blank cell(s) where the template requires a number (0 must be written)",
                                    nullptr, int(blanks.cells.size()))
                                     .arg(TemplateLabels::row(table.spec.rows.at(r)));
                findings.append(blanks);
            }
        }
    }
    return findings;
}

} // namespace gk
