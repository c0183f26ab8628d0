#include "exportrows.h"

#include "checks/rulenames.h"
#include "model/templatelabels.h"


namespace gk {

QStringList ExportRows::cellsHeader()
{
    return {tr("file"),          tr("agency"),       tr("year"),          tr("table"),
            tr("row id"),        tr("row label"),    tr("column id"),     tr("column label"),
            tr("value as read"), tr("corrected value"), tr("uncertain"), tr("findings on the cell"),
            tr("correction note")};
}

QList<QStringList> ExportRows::cells(const ExportDocument &document)
{
    const Report &report = document.corrected();
    const QString year = report.year > 0 ? QString::number(report.year) : QString();
    QList<QStringList> rows;
    for (int t = 0; t < report.tables.size(); ++t) {
        const ReportTable &table = report.tables.at(t);
        const TableSpec &spec = table.spec;
        for (int r = 0; r < spec.rows.size(); ++r) {
            for (int c = 0; c < spec.columns.size(); ++c) {
                const RowSpec &row = spec.rows.at(r);
                const ColumnSpec &column = spec.columns.at(c);
                const QString id = CellId::join(spec.id, row.id, column.id);
                const std::optional<Correction> correction = document.correction(id);
                rows.append({report.fileName, report.agency, year, spec.id, row.id, TemplateLabels::row(row),
                             column.id, TemplateLabels::columnWithUnit(column),
                             document.originalValue(id).displayText(), document.value(id).displayText(),
                             uncertainText(document.isUncertain(id)), cellFindings(document, id),
                             correction ? correction->note : QString()});
            }
        }
        // Extra rows are not canonical: they have no corrections, only the values as read.
        for (const ExtraRow &extra : table.extraRows) {
            for (int k = 0; k < extra.values.size(); ++k) {
                const bool known = k < spec.columns.size();
                const QString text = extra.values.at(k).displayText();
                rows.append({report.fileName, report.agency, year, spec.id, extra.id, extra.label,
                             known ? spec.columns.at(k).id : QString(),
                             known ? TemplateLabels::columnWithUnit(spec.columns.at(k)) : QString(), text, text,
                             QString(), QString(), QString()});
            }
        }
    }
    return rows;
}

QStringList ExportRows::findingsHeader()
{
    // Ids stay in their machine columns; the columns people read (rule name, cell labels) come last so
    // that files read by position keep their meaning.
    return {tr("rule"),    tr("severity"),  tr("cells"),       tr("expression"), tr("message"),
            tr("verdict"), tr("note"),      tr("rule name"),   tr("cell labels"), tr("reviewer")};
}

QList<QStringList> ExportRows::findings(const ExportDocument &document)
{
    QList<QStringList> rows;
    for (const Finding &finding : document.findings()) {
        const std::optional<Verdict> verdict = document.verdict(finding);
        QStringList labels;
        for (const QString &cellId : finding.cells)
            labels.append(cellLabel(document.original(), cellId));
        rows.append({finding.rule, severityName(finding.severity), finding.cells.join(QStringLiteral(", ")),
                     finding.expression, finding.message, verdictText(verdict), verdict ? verdict->note : QString(),
                     RuleNames::name(finding.rule), labels.join(QStringLiteral("; ")),
                     verdict ? verdict->reviewer : QString()});
    }
    return rows;
}

QList<QPair<QString, QString>> ExportRows::metadata(const ExportDocument &document)
{
    const Report &report = document.original();
    int counts[3] = {0, 0, 0};
    int accepted = 0;
    for (const Finding &finding : document.findings()) {
        if (document.verdict(finding))
            ++accepted;
        else
            ++counts[int(finding.severity)];
    }
    const QString published = report.published.isValid() ? report.published.toString(Qt::ISODate) : QString();
    const QString modified = document.reviewModified().isValid()
        ? document.reviewModified().toLocalTime().toString(Qt::ISODate)
        : QString();
    return {
        {tr("File"), report.fileName},
        {tr("Format"), report.format},
        {tr("Encoding"), report.encoding},
        {tr("Agency"), report.agency},
        {tr("Year"), report.year > 0 ? QString::number(report.year) : QString()},
        {tr("Published"), published},
        {tr("Template"), templateVersionId(report.templateVersion)},
        {tr("Reviewer"), document.reviewerName()},
        {tr("Review last changed"), modified},
        {tr("Corrected cells"), QString::number(document.corrections().size())},
        {tr("Open errors"), QString::number(counts[int(Severity::Error)])},
        {tr("Open warnings"), QString::number(counts[int(Severity::Warning)])},
        {tr("Open notes"), QString::number(counts[int(Severity::Info)])},
        {tr("Accepted findings"), QString::number(accepted)},
        {tr("Exported"), QDateTime::currentDateTime().toString(Qt::ISODate)},
    };
}

QString ExportRows::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        break;
    }
    return tr("info");
}

QString ExportRows::verdictText(const std::optional<Verdict> &verdict)
{
    return verdict ? tr("accepted as is") : tr("open");
}

QString ExportRows::uncertainText(bool uncertain)
{
    return uncertain ? tr("yes") : QString();
}

QString ExportRows::cellLabel(const Report &report, const QString &cellId)
{
    const ReportTable *table = report.table(CellId::parse(cellId).table);
    return table ? TemplateLabels::cell(table->spec, cellId) : cellId;
}

QString ExportRows::cellFindings(const ExportDocument &document, const QString &cellId)
{
    QStringList rules;
    for (int index : document.findingsOfCell(cellId)) {
        const Finding &finding = document.findings().at(index);
        rules.append(document.verdict(finding) ? tr("%1 (accepted)").arg(finding.rule) : finding.rule);
    }
    return rules.join(QStringLiteral("; "));
}

QString ExportRows::correctionComment(const CellValue &asRead, const Correction &correction)
{
    const QString read = asRead.isBlank() ? tr("(blank)") : asRead.displayText();
    QStringList lines{tr("As read: %1").arg(read)};
    if (!correction.note.isEmpty())
        lines.append(tr("Note: %1").arg(correction.note));
    if (!correction.reviewer.isEmpty() || correction.time.isValid()) {
        lines.append(tr("Corrected by %1 on %2")
                         .arg(correction.reviewer.isEmpty() ? tr("(unnamed)") : correction.reviewer,
                              correction.time.toLocalTime().toString(Qt::ISODate)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ExportRows::uncertainComment(const QString &reason)
{
    if (reason.isEmpty())
        return tr("The column of this value is a guess: check it against the source.");
    return tr("The column of this value is a guess: %1").arg(reason);
}

} // namespace gk
