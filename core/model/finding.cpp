#include "finding.h"

#include <QJsonArray>

namespace gk {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

Severity severityFromId(const QString &id)
{
    if (id == QLatin1String("error"))
        return Severity::Error;
    if (id == QLatin1String("warning"))
        return Severity::Warning;
    return Severity::Info;
}

QString Finding::fingerprint() const
{
    QStringList sorted = cells;
    sorted.sort();
    QString print = rule + QLatin1Char('|') + sorted.join(QLatin1Char(','));
    if (!subject.isEmpty())
        print += QLatin1Char('|') + subject;
    return print;
}

QJsonObject Finding::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("rule"), rule);
    object.insert(QStringLiteral("severity"), severityId(severity));
    object.insert(QStringLiteral("cells"), QJsonArray::fromStringList(cells));
    if (!expression.isEmpty())
        object.insert(QStringLiteral("expression"), expression);
    object.insert(QStringLiteral("message"), message);
    if (!subject.isEmpty())
        object.insert(QStringLiteral("subject"), subject);
    object.insert(QStringLiteral("fingerprint"), fingerprint());
    if (!suggestedCell.isEmpty()) {
        QJsonObject suggestion;
        suggestion.insert(QStringLiteral("cell"), suggestedCell);
        suggestion.insert(QStringLiteral("value"), suggestedValue);
        object.insert(QStringLiteral("suggestion"), suggestion);
    }
    QJsonArray spanArray;
    for (const SourceSpan &span : spans) {
        if (!span.isValid())
            continue;
        QJsonObject s;
        s.insert(QStringLiteral("start"), span.start);
        s.insert(QStringLiteral("length"), span.length);
        if (span.page >= 0)
            s.insert(QStringLiteral("page"), span.page);
        spanArray.append(s);
    }
    if (!spanArray.isEmpty())
        object.insert(QStringLiteral("spans"), spanArray);
    return object;
}

} // namespace gk
