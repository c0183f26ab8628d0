#include "sumcheck.h"

#include "model/templatelabels.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace gk {

namespace {

struct SideState
{
    double known = 0;
    QList<const ReportCell *> blanks;
    bool invalid = false;
    bool uncertain = false;
};

SideState stateOf(const SumCheck::Side &side)
{
    SideState state;
    for (const ReportCell *cell : side.cells) {
        if (!cell)
            continue;
        if (cell->uncertain)
            state.uncertain = true;
        if (cell->value.isInvalid())
            state.invalid = true;
        else if (cell->value.isBlank())
            state.blanks.append(cell);
        else
            state.known += cell->value.number();
    }
    return state;
}

bool same(double a, double b) { return std::fabs(a - b) < 1e-6; }

QString sideText(const SideState &state)
{
    QString text = SumCheck::formatNumber(state.known);
    if (!state.blanks.isEmpty())
        text += QStringLiteral("+?");
    return text;
}

QStringList namesOf(const QList<const ReportCell *> &cells, const TableSpec *table)
{
    QStringList names;
    for (const ReportCell *cell : cells)
        names.append(table ? QStringLiteral("“%1”").arg(TemplateLabels::cell(*table, cell->id)) : cell->id);
    return names;
}

} // namespace

QString SumCheck::formatNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    // Up to 2^53 every integer is exact and fits qint64; past it llround overflows (to INT64_MIN).
    if (std::fabs(value) >= 9007199254740992.0)
        return QLocale::c().toString(value, 'f', 0);
    if (same(value, std::round(value)))
        return QString::number(qint64(std::llround(value)));
    return QLocale::c().toString(value, 'f', 4).remove(QRegularExpression(QStringLiteral("0+$")));
}

std::optional<Finding> SumCheck::evaluate() const
{
    const SideState l = stateOf(left);
    const SideState r = stateOf(right);
    // An invalid value is already an error of its own (value.invalid); the sum says nothing more.
    if (l.invalid || r.invalid)
        return std::nullopt;
    if (same(l.known, r.known))
        return std::nullopt; // holds with every blank at 0

    const bool leftHigher = l.known > r.known;
    const SideState &low = leftHigher ? r : l;
    const double difference = std::fabs(l.known - r.known);
    // Blanks only add: the identity is broken for good when the lower side has no blank to fill.
    const bool broken = low.blanks.isEmpty();

    Finding finding;
    finding.rule = rule;
    for (const ReportCell *cell : left.cells + right.cells) {
        if (!cell)
            continue;
        if (!finding.cells.contains(cell->id))
            finding.cells.append(cell->id);
        if (cell->span.isValid())
            finding.spans.append(cell->span);
    }
    finding.expression = QStringLiteral("%1 = %2 ≠ %3 = %4 (差 %5)")
                             .arg(left.label, sideText(l), right.label, sideText(r), formatNumber(difference));

    if (broken) {
        if (placementSensitive && (l.uncertain || r.uncertain)) {
            finding.severity = Severity::Warning;
            finding.message = tr("%1: %2 ≠ %3 (difference %4), but some values of this sum were placed in a "
                                 "guessed column, so the placement is uncertain rather than the figures wrong")
                                  .arg(subject, TemplateLabels::label(left.label), TemplateLabels::label(right.label),
                                       formatNumber(difference));
        } else {
            finding.severity = Severity::Error;
            finding.message = tr("%1: %2 = %3 but %4 = %5 (difference %6)")
                                  .arg(subject, TemplateLabels::label(left.label), sideText(l), TemplateLabels::label(right.label), sideText(r),
                                       formatNumber(difference));
        }
        return finding;
    }

    finding.severity = Severity::Warning;
    finding.message = tr("%1 cannot be assessed: it holds only if the blank cell(s) %2 hold %3 in total")
                          .arg(subject, namesOf(low.blanks, table).join(QStringLiteral(", ")), formatNumber(difference));
    return finding;
}

} // namespace gk
