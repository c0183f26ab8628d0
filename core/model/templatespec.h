#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gk {

enum class TemplateVersion { Unknown, V2019, V2021 };

QString templateVersionId(TemplateVersion version); // "2019", "2021", "" for unknown

struct ColumnSpec
{
    QString id;
    /** The label as the national template prints it (简体). */
    QString label;
    /** Other spellings the template itself has used for this column. */
    QStringList aliases;
    /** A decimal amount in 万元 (else an integer count). */
    bool amount = false;
    /** The only count that may be negative: 本年增/减. */
    bool mayBeNegative = false;
};

struct RowSpec
{
    QString id;
    /** The leaf label without its list marker, e.g. "属于国家秘密". */
    QString label;
    /** The full label with its numbering, as shown to a reviewer, e.g. "三（三）1.属于国家秘密". */
    QString displayLabel;
    QStringList aliases;
    /** The group this row belongs to in the applications table ("三（三）"), else empty. */
    QString group;
};

struct TableSpec
{
    QString id;
    QString title;
    QList<RowSpec> rows;
    QList<ColumnSpec> columns;

    int rowIndex(const QString &rowId) const;
    int columnIndex(const QString &columnId) const;
};

/** The canonical tables of report-model.md, for one template version. */
class TemplateSpec
{
public:
    static const QList<TableSpec> &tables(TemplateVersion version);
    static const TableSpec *table(TemplateVersion version, const QString &tableId);
    /** All applications rows of both templates (the (六) rows differ), in template order. */
    static const QList<RowSpec> &allApplicationRows();
    static QStringList tableIds(TemplateVersion version);
};

} // namespace gk
