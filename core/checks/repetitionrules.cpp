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

Repeats repeatsOf(const ReportTable &table)
{
    Repeats repeats;
    if (!table.present || table.extraRows.isEmpty())
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
    // Every extra row from the first repeat on belongs to the copies, those with a label the template
    // knows only as a typo (危机 for 危及) included.
    for (const ExtraRow &extra : table.extraRows) {
        if (!extra.labelSpan.isValid() || firstRepeat < 0 || extra.labelSpan.start >= firstRepeat)
            repeats.rows.append(table.spec.id + QLatin1Char('.') + extra.id);
    }
    return repeats;
}

} // namespace

QList<Finding> RepetitionRules::check(const Report &report)
{
    QList<Finding> findings;
    for (const ReportTable &table : report.tables) {
        const Repeats repeats = repeatsOf(table);
        if (repeats.copies < 2)
            continue;
        Finding f;
        f.rule = QStringLiteral("table.repeated");
        f.severity = Severity::Warning;
        f.subject = table.spec.id;
        f.message = tr("%1 appears %2 times in the report (%n row(s) come back after the table): the first is "
                       "the one shown and checked; the others are kept as extra rows. Check that the file holds "
                       "one report.",
                       nullptr, int(repeats.rows.size()))
                        .arg(TemplateLabels::title(table.spec))
                        .arg(repeats.copies);
        f.spans.append(table.titleSpan);
        findings.append(f);
    }
    return findings;
}

QSet<QString> RepetitionRules::repeatedRows(const Report &report)
{
    QSet<QString> rows;
    for (const ReportTable &table : report.tables) {
        const Repeats repeats = repeatsOf(table);
        if (repeats.copies >= 2) {
            for (const QString &row : repeats.rows)
                rows.insert(row);
        }
    }
    return rows;
}

} // namespace gk
