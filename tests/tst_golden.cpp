// The parser against hand-checked expectations: every golden file of ../shared/golden (the seed
// reports) and every generated fixture of tests/data/fixtures (layouts, encodings, scripts and
// damage derived from the seeds by tests/data/make_fixtures.py). The comparison is the one of
// ../shared/tools/score-golden, so a row that passes here scores full marks there.

#include "checks/checker.h"
#include "export/reportjson.h"
#include "pipeline/extractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace gk;

namespace {

const QString goldenDir = QStringLiteral(GK_SHARED_DIR "/golden");
const QString seedDir = QStringLiteral(GK_SHARED_DIR "/seeds");
// tst_shapes_golden is this test over tests/data/shapes (see tests/CMakeLists.txt).
#ifndef GK_FIXTURE_SUBDIR
#define GK_FIXTURE_SUBDIR "/fixtures"
#endif
const QString fixtureDir = QStringLiteral(GK_TEST_DATA_DIR GK_FIXTURE_SUBDIR);

const QStringList aspects = {QStringLiteral("cells"), QStringLiteral("uncertain"), QStringLiteral("meta"),
                             QStringLiteral("rules")};

QJsonObject readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = path + QStringLiteral(": not a JSON object: ") + parseError.errorString();
        return {};
    }
    return document.object();
}

/** What `gkreview-cli extract` prints for a file, or an error line. Cached: four aspects, one run. */
struct Actual
{
    bool ok = false;
    QString error;
    QJsonObject json;
};

const Actual &actualFor(const QString &path)
{
    static QHash<QString, Actual> cache;
    auto it = cache.find(path);
    if (it != cache.end())
        return *it;
    Actual actual;
    const Extractor::Result result = Extractor::extract(path);
    actual.ok = result.ok;
    actual.error = result.error;
    if (result.ok)
        actual.json = ReportJson::toJson(result.report, Checker::check(result.report));
    return *cache.insert(path, actual);
}

QString show(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("<absent>");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    }
}

/** score-golden's close(): null only equals null, numbers within 1e-6. */
bool close(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (!a.isDouble() || !b.isDouble())
        return false;
    return std::fabs(a.toDouble() - b.toDouble()) <= 1e-6;
}

bool sameMeta(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isUndefined())
        return b.isNull(); // Python's out.get(key) is None for an absent key
    return a == b;
}

QString rowOf(const QString &cellId)
{
    return cellId.left(cellId.lastIndexOf(QLatin1Char('.')));
}

QStringList compareCells(const QJsonObject &expected, const QJsonObject &actual)
{
    QStringList misses;
    const QJsonObject uncertainRows = expected.value(QLatin1String("uncertain")).toObject();
    const QJsonObject want = expected.value(QLatin1String("cells")).toObject();
    const QJsonObject got = actual.value(QLatin1String("cells")).toObject();
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (uncertainRows.contains(rowOf(it.key())))
            continue;
        const QJsonValue value = got.value(it.key());
        if (value.isUndefined() || !close(value, it.value()))
            misses.append(QStringLiteral("%1: want %2, got %3").arg(it.key(), show(it.value()), show(value)));
    }
    return misses;
}

QStringList compareUncertain(const QJsonObject &expected, const QJsonObject &actual)
{
    QStringList misses;
    const QJsonObject uncertainRows = expected.value(QLatin1String("uncertain")).toObject();
    const QJsonObject got = actual.value(QLatin1String("cells")).toObject();
    QSet<QString> markedRows;
    const QJsonArray marked = actual.value(QLatin1String("uncertain")).toArray();
    for (const QJsonValue &cell : marked)
        markedRows.insert(rowOf(cell.toString()));
    for (auto it = uncertainRows.begin(); it != uncertainRows.end(); ++it) {
        QList<double> gotValues;
        for (auto cell = got.begin(); cell != got.end(); ++cell) {
            if (rowOf(cell.key()) == it.key() && cell.value().isDouble())
                gotValues.append(cell.value().toDouble());
        }
        std::sort(gotValues.begin(), gotValues.end());
        QStringList gotText;
        for (double v : std::as_const(gotValues))
            gotText.append(QString::number(v, 'g', 12));

        bool valuesOk = true;
        QString wantText = QStringLiteral("any values");
        if (!it.value().isNull()) {
            QList<double> wantValues;
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &v : array)
                wantValues.append(v.toDouble());
            std::sort(wantValues.begin(), wantValues.end());
            QStringList text;
            for (double v : std::as_const(wantValues))
                text.append(QString::number(v, 'g', 12));
            wantText = QStringLiteral("values [%1]").arg(text.join(QStringLiteral(", ")));
            valuesOk = wantValues.size() == gotValues.size();
            for (int i = 0; valuesOk && i < wantValues.size(); ++i)
                valuesOk = std::fabs(wantValues.at(i) - gotValues.at(i)) <= 1e-6;
        }
        const bool markOk = markedRows.contains(it.key());
        if (!valuesOk || !markOk) {
            misses.append(QStringLiteral("uncertain row %1: want %2 marked uncertain, got [%3] %4")
                              .arg(it.key(), wantText, gotText.join(QStringLiteral(", ")),
                                   markOk ? QStringLiteral("marked") : QStringLiteral("not marked")));
        }
    }
    return misses;
}

QStringList compareMeta(const QJsonObject &expected, const QJsonObject &actual)
{
    QStringList misses;
    for (const QLatin1String key : {QLatin1String("year"), QLatin1String("template"), QLatin1String("published")}) {
        if (!sameMeta(actual.value(key), expected.value(key))) {
            misses.append(QStringLiteral("%1: want %2, got %3")
                              .arg(key, show(expected.value(key)), show(actual.value(key))));
        }
    }
    const QString agency = expected.value(QLatin1String("agency_contains")).toString();
    if (!actual.value(QLatin1String("agency")).toString().contains(agency))
        misses.append(QStringLiteral("agency: want …%1…, got %2").arg(agency, show(actual.value(QLatin1String("agency")))));
    return misses;
}

