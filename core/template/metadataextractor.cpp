#include "metadataextractor.h"

namespace gk {

MetadataExtractor::Metadata MetadataExtractor::extract(const QString &text)
{
    Q_UNUSED(text);
    return {};
}

QDate MetadataExtractor::parseDate(const QString &text)
{
    Q_UNUSED(text);
    return {};
}

bool MetadataExtractor::isGovernmentAsAWhole(const QString &agency)
{
    return agency.endsWith(QStringLiteral("政府"));
}

} // namespace gk
