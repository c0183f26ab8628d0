#include "columnplacer.h"

namespace gk {

double ColumnPlacer::sum(const Placement &placement, int from, int to)
{
    double total = 0;
    for (int i = from; i < to && i < placement.size(); ++i)
        total += placement.at(i).value_or(0.0);
    return total;
}

} // namespace gk
