#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gk {

/**
 * RFC 4180 text: fields with a comma, a quote or a line break are quoted (quotes doubled), records end
 * in CRLF; text a spreadsheet would take for a formula is kept as text. UTF-8 with a byte order mark, which Excel and WPS need to read Chinese correctly.
 */
class CsvWriter
{
public:
    /** One field: neutralized, then quoted where needed. */
    static QString field(const QString &text);
    /** Text a spreadsheet would run as a formula, prefixed with an apostrophe; numbers unchanged. */
    static QString neutralized(const QString &text);
    static QString record(const QStringList &fields);
    static QByteArray document(const QList<QStringList> &records);
};

} // namespace gk
