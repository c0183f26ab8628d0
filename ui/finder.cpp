#include "finder.h"

#include "checks/rulenames.h"
#include "model/templatelabels.h"
#include "reviewdocument.h"

namespace gk {

bool Finder::matches(const QString &shown, const QString &text)
{
    return !text.isEmpty() && shown.contains(text, Qt::CaseInsensitive);
}

QList<FindMatch> Finder::find(const ReviewDocument *document, const QString &text)
{
    QList<FindMatch> found;
    if (!document || !document->isOpen() || text.isEmpty())
        return found;
    const Report &report = document->report();
    for (qsizetype at = report.text.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
         at = report.text.indexOf(text, at + text.size(), Qt::CaseInsensitive))
        found.append({FindMatch::Source, at, text.size(), QString(), -1});

    for (const ReportTable &table : report.tables) {
        if (!table.present)
            continue;
        const TableSpec &spec = table.spec;
        for (const ColumnSpec &column : spec.columns) {
            if (!spec.rows.isEmpty() && matches(TemplateLabels::column(column), text))
                found.append({FindMatch::ColumnLabel, -1, 0, CellId::join(spec.id, spec.rows.first().id, column.id), -1});
        }
        for (const RowSpec &row : spec.rows) {
            if (!spec.columns.isEmpty() && matches(TemplateLabels::row(row), text))
                found.append({FindMatch::RowLabel, -1, 0, CellId::join(spec.id, row.id, spec.columns.first().id), -1});
            for (const ColumnSpec &column : spec.columns) {
                const QString cellId = CellId::join(spec.id, row.id, column.id);
                if (matches(document->review()->value(cellId).displayText(), text))
                    found.append({FindMatch::Cell, -1, 0, cellId, -1});
            }
        }
        for (const ExtraRow &extra : table.extraRows) {
            if (!spec.columns.isEmpty() && matches(extra.label, text))
                found.append({FindMatch::RowLabel, -1, 0, CellId::join(spec.id, extra.id, spec.columns.first().id), -1});
            for (qsizetype c = 0; c < extra.values.size() && c < spec.columns.size(); ++c) {
                if (matches(extra.values.at(c).displayText(), text))
                    found.append({FindMatch::Cell, -1, 0, CellId::join(spec.id, extra.id, spec.columns.at(c).id), -1});
            }
        }
    }

    const QList<Finding> &findings = document->findings();
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings.at(i);
        bool hit = matches(finding.message, text) || matches(finding.expression, text)
            || matches(RuleNames::name(finding.rule), text);
        for (qsizetype c = 0; !hit && c < finding.cells.size() && c < 12; ++c)
            hit = matches(document->cellName(finding.cells.at(c)), text);
        if (hit)
            found.append({FindMatch::Finding, -1, 0, QString(), i});
    }
    return found;
}

} // namespace gk
