#include "metadataextractor.h"

#include "labelnormalizer.h"

#include <QRegularExpression>
#include <QStringList>

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

struct Line
{
    qsizetype start;
    QString original;
    QString simple;
};

QList<Line> nonEmptyLines(const QString &text, const QString &simple)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QString original = text.mid(start, end - start);
        if (!original.trimmed().isEmpty())
            lines.append({start, original.trimmed(), simple.mid(start, end - start).trimmed()});
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

QString cleanAgency(QString agency)
{
    agency = agency.trimmed();
    static const QRegularExpression edge(QStringLiteral("^[\\s:：,，、的]+|[\\s:：,，、的]+$"));
    agency.remove(edge);
    return agency;
}

} // namespace

QDate MetadataExtractor::parseDate(const QString &text)
{
    const QRegularExpressionMatch m = datePattern().match(LabelNormalizer::simplifiedSameLength(text));
    return m.hasMatch() ? dateFrom(m) : QDate();
}

MetadataExtractor::Metadata MetadataExtractor::extract(const QString &text)
{
    Metadata meta;
    const QString simple = LabelNormalizer::simplifiedSameLength(text);
    const QList<Line> lines = nonEmptyLines(text, simple);

    // The title: the first lines, joined because titles wrap ("…政府信息公开工作\n年度报告").
    QString titleSimple, titleOriginal;
    for (int i = 0; i < std::min<qsizetype>(3, lines.size()); ++i) {
        if (lines.at(i).simple.size() > 60)
            break;
        titleSimple += lines.at(i).simple;
        titleOriginal += lines.at(i).original;
    }
    static const QRegularExpression title(
        QStringLiteral("^(.*?)(%1)\\s*年度?(.*?)(?:政府)?信息公开(?:工作)?(?:年度)?报告").arg(yearChars));
    const QRegularExpressionMatch titleMatch = title.match(titleSimple);
    if (titleMatch.hasMatch()) {
        meta.year = numberFrom(titleMatch.captured(2));
        const QString prefix = cleanAgency(titleOriginal.mid(0, titleMatch.capturedLength(1)));
        const QString infix = cleanAgency(titleOriginal.mid(titleMatch.capturedStart(3), titleMatch.capturedLength(3)));
        meta.agency = prefix.size() >= 2 ? prefix : (infix.size() >= 2 ? infix : QString());
    }

    // An explicit statement of whose report this is outranks the title.
    static const QRegularExpression statement(
        QStringLiteral("(?:现公布|现将|现发布|特发布|公布)([^，。,、《》“”\\s]{2,40}?)(%1)年度?(?:的)?政府信息公开(?:工作)?年度报告")
            .arg(yearChars));
    const QRegularExpressionMatch stated = statement.match(simple);
    if (stated.hasMatch() && looksLikeOrganisation(stated.captured(1))) {
        meta.agency = cleanAgency(text.mid(stated.capturedStart(1), stated.capturedLength(1)));
        if (meta.year == 0)
            meta.year = numberFrom(stated.captured(2));
    }

    if (meta.year == 0) {
        static const QRegularExpression period(
            QStringLiteral("(?:统计期限|统计时限|统计期|时限|期限)[^。\\n]{0,6}?(%1)\\s*年\\s*1\\s*月\\s*1\\s*日").arg(yearChars));
        const QRegularExpressionMatch m = period.match(simple);
        if (m.hasMatch())
            meta.year = numberFrom(m.captured(1));
    }
    if (meta.year == 0) {
        static const QRegularExpression reportYear(QStringLiteral("(%1)\\s*年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告").arg(yearChars));
        const QRegularExpressionMatch m = reportYear.match(simple);
        if (m.hasMatch())
            meta.year = numberFrom(m.captured(1));
    }

    // The signature: a date standing (nearly) alone in the closing part of the report.
    qsizetype closingFrom = 0;
    static const QRegularExpression lastSection(QStringLiteral("^\\s*六\\s*[、.．]"));
    for (int i = 0; i < lines.size(); ++i) {
        if (lastSection.match(lines.at(i).simple).hasMatch())
            closingFrom = i;
    }
    if (closingFrom == 0)
        closingFrom = std::max<qsizetype>(0, lines.size() - 20);
    int signatureLine = -1;
    for (qsizetype i = lines.size() - 1; i >= closingFrom; --i) {
        const QRegularExpressionMatch m = datePattern().match(lines.at(i).simple);
        if (!m.hasMatch() || lines.at(i).simple.size() > m.capturedLength() + 30)
            continue;
        const QDate date = dateFrom(m);
        if (!date.isValid())
            continue;
        meta.published = date;
        signatureLine = int(i);
        const QString before = cleanAgency(lines.at(i).original.left(m.capturedStart()));
        if (meta.agency.isEmpty() && looksLikeOrganisation(LabelNormalizer::simplified(before)))
            meta.agency = before;
        break;
    }

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
    if (meta.agency.isEmpty() && signatureLine > 0) {
        const QString above = lines.at(signatureLine - 1).original;
        if (looksLikeOrganisation(LabelNormalizer::simplified(above)))
            meta.agency = cleanAgency(above);
    }
    return meta;
}

} // namespace gk
