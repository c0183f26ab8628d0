#pragma once

#include "io/sourcedocument.h"

#include <QList>
#include <QString>

namespace gk {

/**
 * Rebuilds rows from flattened report text: pipe rows (`a | b | c |`) and cell-per-line blocks
 * (one tab-indented cell per line, rows separated by blank lines). Lines of neither kind are
 * prose, including web-page text whose cell separators were lost; the template stage reads
 * those against the template, since only the template can say where their cells begin.
 */
class TextLayout
{
public:
    static QList<RawRow> rows(const QString &text);
    static bool isPageFurniture(const QString &line);
};

} // namespace gk
