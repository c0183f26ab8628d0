// Metadata from the report, not from the page around it: `published` is the date the report is
// signed with, a page's or crawler's date (发布时间) only where there is no signature; the agency
// never carries a header's field name (标题:, 来源：, 当前位置：). Shapes: lines, one long line,
// a signature glued to the agency's name, a page footer after it.
#include "template/metadataextractor.h"

#include <QDate>
#include <QTest>

using namespace gk;

class TestMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTheReport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("published");

        const QString crawler = QStringLiteral("标题: 某某区公安局2019年政府信息公开工作年度报告\n发布时间: 2020-01-20 08:18\n文号: \n"
                                               "发布机构: 区公安局\n栏目: 政府信息公开年报\n==================== 正文 ====================\n");
        QTest::newRow("crawler header, signature on one line: the signature's date, no 标题: in the name")
            << crawler + QStringLiteral("根据《条例》编制本报告。一、总体情况 2019年，我局……六、其他需要报告的事项无 某某区公安局 2020年1月17日")
            << QStringLiteral("某某区公安局") << 2019 << QDate(2020, 1, 17);
        QTest::newRow("crawler header, no signature: the page's date")
            << crawler + QStringLiteral("一、总体情况……六、其他需要报告的事项 无其他需要报告的事项")
            << QStringLiteral("某某区公安局") << 2019 << QDate(2020, 1, 20);
        QTest::newRow("signature glued to the agency's name, 附件下载 after it")
            << crawler + QStringLiteral("……六、其他需要报告的事项2019年，无收取信息处理费情况。 某某区财政金融局2020年1月4日 附件下载")
            << QStringLiteral("某某区公安局") << 2019 << QDate(2020, 1, 4);
        QTest::newRow("a date inside a sentence of the closing part is no signature")
            << crawler + QStringLiteral("……六、其他需要报告的事项 本报告统计期限自2019年1月1日起至2019年12月31日止。 附件下载")
            << QStringLiteral("某某区公安局") << 2019 << QDate(2020, 1, 20);
        QTest::newRow("an agency's date glued to the next words is prose, not a signature")
            << crawler + QStringLiteral("……六、其他需要报告的事项 区政府办公室2020年1月3日印发了《工作要点》。")
            << QStringLiteral("某某区公安局") << 2019 << QDate(2020, 1, 20);
        QTest::newRow("one long line with a page footer after the signature")
            << QStringLiteral("某某县2020年度政府信息公开工作年度报告 本年度报告根据《条例》编制。……六、其他需要报告的事项 无 "
                              "某某县政务服务和大数据管理局 2021年2月2日 主办:某某县政府办 承办:某某县融媒体中心 "
                              "备案号:鄂ICP备19027950号")
            << QStringLiteral("某某县") << 2020 << QDate(2021, 2, 2);
        QTest::newRow("a page's breadcrumb and 来源：… 时间：… line above the report")
            << QStringLiteral("当前位置： 首页政务公开政府信息公开年报 某某综合实验区2021年度政府信息公开工作年度报告 "
                              "来源：某某县人民政府 时间：2022-02-08 16:34 微信 微博 根据《条例》编制本报告。……"
                              "六、其他需要报告的事项2021年，无收取信息处理费情况。 附件下载")
            << QStringLiteral("某某综合实验区") << 2021 << QDate(2022, 2, 8);
        QTest::newRow("来源： line above the title is not the agency")
            << QStringLiteral("来源：某某市人民政府办公室\n某某市2020年政府信息公开工作年度报告\n一、总体情况\n")
            << QStringLiteral("某某市") << 2020 << QDate();
        QTest::newRow("signature in 〇 numerals on its own line beats the page's date")
            << QStringLiteral("发布日期：2022-01-30\n某某市民政局2021年政府信息公开工作年度报告\n六、其他需要报告的事项\n无\n"
                              "某某市民政局\n二〇二二年一月二十日\n主办：某某市人民政府\n")
            << QStringLiteral("某某市民政局") << 2021 << QDate(2022, 1, 20);
        QTest::newRow("lines: signature under the agency, footer lines after it")
            << QStringLiteral("某某县2020年度政府信息公开工作年度报告\n六、其他需要报告的事项\n无\n某某县政务服务和大数据管理局\n"
                              "2021年2月2日\n主办:某某县政府办\n地址:某某县清溪路8号 邮编:441600\n")
            << QStringLiteral("某某县") << 2020 << QDate(2021, 2, 2);
        QTest::newRow("neither signature nor page date: null")
            << QStringLiteral("某某区2020年政府信息公开工作年度报告\n一、总体情况\n本报告所列数据统计期限从2020年1月1日到2020年12月31日止。\n")
            << QStringLiteral("某某区") << 2020 << QDate();
    }

    void fromTheReport()
    {
        QFETCH(QString, text);
        QFETCH(QString, agency);
        QFETCH(int, year);
        QFETCH(QDate, published);
        const MetadataExtractor::Metadata meta = MetadataExtractor::extract(text);
        QCOMPARE(meta.agency, agency);
        QCOMPARE(meta.year, year);
        QCOMPARE(meta.published, published);
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
