#include "findingsmodel.h"

#include "reviewdocument.h"
#include "roles.h"
#include "severitystyle.h"

#include <QBrush>
#include <QPalette>

namespace gk {

FindingsModel::FindingsModel(ReviewDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->findings().size()))
{
    connect(document, &ReviewDocument::findingsChanged, this, [this] {
        beginResetModel();
        m_rows = int(m_document->findings().size());
        endResetModel();
    });
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid())
        return QVariant();
    const Finding &finding = m_document->findings().at(index.row());
    const bool accepted = m_document->isAccepted(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return SeverityStyle::name(finding.severity);
        case RuleColumn:
            return finding.rule;
        case MessageColumn:
            return finding.expression.isEmpty() ? finding.message
                                                : QString(finding.message + QStringLiteral("  —  ") + finding.expression);
        case CellsColumn:
            return finding.cells.join(QStringLiteral(", "));
        case VerdictColumn: {
            if (!accepted)
                return QString();
            const std::optional<Verdict> verdict = m_document->review()->verdict(finding.fingerprint());
            return verdict && !verdict->note.isEmpty() ? tr("Accepted as is: %1").arg(verdict->note)
                                                       : tr("Accepted as is");
        }
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return SeverityStyle::icon(finding.severity);
        return QVariant();
    case Qt::ForegroundRole:
        if (accepted)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return QVariant();
    case Qt::ToolTipRole: {
        QString tip = finding.message.toHtmlEscaped();
        if (!finding.expression.isEmpty())
            tip += QStringLiteral("<br>") + finding.expression.toHtmlEscaped();
        if (!finding.cells.isEmpty())
            tip += QStringLiteral("<br><i>") + finding.cells.join(QStringLiteral(", ")).toHtmlEscaped()
                + QStringLiteral("</i>");
        return tip;
    }
    case SeverityRole:
        return int(finding.severity);
    case RuleRole:
        return finding.rule;
    case FingerprintRole:
        return finding.fingerprint();
    case CellsRole:
        return finding.cells;
    case AcceptedRole:
        return accepted;
    case FindingIdsRole:
        return QVariantList{index.row()};
    default:
        break;
    }
    return QVariant();
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case CellsColumn:
        return tr("Cells");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return QVariant();
    }
}

} // namespace gk
