#include "reporttablemodel.h"

#include "model/templatelabels.h"
#include "reviewdocument.h"
#include "roles.h"
#include "severitystyle.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace gk {

ReportTableModel::ReportTableModel(ReviewDocument *document, const QString &tableId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_tableId(tableId)
{
    connect(document->review(), &Review::correctionChanged, this, &ReportTableModel::onCorrectionChanged);
    connect(document, &ReviewDocument::findingsChanged, this, &ReportTableModel::onFindingsChanged);
    connect(document, &ReviewDocument::reportChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

const ReportTable *ReportTableModel::table() const
{
    return m_document ? m_document->report().table(m_tableId) : nullptr;
}

QString ReportTableModel::cellIdAt(const QModelIndex &index) const
{
    const ReportTable *t = table();
    if (!t || !index.isValid())
        return QString();
    const ReportCell *cell = t->cell(index.row(), index.column());
    return cell ? cell->id : QString();
}

QModelIndex ReportTableModel::indexOfCell(const QString &cellId) const
{
    const ReportTable *t = table();
    const CellId id = CellId::parse(cellId);
    if (!t || id.table != m_tableId)
        return QModelIndex();
    const int row = t->spec.rowIndex(id.row);
    const int column = t->spec.columnIndex(id.column);
    return row >= 0 && column >= 0 ? index(row, column) : QModelIndex();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    const ReportTable *t = table();
    return parent.isValid() || !t ? 0 : int(t->spec.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    const ReportTable *t = table();
    return parent.isValid() || !t ? 0 : int(t->spec.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    const ReportTable *t = table();
    if (!t || !index.isValid())
        return QVariant();
    const ReportCell *cell = t->cell(index.row(), index.column());
    if (!cell)
        return QVariant();
    const Review *review = m_document->review();
    const std::optional<Correction> correction = review->correction(cell->id);
    const bool uncertain = cell->uncertain && !correction;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return correction ? correction->value.displayText() : cell->value.displayText();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const int worst = m_document->worstSeverity(cell->id);
        if (worst >= 0)
            return QBrush(SeverityStyle::background(Severity(worst)));
        if (!m_document->findingsOfCell(cell->id).isEmpty())
            return QBrush(SeverityStyle::acceptedBackground());
        return QVariant();
    }
    case Qt::FontRole: {
        if (!correction && !uncertain)
            return QVariant();
        QFont font;
        font.setBold(bool(correction));
        font.setItalic(uncertain);
        return font;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(cell->id.toHtmlEscaped());
        if (correction) {
            lines << tr("Corrected by %1 on %2; value as read: %3")
                         .arg(correction->reviewer.toHtmlEscaped(),
                              QLocale().toString(correction->time.toLocalTime(), QLocale::ShortFormat),
                              cell->value.isBlank() ? tr("(blank)") : cell->value.displayText().toHtmlEscaped());
            if (!correction->note.isEmpty())
                lines << tr("Note: %1").arg(correction->note.toHtmlEscaped());
        }
        if (uncertain)
            lines << tr("Uncertain column: %1")
                         .arg(cell->uncertainReason.isEmpty() ? tr("blank cells were lost when the table was flattened")
                                                              : cell->uncertainReason.toHtmlEscaped());
        for (int i : m_document->findingsOfCell(cell->id)) {
            const Finding &finding = m_document->findings().at(i);
            QString line = QStringLiteral("%1 <i>%2</i>: %3")
                               .arg(SeverityStyle::name(finding.severity), finding.rule,
                                    finding.message.toHtmlEscaped());
            if (!finding.expression.isEmpty())
                line += QStringLiteral("<br>&nbsp;&nbsp;") + finding.expression.toHtmlEscaped();
            if (m_document->isAccepted(i))
                line += QLatin1Char(' ') + tr("(accepted as is)");
            lines << line;
        }
        return lines.join(QStringLiteral("<br>"));
    }
    case FindingIdsRole: {
        QVariantList ids;
        for (int i : m_document->findingsOfCell(cell->id))
            ids.append(i);
        return ids;
    }
    case ProvenanceRole:
        if (!cell->span.isValid())
            return tr("not in the source");
        return tr("%1, characters %2–%3").arg(m_document->report().fileName).arg(cell->span.start).arg(cell->span.end());
    case CertaintyRole:
        return !uncertain;
    case CellIdRole:
        return cell->id;
    case CorrectedRole:
        return bool(correction);
    case OriginalValueRole:
        return cell->value.displayText();
    case NoteRole:
        return correction ? correction->note : QString();
    case SpanStartRole:
        return qlonglong(cell->span.start);
    case SpanLengthRole:
        return qlonglong(cell->span.length);
    case SeverityRole:
        return m_document->worstSeverity(cell->id);
    default:
        break;
    }
    return QVariant();
}

bool ReportTableModel::parseInput(const QString &text, bool amount, bool mayBeNegative, double *number)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || (!mayBeNegative && value < 0) || (!amount && value != double(qint64(value))))
        return false;
    *number = value;
    return true;
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ReportTable *t = table();
    if (role != Qt::EditRole || !t || !index.isValid())
        return false;
    const ColumnSpec &column = t->spec.columns.at(index.column());
    const QString text = value.toString().trimmed();
    CellValue cellValue;
    if (!text.isEmpty()) {
        double number = 0;
        if (!parseInput(text, column.amount, column.mayBeNegative, &number))
            return false;
        cellValue = CellValue::number(number, text);
    }
    m_document->setCellValue(cellIdAt(index), cellValue);
    return true;
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const ReportTable *t = table();
    if (!t)
        return QVariant();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= t->spec.columns.size())
            return QVariant();
        const ColumnSpec &column = t->spec.columns.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return TemplateLabels::columnLeaf(column);
        case HeaderGroupRole:
            return TemplateLabels::columnGroup(m_tableId, column.id);
        case Qt::ToolTipRole:
            return QString(TemplateLabels::column(column) + QStringLiteral(" (") + column.id + QLatin1Char(')'));
        default:
            return QVariant();
        }
    }
    if (section < 0 || section >= t->spec.rows.size())
        return QVariant();
    const RowSpec &row = t->spec.rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return TemplateLabels::row(row);
    case Qt::ToolTipRole:
        return QString(TemplateLabels::row(row) + QStringLiteral(" (") + row.id + QLatin1Char(')'));
    default:
        return QVariant();
    }
}

void ReportTableModel::onCorrectionChanged(const QString &cellId)
{
    const QModelIndex index = indexOfCell(cellId);
    if (index.isValid())
        Q_EMIT dataChanged(index, index);
}

void ReportTableModel::onFindingsChanged()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace gk
