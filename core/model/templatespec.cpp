#include "templatespec.h"

#include <QCoreApplication>

namespace gk {

QString templateVersionId(TemplateVersion version)
{
    switch (version) {
    case TemplateVersion::V2019:
        return QStringLiteral("2019");
    case TemplateVersion::V2021:
        return QStringLiteral("2021");
    case TemplateVersion::Unknown:
        break;
    }
    return QString();
}

int TableSpec::rowIndex(const QString &rowId) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == rowId)
            return i;
    }
    return -1;
}

int TableSpec::columnIndex(const QString &columnId) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).id == columnId)
            return i;
    }
    return -1;
}

namespace {

ColumnSpec column(const char *id, const QString &label, QStringList aliases = {}, bool amount = false,
                  bool mayBeNegative = false)
{
    return ColumnSpec{QString::fromLatin1(id), label, aliases, amount, mayBeNegative};
}

RowSpec row(const char *id, const QString &label, const QString &displayLabel, QStringList aliases = {},
            const QString &group = QString())
{
    return RowSpec{QString::fromLatin1(id), label, displayLabel, aliases, group};
}

QList<ColumnSpec> art20Columns2019(bool withDecisions)
{
    QList<ColumnSpec> columns{
        column("prev_count", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "上一年项目数量"))),
        column("change", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本年增/减")), {QStringLiteral("本年增减")}, false, true),
    };
    if (withDecisions)
        columns.append(column("decisions", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "处理决定数量"))));
    return columns;
}

QList<RowSpec> applicationRows(bool otherAsOneRow, bool includeBoth)
{
    const QString g3 = QStringLiteral("三（三）");
    const QString g4 = QStringLiteral("三（四）");
    const QString g5 = QStringLiteral("三（五）");
    const QString g6 = QStringLiteral("三（六）");
    QList<RowSpec> rows{
        row("new_received", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本年新收政府信息公开申请数量")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "一、本年新收政府信息公开申请数量"))),
        row("carried_over", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "上年结转政府信息公开申请数量")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "二、上年结转政府信息公开申请数量"))),
        row("disclosed", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "予以公开")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（一）予以公开"))),
        row("partial", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "部分公开")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（二）部分公开"))),
        row("withheld_state_secret", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "属于国家秘密")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（三）1.属于国家秘密")), {},
            g3),
        row("withheld_law_prohibited", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "其他法律行政法规禁止公开")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（三）2.其他法律行政法规禁止公开")), {}, g3),
        row("withheld_three_safety", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "危及三安全一稳定")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（三）3.危及“三安全一稳定”")), {}, g3),
        row("withheld_third_party", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "保护第三方合法权益")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（三）4.保护第三方合法权益")), {}, g3),
        row("withheld_internal", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "属于三类内部事务信息")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（三）5.属于三类内部事务信息")), {}, g3),
        row("withheld_process", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "属于四类过程性信息")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（三）6.属于四类过程性信息")),
            {}, g3),
        row("withheld_enforcement", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "属于行政执法案卷")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（三）7.属于行政执法案卷")),
            {}, g3),
        row("withheld_query", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "属于行政查询事项")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（三）8.属于行政查询事项")), {},
            g3),
        row("unavailable_not_held", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本机关不掌握相关政府信息")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（四）1.本机关不掌握相关政府信息")), {}, g4),
        row("unavailable_needs_creation", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "没有现成信息需要另行制作")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（四）2.没有现成信息需要另行制作")), {}, g4),
        row("unavailable_unclear", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "补正后申请内容仍不明确")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（四）3.补正后申请内容仍不明确")), {}, g4),
        row("rejected_petition", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "信访举报投诉类申请")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（五）1.信访举报投诉类申请")),
            {}, g5),
        row("rejected_repeat", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "重复申请")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（五）2.重复申请")), {}, g5),
        row("rejected_publication", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "要求提供公开出版物")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（五）3.要求提供公开出版物")), {}, g5),
        row("rejected_excessive", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "无正当理由大量反复申请")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（五）4.无正当理由大量反复申请")), {}, g5),
        row("rejected_confirm", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "要求行政机关确认或重新出具已获取信息")),
            QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（五）5.要求行政机关确认或重新出具已获取信息")), {}, g5),
    };
    if (otherAsOneRow || includeBoth)
        rows.append(row("other", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "其他处理")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（六）其他处理"))));
    if (!otherAsOneRow || includeBoth) {
        rows.append(row("other_no_correction",
                        QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请")),
                        QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")),
                        {}, g6));
        rows.append(row("other_no_fee",
                        QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请")),
                        QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")),
                        {}, g6));
        rows.append(row("other_other", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "其他")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（六）3.其他")), {}, g6));
    }
    rows.append(row("result_total", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "总计")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "三（七）总计"))));
    rows.append(row("carried_forward", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "结转下年度继续办理")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "四、结转下年度继续办理"))));
    return rows;
}

QList<ColumnSpec> applicationColumns()
{
    return {
        column("natural_person", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "自然人"))),
        column("commercial", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "商业企业"))),
        column("research", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "科研机构"))),
        column("social_welfare", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "社会公益组织"))),
        column("legal_service", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "法律服务机构"))),
        column("other_org", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "其他"))),
        column("total", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "总计"))),
    };
}

