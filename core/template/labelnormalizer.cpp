#include "labelnormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace gk {

namespace {

icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

// Transliterators are not safe to share between threads; each thread builds its own once.
icu::Transliterator *traditionalToSimplified()
{
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            t.reset();
        return t;
    }();
    return transliterator.get();
}

struct Variant
{
    const char16_t *typo;
    const char16_t *correct;
};

// Typos and regional spellings seen in published reports (report-model.md), as folded text.
constexpr Variant knownVariants[] = {
    {u"危机", u"危及"},     {u"冇效", u"有效"},         {u"行政法案卷", u"行政执法案卷"},
    {u"三安全-稳定", u"三安全一稳定"}, {u"行政查询事务", u"行政查询事项"}, {u"予已公开", u"予以公开"},
};

bool isFoldedAway(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.category()) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Other:
    case QChar::Symbol_Modifier:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

} // namespace

namespace {

/**
 * The checks normalise a whole report's text on every run, and the review window re-runs them after
 * every edit with the same text: one remembered result per thread and function turns that into a
 * comparison. Only long inputs are remembered (labels are short and vary).
 */
QString simplifiedUncached(const QString &text);
QString simplifiedSameLengthUncached(const QString &text);
QString foldUncached(const QString &label, bool *variant);

struct LastResult
{
    QString input;
    QString output;
    bool matches(const QString &text) const { return text.size() >= 512 && text.size() == input.size() && text == input; }
    QString remember(const QString &text, const QString &result)
    {
        if (text.size() >= 512) {
            input = text;
            output = result;
        }
        return result;
    }
};

} // namespace

QString LabelNormalizer::simplified(const QString &text)
{
    thread_local LastResult last;
    if (last.matches(text))
        return last.output;
    return last.remember(text, simplifiedUncached(text));
}

namespace {

QString simplifiedUncached(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    QString normalized = text;
    if (U_SUCCESS(status)) {
        const icu::UnicodeString u = nfkc->normalize(toIcu(text), status);
        if (U_SUCCESS(status))
            normalized = fromIcu(u);
    }
    return LabelNormalizer::simplifiedSameLength(normalized);
}

} // namespace

QString LabelNormalizer::foldWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const ushort u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(u - 0xFEE0);
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

QString LabelNormalizer::simplifiedSameLength(const QString &text)
{
    thread_local LastResult last;
    if (last.matches(text))
        return last.output;
    return last.remember(text, simplifiedSameLengthUncached(text));
}

namespace {

QString simplifiedSameLengthUncached(const QString &text)
{
    // Character by character through a per-thread cache: ICU's rule-based transliterator costs
    // milliseconds per page, and a report repeats the same few hundred characters.
    // A flat table over the BMP from U+2E80 (0: not yet asked) rather than a hash: one load per character.
    constexpr char16_t firstCjk = 0x2E80;
    thread_local std::vector<char16_t> cache(0x10000 - firstCjk, 0);
    icu::Transliterator *t = traditionalToSimplified();
    QString out = LabelNormalizer::foldWidth(text);
    if (!t)
        return out;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < firstCjk || c.isSurrogate())
            continue;
        char16_t &simple = cache[u - firstCjk];
        if (simple == 0) {
            icu::UnicodeString single(u);
            t->transliterate(single);
            simple = single.length() == 1 ? single.charAt(0) : u;
        }
        c = QChar(simple);
    }
    return out;
}

} // namespace

QString LabelNormalizer::stripListMarker(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral(
        "^\\s*(?:[.．·]\\s*)?(?:[一二三四五六七八九十]+\\s*[、.．,，]|[(（]\\s*[一二三四五六七八九十]+\\s*[)）]|"
        "[0-9]{1,2}\\s*[.．,，、)）](?![0-9]))\\s*"));
    QString out = text;
    for (int i = 0; i < 3; ++i) {
        const QRegularExpressionMatch m = marker.match(out);
        if (!m.hasMatch() || m.capturedLength() == 0)
            break;
        out = out.mid(m.capturedLength());
    }
    return out;
}

QString LabelNormalizer::fold(const QString &label, bool *variant)
{
    // Labels repeat across rows and reports (the template's own labels are folded for every
    // comparison): remember each result, per thread, since ICU work dominates otherwise.
    struct Folded
    {
        QString text;
        bool variant;
    };
    thread_local QHash<QString, Folded> cache;
    if (const auto it = cache.constFind(label); it != cache.constEnd()) {
        if (variant)
            *variant = it->variant;
        return it->text;
    }
    bool repaired = false;
    const QString folded = foldUncached(label, &repaired);
    if (cache.size() > 20000)
        cache.clear();
    cache.insert(label, {folded, repaired});
    if (variant)
        *variant = repaired;
    return folded;
}

namespace {

QString foldUncached(const QString &label, bool *variant)
{
    QString text = LabelNormalizer::stripListMarker(LabelNormalizer::simplified(label));
    // Parenthesised notes ("(区分处理的,只计这一情形…)", "(单位:万元)") are explanations, not the
    // label; an opening bracket never closed (a wrapped note) runs to the end.
    static const QRegularExpression note(QStringLiteral("[(（][^()（）]*(?:[)）]|$)"));
    QString withoutNotes = text;
    withoutNotes.remove(note);
    if (!withoutNotes.trimmed().isEmpty())
        text = withoutNotes;
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (!LabelNormalizer::isIgnorable(c))
            folded.append(c);
    }
    bool repaired = false;
    for (const Variant &v : knownVariants) {
        const QString typo = QString::fromUtf16(v.typo);
        if (folded.contains(typo)) {
            folded.replace(typo, QString::fromUtf16(v.correct));
            repaired = true;
        }
    }
    if (variant)
        *variant = repaired;
    return folded;
}

} // namespace

bool LabelNormalizer::isPunctuationOrSpace(QChar c)
{
    return isFoldedAway(c);
}

double LabelNormalizer::similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    if (a == b)
        return 1.0;
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> previous(m + 1, 0), current(m + 1, 0);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            current[j] = a.at(i - 1) == b.at(j - 1) ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        }
        std::swap(previous, current);
    }
    return 2.0 * previous[m] / double(n + m);
}

} // namespace gk
