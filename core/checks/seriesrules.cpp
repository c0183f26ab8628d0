#include "seriesrules.h"

#include "model/templatelabels.h"
#include "sumcheck.h"
#include "template/labelnormalizer.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace gk {

QString SeriesRules::agencyKey(const QString &agency)
{
    QString key = LabelNormalizer::simplified(agency);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    key.remove(space);
    // A name taken from a title carries its year and the title's words: "XX人民政府2020年度政府信息公开工作年度报告".
    static const QRegularExpression year(
        QStringLiteral("[(\\[【]?(?:(?:19|20)\\d\\d|[〇○零一二三四五六七八九]{4})年?度?[)\\]】]?"));
    key.remove(year);
    // 政府 before 信息公开 is the title's unless it ends 人民政府: "XX局政府信息公开…" is XX局, but
    // "XX人民政府信息公开…" is XX人民政府.
    static const QRegularExpression title(QStringLiteral(
        "(?:(?<!人民)政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)$|(?:工作)?年度(?:报告|年报)$|^关于|关于$|的$"));
    for (int pass = 0; pass < 2; ++pass)
        key.remove(title);
    return key;
}

QList<Finding> SeriesRules::checkPair(const Report &lastReport, const Report &nextReport, const QString &key)
{
    QList<Finding> findings;
    const Report *last = &lastReport;
    const Report *next = &nextReport;
    const ReportTable *lastTable = last->table(QStringLiteral("applications"));
    const ReportTable *nextTable = next->table(QStringLiteral("applications"));
    if (!lastTable || !nextTable || !lastTable->present || !nextTable->present)
        return findings;
    for (const ColumnSpec &column : nextTable->spec.columns) {
        const ReportCell *forward = lastTable->cell(QStringLiteral("carried_forward"), column.id);
        const ReportCell *over = nextTable->cell(QStringLiteral("carried_over"), column.id);
        if (!forward || !over || !forward->value.isNumber() || !over->value.isNumber())
            continue;
        const double difference = over->value.number() - forward->value.number();
        if (qFuzzyIsNull(difference))
            continue;
        Finding finding;
        finding.rule = QStringLiteral("series.carry_mismatch");
        finding.severity = Severity::Warning;
        finding.cells = {forward->id, over->id};
        finding.subject = key + QLatin1Char('|') + QString::number(last->year) + QLatin1Char('-') +
                          QString::number(next->year);
        if (over->span.isValid())
            finding.spans.append(over->span);
        finding.expression = QStringLiteral("%1年 四 = %2 ≠ %3年 二 = %4 (差 %5)")
                                 .arg(QString::number(last->year), forward->value.displayText(),
                                      QString::number(next->year), over->value.displayText(),
                                      SumCheck::formatNumber(qAbs(difference)));
        finding.message =
            tr("%1, column %2: %3 (%4) carried %5 applications forward into %6, but %7 (%8) says %9 were "
               "carried over")
                .arg(last->agency, TemplateLabels::column(column), last->fileName, QString::number(last->year),
                     forward->value.displayText(), QString::number(next->year), next->fileName,
                     QString::number(next->year), over->value.displayText());
        findings.append(finding);
    }
    return findings;
}

QList<Finding> SeriesRules::check(const QList<const Report *> &reports)
{
    QMap<QString, QList<const Report *>> byAgency;
    for (const Report *report : reports) {
        if (!report || report->year <= 0)
            continue;
        const QString key = agencyKey(report->agency);
        if (!key.isEmpty())
            byAgency[key].append(report);
    }

    QList<Finding> findings;
    for (auto it = byAgency.begin(); it != byAgency.end(); ++it) {
        QList<const Report *> series = it.value();
        std::stable_sort(series.begin(), series.end(),
                         [](const Report *a, const Report *b) { return a->year < b->year; });
        for (int i = 0; i + 1 < series.size(); ++i) {
            const Report *last = series.at(i);
            const Report *next = series.at(i + 1);
            if (next->year == last->year + 1)
                findings.append(checkPair(*last, *next, it.key()));
        }
    }
    return findings;
}

} // namespace gk
