#include "chartdata.h"

#include <QCoreApplication>

namespace gk {

bool ChartData::sameShape(const ChartData &other) const
{
    if (id != other.id || horizontal != other.horizontal || categories != other.categories
        || sets.size() != other.sets.size() || emptyMessage != other.emptyMessage)
        return false;
    for (int i = 0; i < sets.size(); ++i) {
        if (sets.at(i).name != other.sets.at(i).name)
            return false;
    }
    return true;
}

QString ChartData::note() const
{
    if (unreadableCells == 0)
        return QString();
    return QCoreApplication::translate("gk::ChartData", "%n cell(s) blank or not a number, drawn as 0", nullptr,
                                       unreadableCells);
}

} // namespace gk
