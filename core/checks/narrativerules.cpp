#include "narrativerules.h"

#include "model/templatelabels.h"
#include "sumcheck.h"
#include "template/labelnormalizer.h"

#include <QRegularExpression>

#include <optional>

namespace gk {

namespace {

struct Claim
{
    QString key; // subject of the finding
    QRegularExpression pattern; // captures the number as "n"
    /** Words that, between the keyword and the number, make the sentence about something else. */
    QStringList vetoes;
};

struct Quantity
{
    QString label;
    QList<const ReportCell *> cells;
    /** Values that also agree with the prose (received may count last year's carried-over too). */
    QList<double> accepted;
};

std::optional<double> sumOf(const QList<const ReportCell *> &cells)
{
    double sum = 0;
    for (const ReportCell *cell : cells) {
        if (!cell || !cell->value.isNumber())
            return std::nullopt;
        sum += cell->value.number();
    }
    return sum;
}

qsizetype sentenceStart(const QString &text, qsizetype position)
{
    static const QString stops = QStringLiteral("。！？；;!?\n");
    while (position > 0 && !stops.contains(text.at(position - 1)))
        --position;
    return position;
}

qsizetype sentenceEnd(const QString &text, qsizetype position)
{
    static const QString stops = QStringLiteral("。！？；;!?\n");
    while (position < text.size() && !stops.contains(text.at(position)))
        ++position;
    return position < text.size() ? position + 1 : position;
}

} // namespace

QString NarrativeRules::alignedSimplified(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l) {
        if (l > 0)
            result += QLatin1Char('\n');
        const QString &line = lines.at(l);
        const QString simplified = LabelNormalizer::simplified(line);
        if (simplified.size() == line.size()) {
            result += simplified;
            continue;
        }
        for (qsizetype i = 0; i < line.size();) {
            const qsizetype width = line.at(i).isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
            const QString original = line.mid(i, width);
            const QString one = LabelNormalizer::simplified(original);
            result += one.size() == width ? one : original;
            i += width;
        }
    }
    return result;
}

