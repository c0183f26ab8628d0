#include "ocrproofreader.h"

#include "checks/applicationrules.h"
#include "checks/reviewrules.h"
#include "checks/sumcheck.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace gk {

namespace {

const QString ruleId = QStringLiteral("ocr.unconfirmed");

// The tables whose every cell takes part in a sum (row totals, balances, group totals).
bool isSummed(const QString &tableId)
{
    return tableId == QLatin1String("applications") || tableId == QLatin1String("reviews");
}

QList<Finding> sumFindings(const Report &report)
{
    QList<Finding> findings = ApplicationRules::check(report);
    const QList<Finding> reviews = ReviewRules::check(report);
    findings.append(reviews);
    return findings;
}

// Cells named by a sum that does not hold (broken, or only assessable with blanks filled).
QSet<QString> unconfirmedBySums(const Report &report)
{
    QSet<QString> cells;
    for (const Finding &finding : sumFindings(report)) {
        for (const QString &cell : finding.cells)
            cells.insert(cell);
    }
    return cells;
}

const OcrReading *readingAt(const QList<OcrReading> &readings, const SourceSpan &span)
{
    if (!span.isValid())
        return nullptr;
    // readings are in text order
    auto it = std::upper_bound(readings.cbegin(), readings.cend(), span.start,
                               [](qsizetype position, const OcrReading &r) { return position < r.start; });
    if (it == readings.cbegin())
        return nullptr;
    --it;
    if (span.start == it->start || span.start < it->start + it->length)
        return &*it;
    return nullptr;
}

struct Candidate
{
    ReportCell *cell = nullptr;
    const OcrReading *reading = nullptr;
};

// The values one changed digit of `text` would give, most doubtful digit first.
QList<double> alternativesOf(const QString &text, const OcrReading &reading)
{
    QList<int> positions;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isDigit())
            positions.append(i);
    }
    auto confidenceAt = [&](int i) { return reading.characterConfidences.value(i, reading.confidence); };
    std::stable_sort(positions.begin(), positions.end(),
                     [&](int a, int b) { return confidenceAt(a) < confidenceAt(b); });
    QList<double> values;
    for (int i : std::as_const(positions)) {
        for (const QChar other : OcrProofreader::confusableWith(text.at(i))) {
            QString changed = text;
            changed[i] = other;
            bool ok = false;
            const double value = changed.toDouble(&ok);
            // "08" is not a number a table prints
            const bool leadingZero = changed.size() > 1 && changed.at(0) == QLatin1Char('0') &&
                                     changed.at(1).isDigit();
            if (ok && !leadingZero && !values.contains(value))
                values.append(value);
        }
    }
    return values;
}

} // namespace

QString OcrProofreader::confusableWith(QChar digit)
{
    switch (digit.unicode()) {
    case u'0': return QStringLiteral("689");
    case u'1': return QStringLiteral("74");
    case u'2': return QStringLiteral("73");
    case u'3': return QStringLiteral("852");
    case u'4': return QStringLiteral("19");
    case u'5': return QStringLiteral("638");
    case u'6': return QStringLiteral("580");
    case u'7': return QStringLiteral("12");
    case u'8': return QStringLiteral("36095");
    case u'9': return QStringLiteral("804");
    default: return QString();
    }
}

void OcrProofreader::proofread(Report *report, const QList<OcrReading> &readings)
{
    if (readings.isEmpty())
        return;
    const QSet<QString> unconfirmed = unconfirmedBySums(*report);
    QList<Candidate> doubtful;
    for (ReportTable &table : report->tables) {
        if (!table.present)
            continue;
        const bool summed = isSummed(table.spec.id);
        for (ReportCell &cell : table.cells) {
            const OcrReading *reading = readingAt(readings, cell.span);
            if (!reading)
                continue;
            const bool confirmed = summed && cell.value.isNumber() && !unconfirmed.contains(cell.id);
            const bool confident = reading->confidence >= certainConfidence && !cell.value.isInvalid();
            if (confirmed || confident)
                continue;
            cell.uncertain = true;
            cell.uncertainReason = tr("read by OCR with a confidence of %1 %, and no sum of the table confirms it")
                                       .arg(qRound(reading->confidence));
            doubtful.append({&cell, reading});
        }
    }

    for (const Candidate &candidate : std::as_const(doubtful)) {
        ReportCell *cell = candidate.cell;
        Finding finding;
        finding.rule = ruleId;
        finding.severity = Severity::Warning;
        finding.cells = {cell->id};
        finding.spans = {cell->span};
        const QString asRead = cell->value.isBlank() ? tr("nothing") : cell->value.text();
        finding.message = tr("%1 was read by OCR as %2 with a confidence of %3 % and no sum confirms it: "
                             "check it against the page")
                              .arg(cell->id, asRead)
                              .arg(qRound(candidate.reading->confidence));
        const QString table = CellId::parse(cell->id).table;
        if (cell->value.isNumber() && isSummed(table)) {
            // Try each other reading of one digit: the ones that make every sum of this cell hold.
            const CellValue original = cell->value;
            const QString text = original.text().trimmed();
            QList<double> fitting;
            for (const double value : alternativesOf(text, *candidate.reading)) {
                cell->value = CellValue::number(value, SumCheck::formatNumber(value));
                if (!unconfirmedBySums(*report).contains(cell->id))
                    fitting.append(value);
            }
            cell->value = original;
            if (fitting.size() == 1) {
                finding.suggestedCell = cell->id;
                finding.suggestedValue = fitting.first();
                finding.message = tr("%1 was read by OCR as %2 with a confidence of %3 %; %4 would make every "
                                     "sum of the table it takes part in hold: likely a misread digit")
                                      .arg(cell->id, asRead)
                                      .arg(qRound(candidate.reading->confidence))
                                      .arg(SumCheck::formatNumber(fitting.first()));
            }
        }
        report->parseFindings.append(finding);
    }
}

} // namespace gk
