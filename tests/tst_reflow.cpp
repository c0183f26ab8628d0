// A property of the token parser: the shape of the text does not change the tables. Every seed and
// every real report is re-flowed (all line breaks made spaces; every cell separator removed; one cell
// per line; drawn with box characters) and must give the same cells as the report as published, except in rows the re-flowed
// text leaves open, which must then be marked uncertain — never a silent different value.
#include "pipeline/extractor.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]+")), QStringLiteral(" "));
    return out;
}

// Pipes, tabs and line breaks gone, and the spaces between numbers with them: "64 0 0" → "6400".
QString noSeparators(const QString &text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("\\s*[|\\t\\r\\n]+\\s*")), QString());
    out.replace(QRegularExpression(QStringLiteral("(?<=[0-9]) +(?=[0-9+\\-])")), QString());
    return out;
}

// Every cell on a line of its own, as text copied out of a PDF in reading order.
QString cellPerLine(const QString &text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("[ \\t]*\\|[ \\t|]*")), QStringLiteral("\n"));
    out.replace(QRegularExpression(QStringLiteral("(?<=[0-9]) +(?=[0-9+\\-])")), QStringLiteral("\n"));
    return out;
}

// The table drawn with box characters, as a text browser dumps a page: "│ 821 │ 35 │" between rules.
QString boxDrawn(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1Char('|'))) {
            out.append(line);
            continue;
        }
        QString row = line;
        row.replace(QRegularExpression(QStringLiteral("\\s*\\|\\s*")), QStringLiteral(" │ "));
        out.append(QStringLiteral("│ ") + row.trimmed() + QStringLiteral(" │"));
        out.append(QStringLiteral("├──────┼────┼────┤"));
    }
    return out.join(QLatin1Char('\n'));
}

struct Reading
{
    QHash<QString, QJsonValue> cells;
    QSet<QString> uncertainRows;
};

QString rowOf(const QString &cellId) { return cellId.left(cellId.lastIndexOf(QLatin1Char('.'))); }

Reading extract(const QString &path)
{
    Reading reading;
    const Extractor::Result result = Extractor::extract(path);
    if (!result.ok)
        return reading;
    for (const QString &id : result.report.cellIds()) {
        const ReportCell *cell = result.report.cell(id);
        reading.cells.insert(id, cell->value.toJson());
        if (cell->uncertain)
            reading.uncertainRows.insert(rowOf(id));
    }
    return reading;
}

} // namespace

class TestReflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameCellsWhateverTheShape_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<int>("shape");
        QStringList reports;
        for (const QString &dir : {QStringLiteral(GK_SHARED_DIR "/seeds"), QStringLiteral(GK_SHARED_DIR "/real/reports")}) {
            for (const QFileInfo &info : QDir(dir).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
                reports.append(info.absoluteFilePath());
        }
        if (reports.isEmpty())
            QSKIP("the shared reports are not here");
        const char *shapes[] = {"one line", "no separators", "cell per line", "box drawn"};
        for (const QString &report : std::as_const(reports)) {
            for (int shape = 0; shape < 4; ++shape)
                QTest::newRow(qPrintable(QFileInfo(report).fileName() + QStringLiteral(" / ") + QLatin1String(shapes[shape])))
                    << report << shape;
        }
    }

    void sameCellsWhateverTheShape()
    {
        QFETCH(QString, report);
        QFETCH(int, shape);
        const Reading published = extract(report);
        QVERIFY(!published.cells.isEmpty());
        const QString text = readUtf8(report);
        const QString reflowed = shape == 0   ? oneLine(text)
                                 : shape == 1 ? noSeparators(text)
                                 : shape == 2 ? cellPerLine(text)
                                              : boxDrawn(text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QFileInfo(report).fileName());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(reflowed.toUtf8());
        out.close();
        const Reading got = extract(path);
        QStringList silent;
        int sameCells = 0;
        for (auto it = published.cells.constBegin(); it != published.cells.constEnd(); ++it) {
            if (got.cells.value(it.key()) == it.value()) {
                ++sameCells;
                continue;
            }
            const QString row = rowOf(it.key());
            if (!got.uncertainRows.contains(row) && !published.uncertainRows.contains(row))
                silent.append(it.key() + QStringLiteral(": ") + QString::number(it.value().toDouble()) +
                              QStringLiteral(" → ") +
                              (got.cells.value(it.key()).isNull() ? QStringLiteral("blank")
                                                                  : QString::number(got.cells.value(it.key()).toDouble())));
        }
        QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral("; "))));
        QVERIFY(sameCells > 0);
    }
};

QTEST_GUILESS_MAIN(TestReflow)
#include "tst_reflow.moc"
