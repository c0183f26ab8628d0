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
    if (panels.size() != other.panels.size())
        return false;
    for (int i = 0; i < panels.size(); ++i) {
        if (!panels.at(i).sameShape(other.panels.at(i)))
            return false;
    }
    return valueAxisTitle == other.valueAxisTitle && title == other.title;
}

QString ChartData::note() const
{
    if (unreadableCells == 0)
        return QString();
    return QCoreApplication::translate("gk::ChartData", "%n cell(s) blank or not a number, drawn as 0", nullptr,
                                       unreadableCells);
}

QList<ChartData> ChartData::parts() const
{
    QList<ChartData> list{*this};
    list.first().panels.clear();
    for (const ChartData &panel : panels)
        list += panel.parts();
    return list;
}

int ChartData::allUnreadableCells() const
{
    int count = unreadableCells;
    for (const ChartData &panel : panels)
        count += panel.allUnreadableCells();
    return count;
}

} // namespace gk
