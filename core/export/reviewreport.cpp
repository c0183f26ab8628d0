#include "reviewreport.h"

#include "checks/rulenames.h"
#include "exportrows.h"
#include "model/templatelabels.h"

#include <QLocale>

#include <algorithm>

namespace gk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

/** A cell of the corrected table: corrected cells shaded, with the value as read below. */
QString cellHtml(const ExportDocument &document, const QString &id)
{
    if (document.correction(id)) {
        const CellValue read = document.originalValue(id);
        return QStringLiteral("<td class=\"num fixed\" bgcolor=\"#fff2b3\" align=\"right\"><b>%1</b><br>"
                              "<span class=\"read\">%2</span></td>")
            .arg(esc(document.value(id).displayText()),
                 esc(ReviewReport::tr("as read: %1").arg(read.isBlank() ? ReviewReport::tr("(blank)") : read.displayText())));
    }
    return QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(esc(document.value(id).displayText()));
}

const QString tableStart = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");

QString tableHtml(const ExportDocument &document, const ReportTable &table)
{
    // The full width of the page, a third of it for the row labels (QTextDocument lays out HTML tables
    // no wider than their content otherwise).
    const TableSpec &spec = table.spec;
    QString h = tableStart + QStringLiteral("<tr><th width=\"32%\"></th>");
    for (const ColumnSpec &column : spec.columns)
        h += QStringLiteral("<th>%1</th>").arg(esc(TemplateLabels::columnWithUnit(column)));
    h += QStringLiteral("</tr>");
    for (const RowSpec &row : spec.rows) {
        h += QStringLiteral("<tr><th align=\"left\">%1</th>").arg(esc(TemplateLabels::row(row)));
        for (const ColumnSpec &column : spec.columns)
            h += cellHtml(document, CellId::join(spec.id, row.id, column.id));
        h += QStringLiteral("</tr>");
    }
    for (const ExtraRow &extra : table.extraRows) {
        h += QStringLiteral("<tr><th align=\"left\"><i>%1</i></th>").arg(esc(ReviewReport::tr("(extra) %1").arg(extra.label)));
        for (qsizetype c = 0; c < spec.columns.size(); ++c)
            h += QStringLiteral("<td class=\"num\" align=\"right\"><i>%1</i></td>")
                     .arg(esc(c < extra.values.size() ? extra.values.at(c).displayText() : QString()));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

/** A table of many columns (行政复议、行政诉讼: fifteen) on its side: a line per column, readable on a page. */
QString transposedTable(const ExportDocument &document, const ReportTable &table)
{
    const TableSpec &spec = table.spec;
    QString h = tableStart + QStringLiteral("<tr><th width=\"50%\"></th>");
    for (const RowSpec &row : spec.rows)
        h += QStringLiteral("<th>%1</th>").arg(esc(TemplateLabels::row(row)));
    h += QStringLiteral("</tr>");
    for (const ColumnSpec &column : spec.columns) {
        h += QStringLiteral("<tr><th align=\"left\">%1</th>").arg(esc(TemplateLabels::column(column)));
        for (const RowSpec &row : spec.rows)
            h += cellHtml(document, CellId::join(spec.id, row.id, column.id));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace

QString ReviewReport::html(const ExportDocument &document, const QList<Chart> &charts, const QDateTime &made)
{
    const Report &report = document.corrected();
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>body{font-family:sans-serif;font-size:10pt}"
                        "table{border-collapse:collapse} th,td{border:1px solid #888;padding:2px 4px}"
                        "th{background:#e8e8e8} td.num{text-align:right} td.fixed{background:#fff2b3}"
                        ".read{color:#666;font-size:8pt} h1{font-size:16pt} h2{font-size:13pt} h3{font-size:11pt}"
                        "</style></head><body>")
             .arg(esc(tr("Review report")));
    const QString subject = report.agency.isEmpty() ? report.fileName
                                                    : (report.year > 0 ? tr("%1, %2 annual report").arg(report.agency).arg(report.year)
                                                                       : report.agency);
    h += QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(tr("Review report")), esc(subject));

    // Identity.
    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">").arg(esc(tr("The report")));
    for (const auto &[name, value] : ExportRows::metadata(document))
        h += QStringLiteral("<tr><th align=\"left\" width=\"32%\">%1</th><td>%2</td></tr>").arg(esc(name), esc(value));
    h += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr></table>")
             .arg(esc(tr("This report made")), esc(dateText(made)));

    // The tables as corrected.
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(tr("The tables as corrected")),
                  esc(tr("Corrected cells are shaded and show the value as read below the corrected one.")));
    for (const ReportTable &table : report.tables) {
        if (!table.present)
            continue;
        const TableSpec &spec = table.spec;
        h += QStringLiteral("<h3>%1</h3>").arg(esc(TemplateLabels::title(spec)));
        h += spec.columns.size() > 8 ? transposedTable(document, table) : tableHtml(document, table);
    }

    // The corrections.
    QStringList corrected = document.corrections().keys();
    const QStringList order = document.original().cellIds();
    std::sort(corrected.begin(), corrected.end(),
              [&order](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Corrections (%1)").arg(corrected.size())));
    if (corrected.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No value was corrected.")));
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th>"
                            "<th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                 .arg(esc(tr("Cell")), esc(tr("As read")), esc(tr("Corrected")), esc(tr("Note")), esc(tr("Reviewer")),
                      esc(tr("When")));
        for (const QString &id : std::as_const(corrected)) {
            const Correction c = *document.correction(id);
            const CellValue read = document.originalValue(id);
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\"><b>%3</b></td><td>%4</td>"
                                "<td>%5</td><td>%6</td></tr>")
                     .arg(esc(ExportRows::cellLabel(document.original(), id)),
                          esc(read.isBlank() ? tr("(blank)") : read.displayText()),
                          esc(c.value.isBlank() ? tr("(blank)") : c.value.displayText()), esc(c.note), esc(c.reviewer),
                          esc(dateText(c.time)));
        }
        h += QStringLiteral("</table>");
    }

    // The findings with their verdicts.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Findings (%1)").arg(document.findings().size())));
    if (document.findings().isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Every check passed.")));
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th>"
                            "<th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Severity")), esc(tr("Rule")), esc(tr("Finding")), esc(tr("Cells")), esc(tr("Verdict")));
        QList<Finding> findings = document.findings(); // worst first, as the window lists them
        std::stable_sort(findings.begin(), findings.end(),
                         [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
        for (const Finding &finding : std::as_const(findings)) {
            QStringList cells;
            for (qsizetype i = 0; i < finding.cells.size() && i < 3; ++i)
                cells.append(ExportRows::cellLabel(document.original(), finding.cells.at(i)));
            if (finding.cells.size() > 3)
                cells.append(tr("and %n more", nullptr, int(finding.cells.size() - 3)));
            QString verdict;
            if (const std::optional<Verdict> v = document.verdict(finding)) {
                verdict = tr("Accepted as is by %1 on %2").arg(v->reviewer, dateText(v->time));
                if (!v->note.isEmpty())
                    verdict += QStringLiteral(": ") + v->note;
            } else {
                verdict = tr("Open");
            }
            QString text = finding.message;
            if (!finding.expression.isEmpty())
                text += QStringLiteral(" — ") + finding.expression;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(esc(ExportRows::severityName(finding.severity)), esc(RuleNames::name(finding.rule)), esc(text),
                          esc(cells.join(QStringLiteral("; "))), esc(verdict));
        }
        h += QStringLiteral("</table>");
    }

    // The charts.
    if (!charts.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Charts")));
        for (const Chart &chart : charts)
            h += QStringLiteral("<h3>%1</h3><p><img src=\"%2\" width=\"600\"></p>").arg(esc(chart.title), esc(chart.source));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace gk
