#include "csvwriter.h"

namespace gk {

QString CsvWriter::field(const QString &text)
{
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
