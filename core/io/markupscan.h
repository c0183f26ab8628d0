#pragma once

#include <QByteArray>

namespace gk {

/**
 * A quick look at HTML before it is parsed: how deep its elements nest and how many there are.
 * gumbo takes time quadratic in the nesting depth (200,000 nested <div> run for minutes) and
 * memory of a few hundred bytes per element, and frees its tree by recursion; this scan lets the
 * reader refuse such a page with a clear message instead. It over-counts rather than under-counts:
 * end tags left out by sloppy pages are only forgiven for the elements HTML lets end implicitly.
 */
class MarkupScan
{
public:
    struct Result
    {
        int maxDepth = 0;
        qint64 elements = 0;
    };
    /** Stops early once the depth passes `depthLimit` or the elements pass `elementLimit`. */
    static Result scan(const QByteArray &html, int depthLimit, qint64 elementLimit);
};

} // namespace gk
