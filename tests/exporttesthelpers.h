#pragma once

// Shared by the export tests: the seed with one correction, the golden cells, a translator that marks
// every template label, the program's own translations, and an RFC 4180 reader independent of the writer.

#include "export/exportdocument.h"
#include "i18n/translations.h"
#include "model/cellvalue.h"
#include "pipeline/extractor.h"
#include "review/review.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace gktest {

inline QString seedPath(const QString &stem)
{
    return QStringLiteral(GK_SHARED_DIR "/seeds/%1.txt").arg(stem);
}

inline QJsonObject golden(const QString &stem)
{
    QFile file(QStringLiteral(GK_SHARED_DIR "/golden/%1.json").arg(stem));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** The golden value of a cell as the exports print it ("" for null). */
inline QString goldenText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    return gk::CellValue::number(value.toDouble()).displayText();
}

inline const QString seed003 = QStringLiteral("003_a2303bdcaefa6cda");
inline const QString correctedCell = QStringLiteral("applications.new_received.total");
/** The note a reviewer typed: a comma, quotes and a line break must survive every format. */
inline const QString correctionNote = QStringLiteral("重新加总: 219+1=220, \"合计\"应为221\n见原件第3页");

/** Seed 003 with one correction (新收 总计 220 → 221) and one accepted finding. */
inline void reviewSeed003(gk::Review *review, const gk::Report &report)
{
    review->setReport(report);
    review->setReviewerName(QStringLiteral("王审核"));
    review->correct(correctedCell, gk::CellValue::number(221), correctionNote);
}

/** Seed 003 reviewed as above, as the exporters see it. */
inline gk::ExportDocument reviewedSeed003(const gk::Report &report)
{
    gk::Review review;
    reviewSeed003(&review, report);
    return gk::ExportDocument::fromReview(review);
}

/** An empty regular file: a destination "inside" it cannot be written. */
inline bool createFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

/**
 * Translates every template label and every export header to a marked form, so a test can tell that
 * each printed label went through the translation functions (nothing Chinese left outside the marks).
 */
class MarkingTranslator : public QTranslator
{
public:
    static QString mark(const QString &source) { return QStringLiteral("⟦") + source + QStringLiteral("⟧"); }

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "gk::TemplateLabels" || c.startsWith("gk::Export") || c.startsWith("gk::Csv")
            || c.startsWith("gk::Xlsx"))
            return mark(QString::fromUtf8(sourceText));
        return QString();
    }
    bool isEmpty() const override { return false; }
};

/** Installs the translator named by a test row for the lifetime of the object. */
class ScopedTranslator
{
public:
    explicit ScopedTranslator(const QString &kind)
    {
        if (kind == QLatin1String("marking")) {
            m_translator = std::make_unique<MarkingTranslator>();
        } else if (gk::Translations::languages().contains(kind)) {
            // The program's own compiled translation, as the window and gkreview-cli install it.
            if (gk::Translations::install(kind))
                m_language = kind;
        } else if (!kind.isEmpty()) {
            // A compiled translation (.qm): GK_TEST_QM names it, for runs in another language.
            auto file = std::make_unique<QTranslator>();
            if (file->load(kind))
                m_translator = std::move(file);
        }
        if (m_translator)
            QCoreApplication::installTranslator(m_translator.get());
    }
    ~ScopedTranslator()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        if (!m_language.isEmpty())
            gk::Translations::remove();
    }
    bool isMarking() const { return dynamic_cast<MarkingTranslator *>(m_translator.get()) != nullptr; }
    /** "zh_CN" or "en" for a row in one of the program's languages (installed), else empty. */
    QString language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

/**
 * The translator rows every export test runs with: as printed, marked, in each of the program's
 * languages, and GK_TEST_QM when set.
 */
inline void addTranslatorRows()
{
    QTest::addColumn<QString>("translator");
    QTest::newRow("labels as the template prints them") << QString();
    QTest::newRow("every label through the translator") << QStringLiteral("marking");
    for (const QString &language : gk::Translations::languages())
        QTest::newRow(qPrintable(QStringLiteral("in %1").arg(language))) << language;
    const QString qm = qEnvironmentVariable("GK_TEST_QM");
    if (!qm.isEmpty())
        QTest::newRow(qPrintable(QStringLiteral("translation %1").arg(qm))) << qm;
}

/** True when the text has a CJK ideograph. */
inline bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

/** True when the text has a CJK ideograph outside ⟦…⟧ marks. */
inline bool hasUnmarkedChinese(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == QChar(0x27E6))
            ++depth;
        else if (c == QChar(0x27E7))
            --depth;
        else if (depth == 0 && c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

/** RFC 4180 records; `bom` tells whether the bytes began with the UTF-8 byte order mark. */
inline QList<QStringList> readCsv(const QByteArray &bytes, bool *bom = nullptr, bool *crlf = nullptr)
{
    const QByteArray mark("\xEF\xBB\xBF");
    if (bom)
        *bom = bytes.startsWith(mark);
    const QString text = QString::fromUtf8(bytes.startsWith(mark) ? bytes.mid(3) : bytes);
    if (crlf)
        *crlf = true;
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\n') && crlf)
                *crlf = false; // a bare LF ends no record in RFC 4180
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace gktest
