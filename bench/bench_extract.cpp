// gkbench: how fast the core pipeline reads reports, on one thread.
//
//   gkbench [--count N] [--seeds DIR] [--fixtures DIR] [--keep]
//
// Builds a corpus of N reports (default 1000) in a temporary folder by repeating and varying the
// seed reports and the generated fixtures (their layouts, scripts and encodings): every table value
// is multiplied by the same factor (so the printed arithmetic still holds), the agency is renamed,
// line ends alternate between LF and CRLF and some copies are written as UTF-16LE. Then times
// gk::Extractor::extract on every file and prints reports/s, MB/s and the median per report.
// Exits 1 when a report of the corpus cannot be read.

#include "pipeline/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

struct Base
{
    QString name;
    QByteArray bytes;
    bool utf8 = false;
    QString text;
};

QList<Base> loadBases(const QString &seedDir, const QString &fixtureDir)
{
    QStringList paths;
    const QStringList seeds = QDir(seedDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : seeds)
        paths.append(QDir(seedDir).filePath(name));
    const QStringList cases = QDir(fixtureDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : cases) {
        const QDir folder(QDir(fixtureDir).filePath(name));
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            if (file != QLatin1String("expected.json"))
                paths.append(folder.filePath(file));
        }
    }
    QList<Base> bases;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Base base;
        base.name = QFileInfo(path).fileName();
        base.bytes = file.readAll();
        QStringDecoder decoder(QStringDecoder::Utf8);
        base.text = decoder(base.bytes);
        base.utf8 = !decoder.hasError() && !base.bytes.startsWith("\xFF\xFE") && !base.bytes.contains('\r');
        bases.append(base);
    }
    return bases;
}

/** Multiplies every whole table cell (pipe cell or tab-indented line) by factor. */
QString scaleTableValues(const QString &text, int factor)
{
    static const QRegularExpression number(QStringLiteral("^([+\\-]?)(\\d+(?:\\.\\d+)?)(万元)?$"));
    const auto scale = [&](const QString &cell) -> QString {
        const QString trimmed = cell.trimmed();
        const QRegularExpressionMatch m = number.match(trimmed);
        if (!m.hasMatch())
            return cell;
        const QString digits = m.captured(2);
        const bool decimal = digits.contains(QLatin1Char('.'));
        const QString scaled = decimal ? QString::number(digits.toDouble() * factor, 'f', 4)
                                       : QString::number(digits.toLongLong() * factor);
        return QString(cell).replace(trimmed, m.captured(1) + scaled + m.captured(3));
    };
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.contains(QLatin1Char('|'))) {
            QStringList cells = line.split(QLatin1Char('|'));
            for (QString &cell : cells)
                cell = scale(cell);
            line = cells.join(QLatin1Char('|'));
        } else if (line.startsWith(QLatin1Char('\t'))) {
            line = QLatin1Char('\t') + scale(line.mid(1));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString renameAgency(QString text, int variant)
{
    static const QStringList known = {QStringLiteral("工布江达县"), QStringLiteral("保康县"), QStringLiteral("安泽县"),
                                      QStringLiteral("沈河区"), QStringLiteral("新市区"), QStringLiteral("新市區"),
                                      QStringLiteral("临川区")};
    static const QStringList names = {QStringLiteral("东城区"), QStringLiteral("西湖区"), QStringLiteral("南山区"),
                                      QStringLiteral("北辰区"), QStringLiteral("江宁区"), QStringLiteral("武侯区"),
                                      QStringLiteral("青羊区"), QStringLiteral("雁塔区")};
    const QString to = names.at(variant % names.size());
    for (const QString &from : known)
        text.replace(from, to);
    return text;
}

QByteArray variantOf(const Base &base, int variant)
{
    if (!base.utf8 || variant == 0)
        return base.bytes; // the other encodings and the originals stay byte for byte
    QString text = scaleTableValues(base.text, 1 + variant % 9);
    text = renameAgency(text, variant);
    if (variant % 2 == 1)
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    if (variant % 3 == 2) {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        return encoder(text);
    }
    return text.toUtf8();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool countOk = false;
    const int count = option(QStringLiteral("--count"), QStringLiteral("1000")).toInt(&countOk);
    if (!countOk || count <= 0) {
        err << "usage: gkbench [--count N] [--seeds DIR] [--fixtures DIR] [--keep]" << Qt::endl;
        return 2;
    }
    const QString seedDir = option(QStringLiteral("--seeds"), QStringLiteral(GK_SHARED_DIR "/seeds"));
    const QString fixtureDir = option(QStringLiteral("--fixtures"), QStringLiteral(GK_TEST_DATA_DIR "/fixtures"));

    const QList<Base> bases = loadBases(seedDir, fixtureDir);
    if (bases.isEmpty()) {
        err << "gkbench: no reports in " << seedDir << " or " << fixtureDir << Qt::endl;
        return 2;
    }
    QTemporaryDir corpus;
    if (!corpus.isValid()) {
        err << "gkbench: cannot create a temporary folder: " << corpus.errorString() << Qt::endl;
        return 2;
    }
    corpus.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    QStringList files;
    qint64 totalBytes = 0;
    for (int i = 0; i < count; ++i) {
        const Base &base = bases.at(i % bases.size());
        const QByteArray bytes = variantOf(base, i / int(bases.size()));
        const QString path = corpus.filePath(QStringLiteral("%1_%2").arg(i, 5, 10, QLatin1Char('0')).arg(base.name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            err << "gkbench: cannot write " << path << Qt::endl;
            return 2;
        }
        files.append(path);
        totalBytes += bytes.size();
    }
    out << "corpus: " << count << " reports, " << QString::number(double(totalBytes) / 1e6, 'f', 2) << " MB, from "
        << bases.size() << " seeds and fixtures, in " << corpus.path() << Qt::endl;

    QList<qint64> nanos;
    nanos.reserve(count);
    qint64 slowest = -1;
    QString slowestPath;
    int failures = 0;
    QElapsedTimer total;
    total.start();
    for (const QString &path : std::as_const(files)) {
        QElapsedTimer one;
        one.start();
        const gk::Extractor::Result result = gk::Extractor::extract(path);
        nanos.append(one.nsecsElapsed());
        if (nanos.last() > slowest) {
            slowest = nanos.last();
            slowestPath = path;
        }
        if (!result.ok) {
            if (failures == 0)
                err << "gkbench: " << result.error << Qt::endl;
            ++failures;
        }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(nanos.begin(), nanos.end());
    const double medianMs = double(nanos.at(nanos.size() / 2)) / 1e6;
    const double p95Ms = double(nanos.at(std::min<qsizetype>(nanos.size() - 1, nanos.size() * 95 / 100))) / 1e6;
    out << "extract (1 thread): " << QString::number(seconds, 'f', 3) << " s, "
        << QString::number(count / seconds, 'f', 1) << " reports/s, "
        << QString::number(double(totalBytes) / 1e6 / seconds, 'f', 2) << " MB/s, median "
        << QString::number(medianMs, 'f', 3) << " ms/report, p95 " << QString::number(p95Ms, 'f', 3) << " ms, max "
        << QString::number(double(nanos.last()) / 1e6, 'f', 3) << " ms (" << QFileInfo(slowestPath).fileName() << ")"
        << Qt::endl;
    if (failures > 0) {
        err << "gkbench: " << failures << " of " << count << " reports could not be read" << Qt::endl;
        return 1;
    }
    return 0;
}
