#pragma once

#include "model/templatespec.h"

#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * The labels of the template (table titles, row and column labels, header groups) as the exports
 * print them. Every template label of every export goes through label(), which translates the
 * Chinese template text in the context "gk::TemplateLabels": an English (or 繁體) rendering of the
 * tables needs only a translation file, no change to the exporters. Without a translation the
 * labels stay as the national template prints them.
 */
class ExportLabels
{
public:
    static constexpr const char *context = "gk::TemplateLabels";

    /** The one door: a piece of template text (Chinese source) in the user's language. */
    static QString label(const QString &templateText);

    static QString tableTitle(const TableSpec &table);
    /** The full row label with its numbering, e.g. "三（三）1.属于国家秘密". */
    static QString rowLabel(const RowSpec &row);
    /** The column label; an amount column names its unit (万元). */
    static QString columnLabel(const ColumnSpec &column);
};

} // namespace gk