QList<ColumnSpec> reviewColumns()
{
    // Three groups of five; each full label ("行政复议 结果维持") is a label of its own for
    // TemplateLabels, and so are its two parts (the header shows them in two tiers).
    static const char *const labels[15] = {
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议 结果维持"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议 结果纠正"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议 其他结果"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议 尚未审结"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议 总计"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·未经复议直接起诉 结果维持"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·未经复议直接起诉 结果纠正"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·未经复议直接起诉 其他结果"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·未经复议直接起诉 尚未审结"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·未经复议直接起诉 总计"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·复议后起诉 结果维持"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·复议后起诉 结果纠正"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·复议后起诉 其他结果"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·复议后起诉 尚未审结"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·复议后起诉 总计"),
    };
    static const char *const parts[5] = {
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "结果维持"), QT_TRANSLATE_NOOP("gk::TemplateLabels", "结果纠正"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "其他结果"), QT_TRANSLATE_NOOP("gk::TemplateLabels", "尚未审结"),
        QT_TRANSLATE_NOOP("gk::TemplateLabels", "总计")};
    Q_UNUSED(parts) // marked for lupdate only: TemplateLabels::columnLeaf translates them
    const QString groups[] = {QStringLiteral("review"), QStringLiteral("direct"), QStringLiteral("after")};
    const QString partIds[] = {QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                               QStringLiteral("pending"), QStringLiteral("total")};
    QList<ColumnSpec> columns;
    for (int g = 0; g < 3; ++g) {
        for (int p = 0; p < 5; ++p) {
            ColumnSpec spec;
            spec.id = groups[g] + QLatin1Char('_') + partIds[p];
            spec.label = QString::fromUtf8(labels[g * 5 + p]);
            columns.append(spec);
        }
    }
    return columns;
}

QList<TableSpec> buildTables(TemplateVersion version)
{
    const bool v2021 = version == TemplateVersion::V2021;
    QList<TableSpec> tables;

    TableSpec art20_1{QStringLiteral("art20_1"), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "第二十条第（一）项")), {}, {}};
    art20_1.rows = {row("regulations", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "规章")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "规章"))),
                    row("normative_docs", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "规范性文件")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "规范性文件")),
                        {QStringLiteral("行政规范性文件")})};
    if (v2021) {
        art20_1.columns = {column("issued", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本年制发件数"))),
                           column("repealed", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本年废止件数"))),
                           column("in_force", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "现行有效件数")))};
    } else {
        art20_1.columns = {column("new_made", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本年新制作数量"))),
                           column("new_published", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本年新公开数量"))),
                           column("total_published", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "对外公开总数量")))};
    }
    tables.append(art20_1);

    TableSpec art20_5{QStringLiteral("art20_5"), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "第二十条第（五）项")), {}, {}};
    art20_5.rows = {row("licensing", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政许可")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政许可")))};
    if (!v2021)
        art20_5.rows.append(row("other_services", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "其他对外管理服务事项")),
                                QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "其他对外管理服务事项"))));
    art20_5.columns = v2021 ? QList<ColumnSpec>{column("decisions", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本年处理决定数量")),
                                                       {QStringLiteral("处理决定数量")})}
                            : art20Columns2019(true);
    tables.append(art20_5);

    TableSpec art20_6{QStringLiteral("art20_6"), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "第二十条第（六）项")), {}, {}};
    art20_6.rows = {row("penalty", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政处罚")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政处罚"))),
                    row("coercion", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政强制")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政强制")))};
    art20_6.columns = art20_5.columns;
    tables.append(art20_6);

    TableSpec art20_8{QStringLiteral("art20_8"), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "第二十条第（八）项")), {}, {}};
    art20_8.rows = {row("fees", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政事业性收费")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政事业性收费")))};
    art20_8.columns = v2021 ? QList<ColumnSpec>{column("amount", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "本年收费金额")),
                                                       {QStringLiteral("本年收费金额单位万元")}, true)}
                            : art20Columns2019(false);
    tables.append(art20_8);

    if (!v2021) {
        TableSpec art20_9{QStringLiteral("art20_9"), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "第二十条第（九）项")), {}, {}};
        art20_9.rows = {row("procurement", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "政府集中采购")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "政府集中采购")))};
        art20_9.columns = {column("projects", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "采购项目数量"))),
                           column("amount", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "采购总金额")), {}, true)};
        tables.append(art20_9);
    }

    TableSpec applications{QStringLiteral("applications"), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "收到和处理政府信息公开申请情况")),
                           applicationRows(!v2021, false), applicationColumns()};
    tables.append(applications);

    TableSpec reviews{QStringLiteral("reviews"), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "政府信息公开行政复议、行政诉讼情况")),
                      {row("all", QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议、行政诉讼")), QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议、行政诉讼")))},
                      reviewColumns()};
    tables.append(reviews);
    return tables;
}

} // namespace

const QList<TableSpec> &TemplateSpec::tables(TemplateVersion version)
{
    static const QList<TableSpec> v2019 = buildTables(TemplateVersion::V2019);
    static const QList<TableSpec> v2021 = buildTables(TemplateVersion::V2021);
    return version == TemplateVersion::V2021 ? v2021 : v2019;
}

const TableSpec *TemplateSpec::table(TemplateVersion version, const QString &tableId)
{
    for (const TableSpec &spec : tables(version)) {
        if (spec.id == tableId)
            return &spec;
    }
    return nullptr;
}

const QList<RowSpec> &TemplateSpec::allApplicationRows()
{
    static const QList<RowSpec> rows = applicationRows(true, true);
    return rows;
}

QStringList TemplateSpec::tableIds(TemplateVersion version)
{
    QStringList ids;
    for (const TableSpec &spec : tables(version))
        ids.append(spec.id);
    return ids;
}

} // namespace gk
