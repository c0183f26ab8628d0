#pragma once

#include "sourcedocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * Web pages (.html/.htm/.shtml): charset from the BOM, <meta charset> or http-equiv, else ICU
 * detection; parsed with gumbo. Body text becomes lines (scripts, styles, navigation, headers and
 * footers skipped); every data table becomes a true grid of TableRows. A table whose cells hold
 * other tables is page layout: its cells are read as flowing content instead.
 */
class HtmlReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::HtmlReader)
public:
    /** Pages nested deeper, or with more elements, are refused before parsing (see MarkupScan). */
    static constexpr int maxDepth = 1000;
    static constexpr qint64 maxElements = 500000;

    static ReadResult read(const QString &filePath, const QByteArray &bytes);
    /** The charset a page declares in its first bytes (BOM, <meta>), or empty. */
    static QByteArray declaredCharset(const QByteArray &bytes);
};

} // namespace gk
