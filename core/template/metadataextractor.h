#pragma once

#include <QDate>
#include <QString>

namespace gk {

/** Agency, report year and signing/publication date from the report's prose. */
class MetadataExtractor
{
public:
    struct Metadata
    {
        QString agency;
        int year = 0;
        QDate published;
    };

    static Metadata extract(const QString &text);
    /** "2021年2月2日", "二〇二一年二月二日", "2021-02-02", "2021.2.2" → date (invalid if none). */
    static QDate parseDate(const QString &text);
};

} // namespace gk
