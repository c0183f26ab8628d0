#include "metadataextractor.h"

#include "labelnormalizer.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace gk {

namespace {

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == QChar(0x96F6) || c == QChar(0x25CB) || c == QChar(0x039F) || c == QChar(0x004F) || c == QChar(0x0030))
        return 0; // 零 ○ and look-alikes of 〇
    return int(digits.indexOf(c));
}

// "二〇二一" → 2021; "十二" → 12; "二十八" → 28; Arabic digits pass through.
int numberFrom(const QString &text)
{
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic;
    if (text.contains(QStringLiteral("十"))) {
        const qsizetype ten = text.indexOf(QStringLiteral("十"));
        const int tens = ten == 0 ? 1 : chineseDigit(text.at(0));
        const int units = ten + 1 < text.size() ? chineseDigit(text.at(ten + 1)) : 0;
        return tens < 0 || units < 0 ? -1 : tens * 10 + units;
    }
    int value = 0;
    for (const QChar c : text) {
        const int d = chineseDigit(c);
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

const QString yearChars = QStringLiteral("[0-9]{4}|[〇○零一二三四五六七八九]{4}");
const QString smallNumber = QStringLiteral("[0-9]{1,2}|[一二三四五六七八九十]{1,3}");

const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(QStringLiteral("(%1)\\s*(?:年\\s*(%2)\\s*月\\s*(%2)\\s*日|[-./](%2)[-./](%2))")
                                                .arg(yearChars, smallNumber));
    return pattern;
}

QDate dateFrom(const QRegularExpressionMatch &m)
{
    const int year = numberFrom(m.captured(1));
    const int month = numberFrom(m.captured(2).isEmpty() ? m.captured(4) : m.captured(2));
    const int day = numberFrom(m.captured(3).isEmpty() ? m.captured(5) : m.captured(3));
    const QDate date(year, month, day);
    return date.isValid() && year >= 2000 && year <= 2100 ? date : QDate();
}

// A line of the report, trimmed: views into the text and its simplified copy (a copy of every line
// was a third of reading the metadata).
struct Line
{
    qsizetype start;
    QStringView original;
    QStringView simple;
};

QList<Line> nonEmptyLines(const QString &text, const QString &simple)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView original = QStringView(text).mid(start, end - start).trimmed();
        if (!original.isEmpty())
            lines.append({start, original, QStringView(simple).mid(start, end - start).trimmed()});
        start = end + 1;
    }
    return lines;
}

bool looksLikeOrganisation(const QString &text)
{
    static const QRegularExpression org(QStringLiteral(
        "(人民政府|政府|办公室|办公厅|委员会|管理委员会|局|厅|委|办|中心|院|部|署|所|街道办事处|办事处|县|市|区|州|旗|镇|乡|[)）])$"));
    return text.size() >= 2 && text.size() <= 40 && org.match(text).hasMatch();
}

// The names of the fields a web page or a crawler prints above a report ("标题: …", "来源：…").
const QString headerKeys = QStringLiteral(
    "标题|题目|文章标题|名称|发布时间|发布日期|发文日期|成文日期|生成日期|时间|日期|文号|发文字号|发布机构|发文机关|发布单位|"
    "来源|信息来源|栏目|原文链接|本地目录|索引号|主题分类|所属机构|关键词|作者|浏览次数|字号|当前位置|您的位置|所在位置");

const QRegularExpression &headerPrefix()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:%1)\\s*[:：]\\s*").arg(headerKeys));
    return pattern;
}

QString cleanAgency(QString agency)
{
    agency = agency.trimmed();
    agency.remove(headerPrefix());
    static const QRegularExpression edge(QStringLiteral("^[\\s:：,，、的]+|[\\s:：,，、的]+$"));
    agency.remove(edge);
    return agency;
}

/** A match of an expression in a window of the text; its offsets are the window's plus `offset`.
 *  It reads its captures from the text: the text must outlive it. */
struct WindowMatch
{
    QRegularExpressionMatch match;
    qsizetype offset = 0;
    bool hasMatch() const { return match.hasMatch(); }
    qsizetype capturedStart(int n) const { return offset + match.capturedStart(n); }
    qsizetype capturedLength(int n) const { return match.capturedLength(n); }
    QString captured(int n) const { return match.captured(n); }
};

/** `length` characters of `text` from `at`, or one more where a character would be cut in two (an
 *  expression refuses a window that ends inside a surrogate pair). */
QStringView windowOf(const QString &text, qsizetype at, qsizetype length)
{
    length = std::min(length, text.size() - at);
    if (length > 0 && text.at(at + length - 1).isHighSurrogate() && at + length < text.size())
        ++length;
    return QStringView(text).mid(at, length);
}

