#include "checks/seriesrules.h"
#include "i18n/translations.h"
#include "workspace/agencyseries.h"

#include <QTest>

using namespace gk;

/** The years of one agency linked: names normalised, the carry-over checked, the year table. */
class TestAgencySeries : public QObject
{
    Q_OBJECT

private:
    static ReportSummary summary(const QString &file, const QString &agency, int year, double over, double forward)
    {
        ReportSummary s;
        s.path = file;
        s.relativePath = file;
        s.read = true;
        s.agency = agency;
        s.year = year;
        s.figures.insert(QStringLiteral("new_received"), 10);
        s.figures.insert(QStringLiteral("applications.carried_over.total"), over);
        s.figures.insert(QStringLiteral("applications.carried_over.natural_person"), over);
        s.figures.insert(QStringLiteral("applications.carried_forward.total"), forward);
        s.figures.insert(QStringLiteral("applications.carried_forward.natural_person"), forward);
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void sameAgency_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("traditional script") << QStringLiteral("高新区（新市区）") << QStringLiteral("高新區(新市區)") << true;
        QTest::newRow("spaces") << QStringLiteral("保康县 人民政府") << QStringLiteral("保康县人民政府") << true;
        QTest::newRow("ideographic space") << QStringLiteral("保康县\u3000人民政府") << QStringLiteral("保康县人民政府") << true;
        QTest::newRow("year and title words")
            << QStringLiteral("保康县人民政府2020年度政府信息公开工作年度报告") << QStringLiteral("保康县人民政府") << true;
        QTest::newRow("year in Chinese numerals")
            << QStringLiteral("保康县人民政府二〇二一年政府信息公开工作年度报告") << QStringLiteral("保康县人民政府") << true;
        QTest::newRow("关于 … 的")
            << QStringLiteral("保康县人民政府关于2021年政府信息公开工作年度报告") << QStringLiteral("保康县人民政府") << true;
        QTest::newRow("a department's title keeps its name")
            << QStringLiteral("平潭综合实验区公安局2019年政府信息公开工作年度报告") << QStringLiteral("平潭综合实验区公安局") << true;
        QTest::newRow("人民政府信息公开: 政府 is the name's")
            << QStringLiteral("沈阳市人民政府信息公开工作年度报告") << QStringLiteral("沈阳市人民政府") << true;
        QTest::newRow("人民政府 and 人民政府办公室 stay different")
            << QStringLiteral("保康县人民政府") << QStringLiteral("保康县人民政府办公室") << false;
        QTest::newRow("other county") << QStringLiteral("保康县人民政府") << QStringLiteral("南漳县人民政府") << false;
    }
    void sameAgency()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(SeriesRules::agencyKey(a) == SeriesRules::agencyKey(b), same);
        QVERIFY(!SeriesRules::agencyKey(a).isEmpty());
    }

    void carryOver_data()
    {
        QTest::addColumn<QList<int>>("years");
        QTest::addColumn<QList<int>>("over");
        QTest::addColumn<QList<int>>("forward");
        QTest::addColumn<QStringList>("carry");
        QTest::addColumn<int>("findings");
        QTest::newRow("three years, all carried as forwarded")
            << QList<int>{2019, 2020, 2021} << QList<int>{0, 5, 7} << QList<int>{5, 7, 9}
            << QStringList{QString(), QStringLiteral("ok"), QStringLiteral("ok")} << 0;
        QTest::newRow("2021 says less was carried over than 2020 forwarded")
            << QList<int>{2020, 2021} << QList<int>{0, 3} << QList<int>{5, 0}
            << QStringList{QString(), QStringLiteral("differs in 2 columns")} << 2;
        QTest::newRow("files listed out of year order")
            << QList<int>{2021, 2020} << QList<int>{3, 0} << QList<int>{0, 5}
            << QStringList{QStringLiteral("differs in 2 columns"), QString()} << 2;
        QTest::newRow("a year missing: nothing to compare")
            << QList<int>{2019, 2021} << QList<int>{0, 3} << QList<int>{5, 0} << QStringList{QString(), QString()} << 0;
    }
    void carryOver()
    {
        QFETCH(QList<int>, years);
        QFETCH(QList<int>, over);
        QFETCH(QList<int>, forward);
        QFETCH(QStringList, carry);
        QFETCH(int, findings);
        QList<ReportSummary> summaries;
        for (int i = 0; i < years.size(); ++i) {
            summaries.append(summary(QStringLiteral("r%1.txt").arg(i), i % 2 ? QStringLiteral("保康县人民政府")
                                                                            : QStringLiteral("保康縣人民政府"),
                                     years.at(i), over.at(i), forward.at(i)));
        }
        // another agency in the same folder is never compared with this one
        summaries.append(summary(QStringLiteral("other.txt"), QStringLiteral("保康县人民政府办公室"), years.first() + 1, 99, 99));
        const AgencySeries series(summaries);
        QCOMPARE(series.agencies().size(), 2);
        QCOMPARE(series.findings().size(), findings);
        for (const Finding &f : series.findings())
            QCOMPARE(f.rule, QStringLiteral("series.carry_mismatch"));
        for (int i = 0; i < years.size(); ++i)
            QCOMPARE(series.carryText(i), carry.at(i));
        const QList<QStringList> rows = series.yearsRows();
        QCOMPARE(rows.size(), summaries.size());
        // by agency, then by year
        QList<int> sorted = years;
        std::sort(sorted.begin(), sorted.end());
        int row = 0;
        for (const AgencyYears &agency : series.agencies()) {
            for (int report : agency.reports) {
                QCOMPARE(rows.at(row).at(1), QString::number(summaries.at(report).year));
                ++row;
            }
        }
        const AgencyYears &county = series.agencies().at(0).reports.size() == years.size() ? series.agencies().at(0)
                                                                                            : series.agencies().at(1);
        for (int i = 0; i < county.reports.size(); ++i)
            QCOMPARE(summaries.at(county.reports.at(i)).year, sorted.at(i));
    }
};

QTEST_GUILESS_MAIN(TestAgencySeries)
#include "tst_agencyseries.moc"
