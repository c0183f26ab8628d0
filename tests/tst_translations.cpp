// Translations: the .ts files are complete and keep their placeholders, every string in the sources
// is in them, the national template's labels have an English rendering, and findings (in the core and
// from gkreview-cli) follow the language installed.
#include "checks/checker.h"
#include "i18n/translations.h"
#include "model/templatelabels.h"
#include "pipeline/extractor.h"
#include "seedtext.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>

using namespace gk;
using namespace gk::test;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    bool finished = false;
    bool numerus = false;
};

/** The live messages of a .ts file (vanished and obsolete ones left out). */
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool live = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{context, QString(), {}, false,
                                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                live = type != QLatin1String("vanished") && type != QLatin1String("obsolete");
                message.finished = type.isEmpty();
                if (!message.numerus)
                    message.translations = {xml.readElementText()};
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (live)
                messages.append(message);
            live = true;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(GK_TRANSLATIONS_DIR "/gkreview_") + language + QStringLiteral(".ts");
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

/** Seed 003 with 新收 总计 220 → 221: breaks the row total and the balance of the 总计 column. */
const QString mutatedCell = QStringLiteral("applications.new_received.total");

Report mutatedSeed003()
{
    Extractor::Result result = Extractor::extract(seedPath(QStringLiteral("003")));
    if (ReportCell *cell = result.report.cell(mutatedCell))
        cell->value = CellValue::number(cell->value.number() + 1, QString::number(cell->value.number() + 1));
    return result.report;
}

const Finding *findingOf(const QList<Finding> &findings, const QString &rule, const QString &cellId)
{
    for (const Finding &finding : findings) {
        if (finding.rule == rule && finding.cells.contains(cellId))
            return &finding;
    }
    return nullptr;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // Every test starts from the source language: no translator.
        Translations::remove();
        QVERIFY(Translations::current().isEmpty());
    }

    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("onlyContext"); // empty: every context must be finished
        QTest::newRow("zh_CN: every message") << QStringLiteral("zh_CN") << QString();
        QTest::newRow("en: every template label") << QStringLiteral("en") << QStringLiteral("gk::TemplateLabels");
    }

    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, onlyContext);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList unfinished;
        for (const TsMessage &m : messages) {
            if (!onlyContext.isEmpty() && m.context != onlyContext)
                continue;
            const bool empty = m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); });
            if (!m.finished || empty)
                unfinished << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished in %2, first: %3")
                                                       .arg(unfinished.size())
                                                       .arg(tsPath(language), unfinished.value(0))));
    }

    void placeholdersKept_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
        QTest::newRow("en") << QStringLiteral("en") << 2;
    }

    void placeholdersKept()
    {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsMessage &m : messages) {
            if (!m.finished)
                continue;
            if (m.numerus)
                QVERIFY2(m.translations.size() == numerusForms, qPrintable(m.source));
            for (const QString &translation : m.translations) {
                QVERIFY2(placeholders(translation) == placeholders(m.source),
                         qPrintable(m.source + QStringLiteral(" → ") + translation));
            }
        }
    }

    void sourcesAreInTheTsFiles()
    {
        // lupdate over the sources into a copy: a tr() string missing from the .ts shows up unfinished.
        if (QStringLiteral(GK_LUPDATE_PATH).isEmpty() || !QFile::exists(QStringLiteral(GK_LUPDATE_PATH)))
            QSKIP("lupdate is not available");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("gkreview_zh_CN.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("zh_CN")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(GK_SOURCE_DIR));
        lupdate.start(QStringLiteral(GK_LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("core"), QStringLiteral("ui"),
                       QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        QStringList missing;
        for (const TsMessage &m : readTs(copy, &error)) {
            if (!m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) of the sources are not translated in gkreview_zh_CN.ts "
                                           "(cmake --build build --target update_translations, then translate): %2")
                                .arg(missing.size())
                                .arg(missing.join(QStringLiteral(" | ")))));
    }

    void templateLabelsTranslated_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("2019 template") << int(TemplateVersion::V2019);
        QTest::newRow("2021 template") << int(TemplateVersion::V2021);
    }

    void templateLabelsTranslated()
    {
        // Every header an export or the window shows: table titles, rows, columns, column groups.
        QFETCH(int, version);
        const QList<TableSpec> &tables = TemplateSpec::tables(TemplateVersion(version));
        QList<QPair<QString, std::function<QString()>>> labels;
        for (const TableSpec &table : tables) {
            labels.append({table.title, [&table] { return TemplateLabels::title(table); }});
            labels.append({table.title, [&table] { return TemplateLabels::shortTitle(table); }});
            for (const RowSpec &row : table.rows) {
                labels.append({row.displayLabel, [&row] { return TemplateLabels::row(row); }});
                labels.append({row.displayLabel, [&row] { return TemplateLabels::rowPath(row).join(QLatin1Char('|')); }});
            }
            for (const ColumnSpec &column : table.columns) {
                labels.append({column.label, [&column] { return TemplateLabels::column(column); }});
                labels.append({column.label, [&column] { return TemplateLabels::columnLeaf(column); }});
                labels.append({column.label, [&column] { return TemplateLabels::columnWithUnit(column); }});
                const QString tableId = table.id;
                const QString columnId = column.id;
                labels.append({column.label, [tableId, columnId] { return TemplateLabels::columnGroup(tableId, columnId); }});
                labels.append({column.label, [tableId, &column] { return TemplateLabels::columnPath(tableId, column).join(QLatin1Char('|')); }});
            }
        }
        for (const RowSpec &row : TemplateSpec::allApplicationRows())
            labels.append({row.displayLabel, [&row] { return TemplateLabels::row(row); }});

        QVERIFY(Translations::install(QStringLiteral("en")));
        for (const auto &[chinese, english] : labels) {
            const QString text = english();
            QVERIFY2(!hasHan(text), qPrintable(chinese + QStringLiteral(" → ") + text));
        }
        // The context other code uses directly (exports): QCoreApplication::translate.
        for (const TableSpec &table : tables) {
            for (const ColumnSpec &column : table.columns) {
                const QString text =
                    QCoreApplication::translate("gk::TemplateLabels", column.label.toUtf8().constData());
                QVERIFY2(!text.isEmpty() && !hasHan(text), qPrintable(column.label));
            }
        }
        QCOMPARE(TemplateLabels::row(TemplateSpec::table(TemplateVersion::V2019, QStringLiteral("applications"))->rows.at(0)),
                 QStringLiteral("1. New applications received this year"));

        // The nested pieces the exports print: the English row label ends like the English full label.
        const RowSpec *secret = nullptr;
        for (const RowSpec &row : TemplateSpec::allApplicationRows()) {
            if (row.id == QLatin1String("withheld_state_secret"))
                secret = &row;
        }
        QVERIFY(secret);
        QCOMPARE(TemplateLabels::rowPath(*secret),
                 (QStringList{QStringLiteral("3. Outcomes this year"), QStringLiteral("(3) Withheld"),
                              QStringLiteral("1. State secret")}));

        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        for (const TableSpec &table : tables) {
            QCOMPARE(TemplateLabels::title(table), table.title);
            for (const RowSpec &row : table.rows) {
                QCOMPARE(TemplateLabels::row(row), row.displayLabel);
                // 三（三）1.属于国家秘密 → 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密
                const QStringList path = TemplateLabels::rowPath(row);
                QVERIFY2(row.displayLabel.endsWith(path.constLast()), qPrintable(path.join(QLatin1Char('|'))));
                for (const QString &piece : path)
                    QVERIFY2(hasHan(piece), qPrintable(piece));
            }
            for (const ColumnSpec &column : table.columns) {
                QCOMPARE(TemplateLabels::column(column), column.label);
                QCOMPARE(TemplateLabels::columnWithUnit(column),
                         column.amount ? column.label + QStringLiteral("（单位：万元）") : column.label);
                for (const QString &piece : TemplateLabels::columnPath(table.id, column))
                    QVERIFY2(hasHan(piece), qPrintable(piece));
            }
        }
    }

    void resolvesLanguages_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-Hans-CN") << QStringLiteral("zh-Hans-CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW reads 简体 until there is zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("zh_CN");
        QTest::newRow("en_GB.UTF-8") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("en");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
        QTest::newRow("no translation: de") << QStringLiteral("de") << QString();
    }

    void resolvesLanguages()
    {
        QFETCH(QString, requested);
        QFETCH(QString, resolved);
        QCOMPARE(Translations::resolve(requested), resolved);
        QCOMPARE(Translations::install(requested), !resolved.isEmpty());
        if (!resolved.isEmpty())
            QCOMPARE(Translations::current(), resolved);
    }

    void findingsFollowLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("rowTotalMessage");
        QTest::addColumn<QString>("labelVariant");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringLiteral("“一、本年新收政府信息公开申请数量”行：总计 = 221，但自然人+…+其他 = 220（相差 1）")
                               << QStringLiteral("标签“");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("Row 1. New applications received this year: Total = 221 but Natural "
                                              "persons+…+Other = 220 (difference 1)")
                            << QStringLiteral("label “");
    }

    void findingsFollowLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, rowTotalMessage);
        QVERIFY(Translations::install(language));
        const QList<Finding> findings = Checker::check(mutatedSeed003());
        const Finding *rowTotal = findingOf(findings, QStringLiteral("applications.row_total"), mutatedCell);
        QVERIFY(rowTotal);
        QCOMPARE(rowTotal->message, rowTotalMessage);
        const Finding *balance = findingOf(findings, QStringLiteral("applications.balance"), mutatedCell);
        QVERIFY(balance);
        QCOMPARE(hasHan(balance->message), language == QLatin1String("zh_CN"));
        // Messages of reading are produced at extraction, in the language installed then.
        QFETCH(QString, labelVariant);
        const Finding *variant = nullptr;
        for (const Finding &f : findings) {
            if (f.rule == QLatin1String("label.variant"))
                variant = &f;
        }
        QVERIFY(variant);
        QVERIFY2(variant->message.contains(labelVariant), qPrintable(variant->message));
    }

    void cliFollowsLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("notExpected");
        const QString chinese = QStringLiteral("总计 = 221，但自然人+…+其他 = 220（相差 1）");
        const QString english = QStringLiteral("Total = 221 but Natural persons+…+Other = 220 (difference 1)");
        QTest::newRow("--lang zh_CN") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")}
                                      << QStringList{QStringLiteral("LANG=C")} << chinese << english;
        QTest::newRow("--lang=en") << QStringList{QStringLiteral("--lang=en")}
                                   << QStringList{QStringLiteral("LANG=zh_CN.UTF-8")} << english << chinese;
        QTest::newRow("LANG=zh_CN.UTF-8") << QStringList{} << QStringList{QStringLiteral("LANG=zh_CN.UTF-8")}
                                          << chinese << english;
        QTest::newRow("LANGUAGE=zh_CN:en") << QStringList{}
                                           << QStringList{QStringLiteral("LANG=en_US.UTF-8"),
                                                          QStringLiteral("LANGUAGE=zh_CN:en")}
                                           << chinese << english;
        QTest::newRow("LC_ALL=en_US.UTF-8") << QStringList{}
                                            << QStringList{QStringLiteral("LANG=zh_CN.UTF-8"),
                                                           QStringLiteral("LC_ALL=en_US.UTF-8")}
                                            << english << chinese;
    }

    void cliFollowsLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        QFETCH(QString, notExpected);
        const QString cli = QStringLiteral(GK_CLI_PATH);
        if (cli.isEmpty() || !QFile::exists(cli))
            QSKIP("gkreview-cli is not built (core-only build)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString text = seedText(QStringLiteral("003"));
        const QString row = QStringLiteral("| 219 | 1 | 0 | 0 | 0 | 0 | 220 |");
        QVERIFY(text.contains(row));
        text.replace(row, QStringLiteral("| 219 | 1 | 0 | 0 | 0 | 0 | 221 |"));
        const QString path = dir.filePath(QStringLiteral("003_mutated.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        QProcess process;
        QStringList env = QProcessEnvironment::systemEnvironment().toStringList();
        env.erase(std::remove_if(env.begin(), env.end(),
                                 [](const QString &v) {
                                     return v.startsWith(QLatin1String("LANG=")) || v.startsWith(QLatin1String("LC_"))
                                         || v.startsWith(QLatin1String("LANGUAGE="));
                                 }),
                  env.end());
        process.setEnvironment(env + environment);
        process.start(cli, arguments + QStringList{QStringLiteral("check"), path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1); // an error finding
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
        QVERIFY(!out.contains(notExpected));
    }

    void cliRejectsUnknownLanguage()
    {
        const QString cli = QStringLiteral(GK_CLI_PATH);
        if (cli.isEmpty() || !QFile::exists(cli))
            QSKIP("gkreview-cli is not built (core-only build)");
        QProcess process;
        process.start(cli, {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("check"),
                            seedPath(QStringLiteral("003"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("xx")));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