/**
 * The leftmost match of `pattern`, which opens with one of the words `starts` and spans at most
 * `window` characters, tried only where those words stand. PCRE2 has no start-character shortcut
 * for an alternation of Han words: on the whole text it tried every character, a fifth of reading
 * a report's metadata.
 */
WindowMatch leftmostMatch(const QRegularExpression &pattern, const QString &text, std::initializer_list<QStringView> starts,
                          qsizetype window)
{
    // By each word's first character (QString's search for one character is vectorised; for a
    // word, it hashes every position).
    QList<qsizetype> positions;
    QString firstCharacters;
    for (const QStringView start : starts) {
        if (!start.isEmpty() && !firstCharacters.contains(start.front()))
            firstCharacters.append(start.front());
    }
    for (const QChar first : std::as_const(firstCharacters)) {
        for (qsizetype at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            const QStringView rest = QStringView(text).mid(at);
            if (std::any_of(starts.begin(), starts.end(), [&](QStringView start) { return rest.startsWith(start); }))
                positions.append(at);
        }
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    for (const qsizetype at : std::as_const(positions)) {
        QRegularExpressionMatch m = pattern.match(windowOf(text, at, window), 0, QRegularExpression::NormalMatch,
                                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            return {m, at};
    }
    return {};
}

// A temporary text would be gone before the match's captures are read.
WindowMatch leftmostMatch(const QRegularExpression &, QString &&, std::initializer_list<QStringView>, qsizetype) = delete;

bool isTitleKey(QStringView simpleLine)
{
    static const QRegularExpression title(QStringLiteral("^\\s*(?:标题|题目|文章标题)\\s*[:：]"));
    return title.match(simpleLine).hasMatch();
}

bool isHeaderLine(QStringView simpleLine)
{
    return headerPrefix().match(simpleLine).hasMatch();
}

/** The date a page or a crawler prints with the report (发布时间: 2021-01-28 09:43), or invalid. */
QDate pageDate(const QString &simple)
{
    static const QRegularExpression stamp(
        QStringLiteral("(?:发布时间|发布日期|发文日期|成文日期|时间|日期)\\s*[:：]\\s*((?:%1)\\s*(?:年\\s*(?:%2)\\s*月\\s*(?:%2)\\s*日|"
                       "[-./](?:%2)[-./](?:%2)))")
            .arg(yearChars, smallNumber));
    // Only near the top: the header lines, or a page's "来源：… 时间：…" line above the report.
    const QString top = simple.left(3000); // outlives the match, which reads its captures from it
    const WindowMatch m = leftmostMatch(stamp, top, {u"发布时间", u"发布日期", u"发文日期", u"成文日期", u"时间", u"日期"}, 120);
    if (!m.hasMatch())
        return {};
    const QRegularExpressionMatch date = datePattern().match(m.captured(1));
    return date.hasMatch() ? dateFrom(date) : QDate();
}

/** Where the closing part of the report starts: its last section (六、其他需要报告的事项). */
qsizetype closingStart(const QString &simple, const QList<Line> &lines)
{
    // Anywhere, not only at a line's start: a report copied from a page is one long line.
    static const QRegularExpression lastSection(QStringLiteral("(?<![（(])六\\s*[、.．]\\s*(?=其他|其它)"));
    // The last match, tried only where 六 stands (a whole-text search tried every character).
    for (qsizetype at = simple.lastIndexOf(u'六'); at >= 0; at = at > 0 ? simple.lastIndexOf(u'六', at - 1) : -1) {
        const qsizetype from = std::max<qsizetype>(0, at - 1); // the character the lookbehind reads
        if (lastSection.match(windowOf(simple, from, 40), at - from, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch())
            return at;
    }
    static const QRegularExpression lineSection(QStringLiteral("^\\s*六\\s*[、.．]"));
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (lineSection.match(lines.at(i).simple).hasMatch())
            return lines.at(i).start;
    }
    const qsizetype fromLines = lines.isEmpty() ? 0 : lines.at(std::max<qsizetype>(0, lines.size() - 20)).start;
    return std::max(fromLines, simple.size() - 1500);
}

struct Signature
{
    QDate date;
    QString agency; // the name printed before the date, when it looks like one
};

/**
 * The date the report is signed with: in its closing part, the last date that stands alone on its
 * line, or that ends the text (a few words such as 附件下载 may follow) after an agency's name or a
 * sentence's end. A date inside a sentence (统计期限自…至2021年12月31日止) is not a signature.
 */
Signature signatureOf(const QString &text, const QString &simple, const QList<Line> &lines)
{
    const qsizetype from = closingStart(simple, lines);
    QList<QRegularExpressionMatch> dates;
    for (QRegularExpressionMatchIterator it = datePattern().globalMatch(simple, from); it.hasNext();)
        dates.append(it.next());
    static const QRegularExpression sentenceMark(QStringLiteral("[。；;，,！!？?：:]"));
    static const QRegularExpression continues(QStringLiteral("^(?:起|止|至|前|以|后|之|的|期间)"));
    for (qsizetype k = dates.size() - 1; k >= 0; --k) {
        const QRegularExpressionMatch &m = dates.at(k);
        const QDate date = dateFrom(m);
        if (!date.isValid())
            continue;
        qsizetype lineStart = simple.lastIndexOf(QLatin1Char('\n'), m.capturedStart());
        lineStart = lineStart < 0 ? 0 : lineStart + 1;
        qsizetype lineEnd = simple.indexOf(QLatin1Char('\n'), m.capturedEnd());
        lineEnd = lineEnd < 0 ? simple.size() : lineEnd;
        const QString before = simple.mid(lineStart, m.capturedStart() - lineStart).trimmed();
        const QString after = simple.mid(m.capturedEnd(), lineEnd - m.capturedEnd()).trimmed();
        if (continues.match(after).hasMatch())
            continue;
        const auto isMark = [](QChar c) { return QStringView(u"。；;，,！!？?：:").contains(c); }; // sentenceMark's class
        const bool alone = before.size() + after.size() <= 30 && !sentenceMark.match(after).hasMatch() &&
                           !sentenceMark.match(before).hasMatch();
        // The last word before the date, after a space or a sentence's end: the agency signing.
        qsizetype wordEnd = m.capturedStart();
        while (wordEnd > lineStart && simple.at(wordEnd - 1).isSpace())
            --wordEnd;
        qsizetype wordStart = wordEnd;
        while (wordStart > lineStart && !simple.at(wordStart - 1).isSpace() && !isMark(simple.at(wordStart - 1)))
            --wordStart;
        const QString word = simple.mid(wordStart, wordEnd - wordStart);
        const bool endsText = after.size() <= 12 && !sentenceMark.match(after).hasMatch();
        const bool signedBy = word.isEmpty() || looksLikeOrganisation(word);
        // An agency's name right before the date, the date not glued to what follows: a signature
        // even with a page's footer after it (主办:… 备案号:…).
        const bool namedThenApart = !word.isEmpty() && looksLikeOrganisation(word) &&
                                    (m.capturedEnd() >= lineEnd || simple.at(m.capturedEnd()).isSpace());
        if (!alone && !(endsText && signedBy) && !namedThenApart)
            continue;
        Signature signature;
        signature.date = date;
        if (alone && !before.isEmpty() && looksLikeOrganisation(before))
            signature.agency = cleanAgency(text.mid(lineStart, m.capturedStart() - lineStart));
        else if (!word.isEmpty() && looksLikeOrganisation(word))
            signature.agency = cleanAgency(text.mid(wordStart, wordEnd - wordStart));
        return signature;
    }
    return {};
}

} // namespace

QDate MetadataExtractor::parseDate(const QString &text)
{
    const QRegularExpressionMatch m = datePattern().match(LabelNormalizer::simplifiedSameLength(text));
    return m.hasMatch() ? dateFrom(m) : QDate();
}

MetadataExtractor::Metadata MetadataExtractor::extract(const QString &text)
{
    return extract(text, LabelNormalizer::simplifiedSameLength(text));
}

MetadataExtractor::Metadata MetadataExtractor::extract(const QString &text, const QString &simple)
{
    Metadata meta;
    const QList<Line> lines = nonEmptyLines(text, simple);

    // The title: a page's or crawler's 标题 field when there is one, else the first lines that are
    // not header fields, joined because titles wrap ("…政府信息公开工作\n年度报告").
    QString titleSimple, titleOriginal;
    for (qsizetype i = 0; i < std::min<qsizetype>(15, lines.size()); ++i) {
        if (!isTitleKey(lines.at(i).simple))
            continue;
        const QRegularExpressionMatch key = headerPrefix().match(lines.at(i).simple);
        titleSimple = lines.at(i).simple.mid(key.capturedLength()).toString();
        titleOriginal = lines.at(i).original.mid(key.capturedLength()).toString();
        break;
    }
    if (titleSimple.isEmpty()) {
        int taken = 0;
        for (qsizetype i = 0; i < lines.size() && taken < 3; ++i) {
            if (isHeaderLine(lines.at(i).simple) && lines.at(i).simple.size() <= 60)
                continue;
            if (lines.at(i).simple.size() > 60) {
                // A report copied from a page is one long line: its title is at the very start.
                if (taken == 0) {
                    titleSimple = lines.at(i).simple.left(80).toString();
                    titleOriginal = lines.at(i).original.left(80).toString();
                }
                break;
            }
            titleSimple += lines.at(i).simple;
            titleOriginal += lines.at(i).original;
            ++taken;
        }
    }
    static const QRegularExpression title(
        QStringLiteral("^(.*?)(%1)\\s*年度?(.*?)(?:政府)?信息公开(?:工作)?(?:年度)?报告").arg(yearChars));
    const QRegularExpressionMatch titleMatch = title.match(titleSimple);
    if (titleMatch.hasMatch()) {
        meta.year = numberFrom(titleMatch.captured(2));
        QString prefix = cleanAgency(titleOriginal.mid(0, titleMatch.capturedLength(1)));
        // A page's breadcrumb before the title ("当前位置： 首页 › 政务公开 平潭综合实验区"): the name is
        // the last word.
        static const QRegularExpression lastWord(QStringLiteral("[\\s:：>›»]([^\\s:：>›»]{2,})$"));
        if (const QRegularExpressionMatch last = lastWord.match(prefix); last.hasMatch())
            prefix = last.captured(1);
        const QString infix = cleanAgency(titleOriginal.mid(titleMatch.capturedStart(3), titleMatch.capturedLength(3)));
        // Words of a sentence ("根据《条例》…我局编制了") are not a name.
        static const QRegularExpression sentence(QStringLiteral("[，。；;《》“”]"));
        const auto name = [](const QString &candidate) {
            return candidate.size() >= 2 && !sentence.match(candidate).hasMatch() ? candidate : QString();
        };
        meta.agency = !name(prefix).isEmpty() ? prefix : name(infix);
    }

    // An explicit statement of whose report this is outranks the title.
    static const QRegularExpression statement(
        QStringLiteral("(?:现公布|现将|现发布|特发布|公布)([^，。,、《》“”\\s]{2,40}?)(%1)年度?(?:的)?政府信息公开(?:工作)?年度报告")
            .arg(yearChars));
    const WindowMatch stated = leftmostMatch(statement, simple, {u"现公布", u"现将", u"现发布", u"特发布", u"公布"}, 80);
    if (stated.hasMatch() && looksLikeOrganisation(stated.captured(1))) {
        meta.agency = cleanAgency(text.mid(stated.capturedStart(1), stated.capturedLength(1)));
        if (meta.year == 0)
            meta.year = numberFrom(stated.captured(2));
    }

    if (meta.year == 0) {
        static const QRegularExpression period(
            QStringLiteral("(?:统计期限|统计时限|统计期|时限|期限)[^。\\n]{0,6}?(%1)\\s*年\\s*1\\s*月\\s*1\\s*日").arg(yearChars));
        const WindowMatch m = leftmostMatch(period, simple, {u"统计期限", u"统计时限", u"统计期", u"时限", u"期限"}, 200);
        if (m.hasMatch())
            meta.year = numberFrom(m.captured(1));
    }
    if (meta.year == 0) {
        static const QRegularExpression reportYear(QStringLiteral("(%1)\\s*年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告").arg(yearChars));
        const QRegularExpressionMatch m = reportYear.match(simple);
        if (m.hasMatch())
            meta.year = numberFrom(m.captured(1));
    }

    // The report's own date first; a page's date only where the report is not signed.
    const Signature signature = signatureOf(text, simple, lines);
    meta.published = signature.date.isValid() ? signature.date : pageDate(simple);
    if (meta.agency.isEmpty())
        meta.agency = signature.agency;

    if (meta.agency.isEmpty()) {
        static const QRegularExpression compiledBy(QStringLiteral("由([^，。,、\\s]{2,40}?)(?:负责)?编制"));
        const QRegularExpressionMatch m = compiledBy.match(simple);
        if (m.hasMatch()) {
            QString agency = cleanAgency(text.mid(m.capturedStart(1), m.capturedLength(1)));
            // A government's report is compiled by its general office: the report is the government's.
            static const QRegularExpression office(QStringLiteral("政府办公室$|政府办公厅$"));
            if (office.match(LabelNormalizer::simplified(agency)).hasMatch())
                agency.chop(3);
            meta.agency = agency;
        }
    }
    if (meta.agency.isEmpty() && signature.date.isValid()) {
        // A signature on a line of its own under the agency's name.
        for (qsizetype i = lines.size() - 1; i > 0; --i) {
            if (MetadataExtractor::parseDate(lines.at(i).simple.toString()) != signature.date)
                continue;
            const QString above = lines.at(i - 1).original.toString();
            if (looksLikeOrganisation(LabelNormalizer::simplified(above)))
                meta.agency = cleanAgency(above);
            break;
        }
    }
    return meta;
}

} // namespace gk
