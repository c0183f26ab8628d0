#include "compliancerules.h"

#include "model/templatelabels.h"
#include "template/labelnormalizer.h"

#include <QRegularExpression>

namespace gk {

namespace {

QString stripTrailingParenthesis(QString name)
{
    static const QRegularExpression trailing(QStringLiteral("[(（][^()（）]*[)）]\\s*$"));
    while (true) {
        const QString stripped = name.trimmed().remove(trailing);
        if (stripped == name.trimmed() || stripped.isEmpty())
            return name.trimmed();
        name = stripped;
    }
}

struct Section
{
    const char16_t *numeral;
    /** Tables that are this section's content: present tables stand in for a heading lost in conversion. */
    QStringList tables;
    /** Any of these (简体, after LabelNormalizer::simplified) in the heading line. */
    QStringList keywords;
    const char *title;
};

} // namespace

bool ComplianceRules::isGovernmentAsAWhole(const QString &agency)
{
    const QString name = stripTrailingParenthesis(LabelNormalizer::simplified(agency));
    if (name.isEmpty())
        return false;
    // Checked first: "…人民政府办公室" is a department even though it contains 人民政府.
    static const QStringList departments{
        QStringLiteral("办公室"), QStringLiteral("办公厅"), QStringLiteral("办事处"), QStringLiteral("委员会"),
        QStringLiteral("局"), QStringLiteral("委"), QStringLiteral("厅"), QStringLiteral("办"),
        QStringLiteral("中心"), QStringLiteral("部"), QStringLiteral("署"), QStringLiteral("处"),
        QStringLiteral("院"), QStringLiteral("所"), QStringLiteral("站"), QStringLiteral("队"),
        QStringLiteral("馆"), QStringLiteral("会"), QStringLiteral("司"), QStringLiteral("科")};
    for (const QString &suffix : departments) {
        if (name.endsWith(suffix))
            return false;
    }
    static const QStringList governments{QStringLiteral("人民政府"), QStringLiteral("政府"),
                                         QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("县"),
                                         QStringLiteral("区"), QStringLiteral("州"), QStringLiteral("旗"),
                                         QStringLiteral("盟"), QStringLiteral("镇"), QStringLiteral("乡")};
    for (const QString &suffix : governments) {
        if (name.endsWith(suffix))
            return true;
    }
    return false;
}

QDate ComplianceRules::deadline(int year, bool governmentAsAWhole)
{
    return governmentAsAWhole ? QDate(year + 1, 3, 31) : QDate(year + 1, 1, 31);
}

QList<Finding> ComplianceRules::check(const Report &report)
{
    QList<Finding> findings = checkPublication(report);
    const QList<Finding> sections = checkSections(report);
    findings.append(sections);
    return findings;
}

QList<Finding> ComplianceRules::checkPublication(const Report &report)
{
    if (report.year <= 0 || !report.published.isValid())
        return {};
    const bool government = isGovernmentAsAWhole(report.agency);
    const QDate due = deadline(report.year, government);
    if (report.published <= due)
        return {};

    Finding finding;
    finding.rule = QStringLiteral("meta.late_publication");
    finding.severity = Severity::Warning;
    finding.subject = QStringLiteral("published");
    finding.expression = QStringLiteral("%1 > %2 (+%3 天)")
                             .arg(report.published.toString(Qt::ISODate), due.toString(Qt::ISODate))
                             .arg(due.daysTo(report.published));
    const QString date = report.published.toString(Qt::ISODate);
    const QString dueText = due.toString(Qt::ISODate);
    if (government) {
        finding.message = tr("Published %1, after the deadline %2: “%3” is a people's government as a whole, "
                             "whose report is due by 31 March of the following year (条例 第四十九条)")
                              .arg(date, dueText, report.agency);
    } else if (report.agency.trimmed().isEmpty()) {
        finding.message = tr("Published %1, after the deadline %2: a department's report is due by 31 January "
                             "of the following year (条例 第四十九条); the agency is unknown, so the earlier "
                             "deadline applies")
                              .arg(date, dueText);
    } else {
        finding.message = tr("Published %1, after the deadline %2: “%3” is a government department, whose own "
                             "report is due by 31 January of the following year (条例 第四十九条)")
                              .arg(date, dueText, report.agency);
    }
    return {finding};
}

QList<Finding> ComplianceRules::checkSections(const Report &report)
{
    if (report.text.trimmed().isEmpty())
        return {};
    static const QList<Section> sections{
        {u"一", {}, {QStringLiteral("总体情况"), QStringLiteral("概述"), QStringLiteral("总体")}, QT_TRANSLATE_NOOP("gk::TemplateLabels", "一、总体情况")},
        {u"二", {QStringLiteral("art20_1"), QStringLiteral("art20_5")}, {QStringLiteral("主动公开")}, QT_TRANSLATE_NOOP("gk::TemplateLabels", "二、主动公开政府信息情况")},
        {u"三", {QStringLiteral("applications")}, {QStringLiteral("申请")}, QT_TRANSLATE_NOOP("gk::TemplateLabels", "三、收到和处理政府信息公开申请情况")},
        {u"四", {QStringLiteral("reviews")}, {QStringLiteral("复议"), QStringLiteral("诉讼")}, QT_TRANSLATE_NOOP("gk::TemplateLabels", "四、政府信息公开行政复议、行政诉讼情况")},
        {u"五", {}, {QStringLiteral("问题"), QStringLiteral("改进")}, QT_TRANSLATE_NOOP("gk::TemplateLabels", "五、存在的主要问题及改进情况")},
        {u"六", {}, {QStringLiteral("其他需要报告"), QStringLiteral("其他事项"), QStringLiteral("其他")},
         QT_TRANSLATE_NOOP("gk::TemplateLabels", "六、其他需要报告的事项")},
    };
    // A heading line: optional markup, the numeral, a separator, a short title.
    static const QRegularExpression heading(
        QStringLiteral("^[\\s\\[\\]#*>]*(?:\\[bookmark:[^\\]]*\\])?\\s*(?:第)?([一二三四五六])(?:部分)?\\s*[、.．,，:：\\s]"));

    const QStringList lines = LabelNormalizer::simplified(report.text).split(QLatin1Char('\n'));
    QList<Finding> findings;
    for (const Section &section : sections) {
        const QString numeral = QString::fromUtf16(section.numeral);
        bool found = false;
        for (const QString &tableId : section.tables) {
            const ReportTable *table = report.table(tableId);
            found = found || (table && table->present);
        }
        for (const QString &line : lines) {
            if (found)
                break;
            const QRegularExpressionMatch match = heading.match(line);
            if (!match.hasMatch() || match.captured(1) != numeral)
                continue;
            const QString title = line.mid(match.capturedEnd()).left(60);
            for (const QString &keyword : section.keywords) {
                if (title.contains(keyword)) {
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        if (found)
            continue;
        Finding finding;
        finding.rule = QStringLiteral("meta.missing_section");
        finding.severity = Severity::Warning;
        finding.subject = numeral;
        const QString title = TemplateLabels::label(QString::fromUtf8(section.title));
        finding.message = tr("The required section “%1” was not found").arg(title);
        findings.append(finding);
    }
    return findings;
}

} // namespace gk
