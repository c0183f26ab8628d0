#pragma once

#include "model/report.h"
#include "model/templatespec.h"

#include <QStringList>

namespace gk::test {

/**
 * A hand-made Report for rule tests: every table of the template present, every cell 0, so a
 * data row only names the cells it changes.
 */
class ReportBuilder
{
public:
    explicit ReportBuilder(TemplateVersion version = TemplateVersion::V2019)
    {
        m_report.templateVersion = version;
        m_report.agency = QStringLiteral("保康县人民政府");
        m_report.year = 2020;
        for (const TableSpec &spec : TemplateSpec::tables(version)) {
            ReportTable table;
            table.spec = spec;
            table.present = true;
            for (const RowSpec &row : spec.rows) {
                for (const ColumnSpec &column : spec.columns) {
                    ReportCell cell;
                    cell.id = CellId::join(spec.id, row.id, column.id);
                    cell.value = CellValue::number(0, QStringLiteral("0"));
                    table.cells.append(cell);
                }
            }
            m_report.tables.append(table);
        }
    }

    ReportBuilder &set(const QString &cellId, double value)
    {
        cell(cellId)->value = CellValue::number(value, QString::number(value));
        return *this;
    }
    ReportBuilder &blank(const QString &cellId)
    {
        cell(cellId)->value = CellValue::blank();
        return *this;
    }
    ReportBuilder &invalid(const QString &cellId, const QString &text = QStringLiteral("不详"))
    {
        cell(cellId)->value = CellValue::invalid(text);
        return *this;
    }
    ReportBuilder &uncertain(const QString &cellId)
    {
        cell(cellId)->uncertain = true;
        return *this;
    }
    /** "id=3,id2=,id3=?" : a number, a blank, an uncertain mark — keeps _data() rows on one line. */
    ReportBuilder &apply(const QString &edits)
    {
        for (const QString &edit : edits.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = edit.trimmed();
            const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
            const QString id = trimmed.left(eq);
            const QString value = trimmed.mid(eq + 1);
            if (value.isEmpty())
                blank(id);
            else if (value == QLatin1String("?"))
                uncertain(id);
            else if (value == QLatin1String("x"))
                invalid(id);
            else
                set(id, value.toDouble());
        }
        return *this;
    }
    ReportBuilder &text(const QString &text)
    {
        m_report.text = text;
        return *this;
    }
    Report &report() { return m_report; }

    /** Sets a whole applications row from a list "np,com,res,soc,leg,oth,total" (blank entries stay blank). */
    ReportBuilder &applicationsRow(const QString &rowId, const QString &values)
    {
        static const QStringList columns{QStringLiteral("natural_person"), QStringLiteral("commercial"),
                                         QStringLiteral("research"),       QStringLiteral("social_welfare"),
                                         QStringLiteral("legal_service"),  QStringLiteral("other_org"),
                                         QStringLiteral("total")};
        const QStringList parts = values.split(QLatin1Char(' '));
        for (int i = 0; i < parts.size() && i < columns.size(); ++i) {
            const QString id = QStringLiteral("applications.") + rowId + QLatin1Char('.') + columns.at(i);
            if (parts.at(i) == QLatin1String("_"))
                blank(id);
            else
                set(id, parts.at(i).toDouble());
        }
        return *this;
    }

private:
    ReportCell *cell(const QString &cellId)
    {
        ReportCell *c = m_report.cell(cellId);
        if (!c)
            qFatal("ReportBuilder: no cell %s", qPrintable(cellId));
        return c;
    }

    Report m_report;
};

inline QList<Finding> withRule(const QList<Finding> &findings, const QString &rule)
{
    QList<Finding> result;
    for (const Finding &f : findings) {
        if (f.rule == rule)
            result.append(f);
    }
    return result;
}

} // namespace gk::test
