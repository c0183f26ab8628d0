#include "csvwriter.h"

namespace gk {

QString CsvWriter::neutralized(const QString &text)
{
    // Excel and WPS run a cell that starts with = + - @ as a formula; labels and messages quote the
    // report and notes are typed by hand, so such text is kept as text by a leading apostrophe
    // (OWASP's advice). Numbers, negative ones included, stay numbers.
    if (text.size() < 2) // a lone "-" (a dash for nothing) is text to every spreadsheet
        return text;
    const QChar first = text.at(0);
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky)
        return text;
    bool number = false;
    text.toDouble(&number);
    return number ? text : QLatin1Char('\'') + text;
}

QString CsvWriter::field(const QString &raw)
{
    const QString text = neutralized(raw);
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList &fields)
{
    QStringList encoded;
    encoded.reserve(fields.size());
    for (const QString &text : fields)
        encoded.append(field(text));
    return encoded.join(QLatin1Char(','));
}

QByteArray CsvWriter::document(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &fields : records)
        text += record(fields) + QLatin1String("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace gk
