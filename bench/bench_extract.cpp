// gkbench: how fast the core pipeline reads reports, on one thread.
//
//   gkbench [--count N] [--runs R] [--seeds DIR] [--fixtures DIR] [--real DIR] [--shapes DIR] [--keep] [--slowest K]
//
// Builds a corpus of N reports (default 1000) in a temporary folder by repeating and varying the
// seed reports, the generated fixtures (their layouts, scripts and encodings), the real reports of
// ../shared/real (the whole report on one or a few lines, as published) and their one-line and
// one-cell-per-line variants (tests/data/shapes): every table value of a pipe or cell-per-line
// table is multiplied by the same factor (so the printed arithmetic still holds), the agency is
// renamed, line ends alternate between LF and CRLF and some copies are written as UTF-16LE.
//
// Then, R times (default 5), times gk::Extractor::extract on every file and, beside it, a plain
// decode of the same files (read + gk::TextDecoder: BOM, UTF-8 check, ICU for the rest), and prints
// the medians over the runs: reports/s and MB/s of both, and the ratio extract / decode, the figure
// to compare across machines; with --slowest K, the K reports that took longest in the first run
// (where to look next). Exits 1 when a report of the corpus cannot be read.

#include "benchstats.h"
#include "io/textdecoder.h"
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

QList<Base> loadBases(const QString &seedDir, const QString &fixtureDir, const QString &realDir, const QString &shapeDir)
{
    QStringList paths;
    for (const QString &dir : {seedDir, realDir}) {
        const QStringList reports = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &name : reports)
            paths.append(QDir(dir).filePath(name));
    }
    // The real reports re-flowed: the whole report on one line, and one cell per line.
    const QStringList shapes = QDir(shapeDir).entryList({QStringLiteral("real*_one_line"), QStringLiteral("real*_cell_per_line")},
                                                        QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : shapes) {
        const QDir folder(QDir(shapeDir).filePath(name));
        const QStringList files = folder.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            paths.append(folder.filePath(file));
    }
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
                                      QStringLiteral("临川区"), QStringLiteral("平潭综合实验区")};
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
    bool runsOk = false;
    const int count = option(QStringLiteral("--count"), QStringLiteral("1000")).toInt(&countOk);
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("5")).toInt(&runsOk);
    if (!countOk || count <= 0 || !runsOk || runs <= 0) {
        err << "usage: gkbench [--count N] [--runs R] [--seeds DIR] [--fixtures DIR] [--real DIR] [--shapes DIR] [--keep] "
               "[--slowest K]"
            << Qt::endl;
        return 2;
    }
    const QString seedDir = option(QStringLiteral("--seeds"), QStringLiteral(GK_SHARED_DIR "/seeds"));
    const QString fixtureDir = option(QStringLiteral("--fixtures"), QStringLiteral(GK_TEST_DATA_DIR "/fixtures"));
    const QString realDir = option(QStringLiteral("--real"), QStringLiteral(GK_SHARED_DIR "/real/reports"));
    const QString shapeDir = option(QStringLiteral("--shapes"), QStringLiteral(GK_TEST_DATA_DIR "/shapes"));

    const QList<Base> bases = loadBases(seedDir, fixtureDir, realDir, shapeDir);
    if (bases.isEmpty()) {
        err << "gkbench: no reports in " << seedDir << ", " << fixtureDir << ", " << realDir << " or " << shapeDir
            << Qt::endl;
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
        << bases.size() << " seeds, fixtures, real reports and their re-flowed variants, in " << corpus.path() << Qt::endl;

    // The baseline's input: every file's bytes in memory and its character set found beforehand, so
    // that the baseline is the decode alone (what iconv would do), not our detection.
    struct Plain
    {
        QByteArray bytes;
        QByteArray charset;
    };
    QList<Plain> plainInputs;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Plain plain;
        plain.bytes = file.readAll();
        plain.charset = gk::TextDecoder::decode(plain.bytes).encoding.toLatin1();
        for (const char *bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"}) {
            if (plain.bytes.startsWith(bom))
                plain.bytes.remove(0, qstrlen(bom));
        }
        plainInputs.append(plain);
    }

    QList<double> extractSeconds;
    QList<double> decodeSeconds;
    QList<double> perReportMs;
    QList<std::pair<qint64, QString>> timed; // the first run's, per report
    qint64 slowest = -1;
    QString slowestPath;
    int failures = 0;
    qint64 decodedChars = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer total;
        total.start();
        for (const QString &path : std::as_const(files)) {
            QElapsedTimer one;
            one.start();
            const gk::Extractor::Result result = gk::Extractor::extract(path);
            const qint64 nanos = one.nsecsElapsed();
            if (run == 0) {
                perReportMs.append(double(nanos) / 1e6);
                timed.append({nanos, path});
                if (nanos > slowest) {
                    slowest = nanos;
                    slowestPath = path;
                }
                if (!result.ok) {
                    if (failures == 0)
                        err << "gkbench: " << result.error << Qt::endl;
                    ++failures;
                }
            }
        }
        extractSeconds.append(double(total.nsecsElapsed()) / 1e9);

        // The baseline: the same bytes decoded to text in their known charset, nothing else
        // (QStringDecoder for UTF-8 and UTF-16, ICU for GB18030 and Big5).
        QElapsedTimer decode;
        decode.start();
        for (const Plain &plain : std::as_const(plainInputs)) {
            if (plain.charset == "UTF-8" || plain.charset == "UTF-16LE" || plain.charset == "UTF-16BE") {
                QStringDecoder decoder(plain.charset == "UTF-8"      ? QStringDecoder::Utf8
                                       : plain.charset == "UTF-16LE" ? QStringDecoder::Utf16LE
                                                                     : QStringDecoder::Utf16BE);
                const QString text = decoder(plain.bytes);
                decodedChars += text.size();
            } else {
                decodedChars += gk::TextDecoder::decodeAs(plain.bytes, plain.charset).text.size();
            }
        }
        decodeSeconds.append(double(decode.nsecsElapsed()) / 1e9);
    }
    const double extract = gk::bench::median(extractSeconds);
    const double plain = gk::bench::median(decodeSeconds);
    const double mb = double(totalBytes) / 1e6;
    out << "extract (1 thread, median of " << runs << " runs): " << QString::number(extract, 'f', 3) << " s, "
        << QString::number(count / extract, 'f', 1) << " reports/s, " << QString::number(mb / extract, 'f', 2)
        << " MB/s; per report median " << QString::number(gk::bench::median(perReportMs), 'f', 3) << " ms, max "
        << QString::number(double(slowest) / 1e6, 'f', 3) << " ms (" << QFileInfo(slowestPath).fileName() << ")"
        << Qt::endl;
    out << "plain decode of the same bytes (charset known; QStringDecoder, ICU; median of " << runs << " runs): "
        << QString::number(plain, 'f', 4) << " s, " << QString::number(count / plain, 'f', 1) << " reports/s, "
        << QString::number(mb / plain, 'f', 2) << " MB/s" << Qt::endl;
    out << "ratio extract / decode: " << QString::number(extract / plain, 'f', 1) << "x" << Qt::endl;
    const int slowestShown = option(QStringLiteral("--slowest"), QStringLiteral("0")).toInt();
    if (slowestShown > 0) {
        std::stable_sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < std::min<int>(slowestShown, int(timed.size())); ++i)
            out << "  " << QString::number(double(timed.at(i).first) / 1e6, 'f', 3) << " ms  " << timed.at(i).second << Qt::endl;
    }
    if (decodedChars == 0)
        err << "gkbench: the decode baseline read nothing" << Qt::endl;
    if (failures > 0) {
        err << "gkbench: " << failures << " of " << count << " reports could not be read" << Qt::endl;
        return 1;
    }
    return 0;
}