QStringList compareRules(const QJsonObject &expected, const QJsonObject &actual)
{
    QSet<QString> fired;
    const QJsonArray findings = actual.value(QLatin1String("findings")).toArray();
    for (const QJsonValue &finding : findings)
        fired.insert(finding.toObject().value(QLatin1String("rule")).toString());
    QStringList misses;
    const QJsonArray mustFire = expected.value(QLatin1String("must_fire")).toArray();
    for (const QJsonValue &rule : mustFire) {
        if (!fired.contains(rule.toString()))
            misses.append(QStringLiteral("rule %1 should fire and did not").arg(rule.toString()));
    }
    const QJsonArray mustNotFire = expected.value(QLatin1String("must_not_fire")).toArray();
    for (const QJsonValue &rule : mustNotFire) {
        if (fired.contains(rule.toString()))
            misses.append(QStringLiteral("rule %1 fired and should not").arg(rule.toString()));
    }
    return misses;
}

/** (row name, report path, expected.json path) for every golden file and every fixture. */
struct Case
{
    QString name;
    QString report;
    QString expected;
};

QList<Case> allCases()
{
    QList<Case> cases;
    const QStringList goldens = QDir(goldenDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : goldens) {
        QString error;
        const QJsonObject golden = readJson(QDir(goldenDir).filePath(name), &error);
        cases.append({QStringLiteral("seed ") + QFileInfo(name).completeBaseName(),
                      QDir(seedDir).filePath(golden.value(QLatin1String("file")).toString()),
                      QDir(goldenDir).filePath(name)});
    }
    const QStringList fixtures = QDir(fixtureDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : fixtures) {
        const QDir folder(QDir(fixtureDir).filePath(name));
        QString error;
        const QJsonObject expected = readJson(folder.filePath(QStringLiteral("expected.json")), &error);
        cases.append({QStringLiteral("fixture ") + name,
                      folder.filePath(expected.value(QLatin1String("file")).toString()),
                      folder.filePath(QStringLiteral("expected.json"))});
    }
    return cases;
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The data is found where the build says it is, and every case is complete: a wrong path or a
    // half-generated fixture must fail loudly instead of testing nothing.
    void everyCaseHasItsReportAndExpectation()
    {
        const QList<Case> cases = allCases();
        int seeds = 0;
        int fixtures = 0;
        for (const Case &c : cases) {
            (c.name.startsWith(QLatin1String("seed")) ? seeds : fixtures)++;
            QString error;
            const QJsonObject expected = readJson(c.expected, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const QLatin1String key : {QLatin1String("file"), QLatin1String("agency_contains"), QLatin1String("cells"),
                                            QLatin1String("uncertain"), QLatin1String("must_fire"),
                                            QLatin1String("must_not_fire")}) {
                QVERIFY2(expected.contains(key), qPrintable(c.expected + QStringLiteral(": no key ") + key));
            }
            QVERIFY2(QFileInfo(c.report).isFile(), qPrintable(c.name + QStringLiteral(": no report ") + c.report));
        }
        QVERIFY2(seeds > 0, qPrintable(QStringLiteral("no golden files in ") + goldenDir));
        QVERIFY2(fixtures > 0, qPrintable(QStringLiteral("no fixtures in ") + fixtureDir));
    }

    void matchesExpectation_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<QString>("aspect");
        const QList<Case> cases = allCases();
        for (const Case &c : cases) {
            for (const QString &aspect : aspects) {
                QTest::newRow(qPrintable(c.name + QLatin1Char(' ') + aspect)) << c.report << c.expected << aspect;
            }
        }
    }

    void matchesExpectation()
    {
        QFETCH(QString, report);
        QFETCH(QString, expectedPath);
        QFETCH(QString, aspect);
        QString error;
        const QJsonObject expected = readJson(expectedPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Actual &actual = actualFor(report);
        QVERIFY2(actual.ok, qPrintable(QStringLiteral("extraction failed: ") + actual.error));

        QStringList misses;
        if (aspect == QLatin1String("cells"))
            misses = compareCells(expected, actual.json);
        else if (aspect == QLatin1String("uncertain"))
            misses = compareUncertain(expected, actual.json);
        else if (aspect == QLatin1String("meta"))
            misses = compareMeta(expected, actual.json);
        else
            misses = compareRules(expected, actual.json);
        const QString file = QFileInfo(report).fileName();
        // A shape the parser is known not to rebuild: it must at least not pass as clean.
        const QString knownLimit = expected.value(QLatin1String("known_limit")).toString();
        if (!knownLimit.isEmpty() && aspect != QLatin1String("meta")) {
            const QJsonArray findings = actual.json.value(QLatin1String("findings")).toArray();
            const bool flagged = std::any_of(findings.begin(), findings.end(), [](const QJsonValue &f) {
                return f.toObject().value(QLatin1String("severity")).toString() == QLatin1String("error");
            });
            QVERIFY2(flagged, qPrintable(file + QStringLiteral(": a known limit read without an error finding")));
            if (!misses.isEmpty())
                QEXPECT_FAIL("", qPrintable(knownLimit), Continue);
        }
        QVERIFY2(misses.isEmpty(), qPrintable(QStringLiteral("%1: %2 %3 mismatch(es):\n    %4")
                                                  .arg(file, QString::number(misses.size()), aspect,
                                                       misses.join(QStringLiteral("\n    ")))));
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