QList<Finding> NarrativeRules::check(const Report &report)
{
    QList<Finding> findings;
    if (report.text.isEmpty())
        return findings;
    // The review window re-checks after every edit with the same text: normalise it once.
    thread_local QString lastInput;
    thread_local QString lastText;
    if (report.text.size() != lastInput.size() || report.text != lastInput) {
        lastText = alignedSimplified(report.text);
        lastInput = report.text;
    }
    const QString text = lastText;

    // The gap between keyword and number: no digits, no sentence or clause break.
    const QString gap = QStringLiteral("[^0-9。；;，,：:！？!?\\n|]");
    const QString number = QStringLiteral("(?<n>[0-9]+)\\s*");
    const QStringList otherSubjects{QStringLiteral("复议"), QStringLiteral("诉讼"), QStringLiteral("投诉"),
                                    QStringLiteral("举报"), QStringLiteral("信访"), QStringLiteral("同比"),
                                    QStringLiteral("较"),   QStringLiteral("上年"), QStringLiteral("去年"),
                                    QStringLiteral("累计"), QStringLiteral("其中"), QStringLiteral("主动公开")};

    const QList<Claim> claims{
        {QStringLiteral("applications.received"),
         QRegularExpression(QStringLiteral("(?:新收|收到|受理|接收|接受)(?<gap>%1{0,20}?申请%1{0,12}?)%2(?:件|条|个)")
                                .arg(gap, number)),
         otherSubjects},
        {QStringLiteral("applications.disclosed"),
         QRegularExpression(QStringLiteral("予以公开(?<gap>%1{0,4}?)%2件").arg(gap, number)),
         otherSubjects},
        {QStringLiteral("reviews.review"),
         QRegularExpression(QStringLiteral("行政复议(?<gap>%1{0,8}?)%2(?:件|起|宗)").arg(gap, number)),
         {QStringLiteral("诉讼"), QStringLiteral("同比"), QStringLiteral("较"), QStringLiteral("其中"),
          QStringLiteral("累计")}},
        {QStringLiteral("reviews.litigation"),
         // "行政复议和行政诉讼共3件" counts both: not a statement of either.
         QRegularExpression(QStringLiteral("(?<![和及与、])行政诉讼(?<gap>%1{0,8}?)%2(?:件|起|宗)").arg(gap, number)),
         {QStringLiteral("复议"), QStringLiteral("同比"), QStringLiteral("较"), QStringLiteral("其中"),
          QStringLiteral("累计")}},
    };

    auto cellOf = [&report](const char *id) { return report.cell(QString::fromLatin1(id)); };
    for (const Claim &claim : claims) {
        Quantity quantity;
        if (claim.key == QLatin1String("applications.received")) {
            quantity.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "一、本年新收政府信息公开申请数量 总计"));
            quantity.cells = {cellOf("applications.new_received.total")};
            if (const std::optional<double> both =
                    sumOf({cellOf("applications.new_received.total"), cellOf("applications.carried_over.total")}))
                quantity.accepted.append(*both);
        } else if (claim.key == QLatin1String("applications.disclosed")) {
            quantity.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（一）予以公开 总计"));
            quantity.cells = {cellOf("applications.disclosed.total")};
        } else if (claim.key == QLatin1String("reviews.review")) {
            quantity.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议 总计"));
            quantity.cells = {cellOf("reviews.all.review_total")};
        } else {
            quantity.label = QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼 总计"));
            quantity.cells = {cellOf("reviews.all.direct_total"), cellOf("reviews.all.after_total")};
        }
        const std::optional<double> tableValue = sumOf(quantity.cells);
        if (!tableValue)
            continue;
        quantity.accepted.append(*tableValue);

        QRegularExpressionMatchIterator it = claim.pattern.globalMatch(text);
        int occurrence = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            ++occurrence;
            const QString between = match.captured(QStringLiteral("gap"));
            bool vetoed = false;
            for (const QString &veto : claim.vetoes)
                vetoed = vetoed || between.contains(veto);
            // "220余件", "220多件" are approximations, not statements of the table figure.
            const qsizetype after = match.capturedEnd(QStringLiteral("n"));
            if (after < text.size() && (text.at(after) == QChar(u'余') || text.at(after) == QChar(u'多')))
                vetoed = true;
            if (vetoed)
                continue;
            const double stated = match.captured(QStringLiteral("n")).toDouble();
            bool agrees = false;
            for (double accepted : quantity.accepted)
                agrees = agrees || qFuzzyCompare(1 + accepted, 1 + stated);
            if (agrees)
                continue;

            const qsizetype start = sentenceStart(text, match.capturedStart());
            const qsizetype end = sentenceEnd(text, match.capturedEnd());
            Finding finding;
            finding.rule = QStringLiteral("narrative.mismatch");
            finding.severity = Severity::Warning;
            finding.subject = claim.key + QLatin1Char('#') + QString::number(occurrence);
            for (const ReportCell *cell : quantity.cells) {
                finding.cells.append(cell->id);
                if (cell->span.isValid())
                    finding.spans.append(cell->span);
            }
            finding.spans.prepend(SourceSpan::at(start, end - start));
            finding.expression = QStringLiteral("正文 %1 ≠ %2 = %3 (差 %4)")
                                     .arg(SumCheck::formatNumber(stated), quantity.label,
                                          SumCheck::formatNumber(*tableValue),
                                          SumCheck::formatNumber(qAbs(stated - *tableValue)));
            finding.message = tr("The text states %1 (“%2”), the table %3 = %4")
                                  .arg(SumCheck::formatNumber(stated),
                                       report.text.mid(match.capturedStart(), match.capturedLength()),
                                       TemplateLabels::label(quantity.label), SumCheck::formatNumber(*tableValue));
            findings.append(finding);
        }
    }
    return findings;
}

} // namespace gk
