#pragma once

#include <QList>

#include <algorithm>
#include <numeric>

namespace gk {

/**
 * Disjoint sets over 0..n-1 (the cells a table merges, the ruling lines that touch), for the PDF
 * and scan readers alike. The smaller index stays the root, so the outcome does not depend on the
 * order of the calls.
 */
struct UnionFind
{
    QList<int> parent;
    explicit UnionFind(int n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
};

} // namespace gk
