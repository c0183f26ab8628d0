#include "repetitionrules.h"

#include "model/templatelabels.h"

#include <QHash>

#include <algorithm>

namespace gk {

namespace {

/** A label as compared here: NFKC (full-width brackets and digits), no spaces. */
QString key(const QString &label)
{
    QString k = label.normalized(QString::NormalizationForm_KC);
    k.remove(QLatin1Char(' '));
    k.remove(QChar(0x3000));
    return k;
}

/** How many times each template row of the table comes back among its extra rows, and which rows do. */
struct Repeats
{
    int copies = 1; ///< the table itself and its repeats
    QStringList rows;
};

Repeats repeatsOf(const Report &, const ReportTable &table)
{
    Repeats repeats;
    if (!table.present)
        return repeats;
    repeats.copies = table.copies; // the parser counts the copies it skipped
    if (table.extraRows.isEmpty())
        return repeats;
    QHash<QString, int> template_;
    for (int r = 0; r < table.spec.rows.size(); ++r) {
        const RowSpec &row = table.spec.rows.at(r);
        for (const QString &label : QStringList{row.displayLabel, row.label} + row.aliases) {
            if (!label.isEmpty())
                template_.insert(key(label), r);
        }
    }
    QHash<int, int> seen; // template row → times it came back
    qsizetype firstRepeat = -1; // where in the source the first copy after the table begins
    for (const ExtraRow &extra : table.extraRows) {
        const QString k = key(extra.label);
        int row = template_.value(k, -1);
        // An extra row's label may carry the numbering ("三（三）1.属于国家秘密") or not.
        for (auto it = template_.constBegin(); row < 0 && it != template_.constEnd(); ++it) {
            if (it.key().size() >= 4 && k.endsWith(it.key()))
                row = it.value();
        }
        if (row < 0)
            continue;
        repeats.copies = std::max(repeats.copies, 1 + ++seen[row]);
        if (extra.labelSpan.isValid() && (firstRepeat < 0 || extra.labelSpan.start < firstRepeat))
            firstRepeat = extra.labelSpan.start;
    }
    if (repeats.copies < 2)
        return repeats;
    // Every extra row after the table's own values belongs to the copies, those with a label the
    // template knows only as a typo (危机 for 危及, 收到 for 收) included.
    qsizetype ownEnd = -1;
    for (const ReportCell &cell : table.cells) {
        if (cell.span.isValid())
            ownEnd = std::max(ownEnd, cell.span.end());
    }
    const qsizetype from = ownEnd >= 0 ? ownEnd : firstRepeat;
    for (const ExtraRow &extra : table.extraRows) {
        if (!extra.labelSpan.isValid() || from < 0 || extra.labelSpan.start >= from)
            repeats.rows.append(table.spec.id + QLatin1Char('.') + extra.id);
    }
    return repeats;
}

} // namespace

QList<Finding> RepetitionRules::check(const Report &report)
{
    QStringList titles;
    QString first;
    int copies = 1;
    qsizetype rows = 0;
    SourceSpan span;
    for (const ReportTable &table : report.tables) {
        const Repeats repeats = repeatsOf(report, table);
        if (repeats.copies < 2)
            continue;
        titles.append(TemplateLabels::title(table.spec));
        if (first.isEmpty()) {
            first = table.spec.id;
            span = table.titleSpan;
        }
        copies = std::max(copies, repeats.copies);
        rows += repeats.rows.size();
    }
    if (titles.isEmpty())
        return {};
    // One finding for the report: a file made of one report pasted again and again repeats every table.
    Finding f;
    f.rule = QStringLiteral("table.repeated");
    f.severity = Severity::Warning;
    f.subject = first;
    f.message = tr("The report holds its tables more than once (up to %2 times; %n row(s) come back after them): %1. "
                   "The first copy is the one shown and checked; the others are kept as extra rows. Check that "
                   "the file holds one report.",
                   nullptr, int(rows))
                    .arg(titles.join(tr("; ")))
                    .arg(copies);
    if (span.isValid())
        f.spans.append(span);
    return {f};
}

QSet<QString> RepetitionRules::repeatedRows(const Report &report)
{
    QSet<QString> rows;
    for (const ReportTable &table : report.tables) {
        const Repeats repeats = repeatsOf(report, table);
        if (repeats.copies >= 2) {
            for (const QString &row : repeats.rows)
                rows.insert(row);
        }
    }
    return rows;
}

} // namespace gk
