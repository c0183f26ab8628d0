#pragma once

#include <QRectF>
#include <QtGlobal>

namespace gk {

/**
 * Where something came from in a SourceDocument: a character range of its text, and for a PDF the
 * page and the box (in PDF points) the text was printed in.
 */
struct SourceSpan
{
    qsizetype start = -1;
    qsizetype length = 0;
    int page = -1;
    QRectF box;

    static SourceSpan at(qsizetype start, qsizetype length)
    {
        SourceSpan span;
        span.start = start;
        span.length = length;
        return span;
    }
    bool isValid() const { return start >= 0; }
    qsizetype end() const { return start + length; }
    bool contains(qsizetype position) const { return isValid() && position >= start && position < end(); }
    static SourceSpan covering(const SourceSpan &a, const SourceSpan &b);
    bool operator==(const SourceSpan &other) const
    {
        return start == other.start && length == other.length && page == other.page;
    }
};

} // namespace gk
