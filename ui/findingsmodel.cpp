#include "findingsmodel.h"

#include "checks/rulenames.h"
#include "finder.h"
#include "reviewdocument.h"
#include "roles.h"
#include "severitystyle.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>
#include <map>

namespace gk {

namespace {
constexpr quintptr topLevel = 0; // internalId of a top-level row; a child's is its entry + 1
}

FindingsModel::FindingsModel(ReviewDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &ReviewDocument::findingsChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

void FindingsModel::rebuild()
{
    m_entries.clear();
    m_place.clear();
    if (!m_document)
        return;
    const QList<Finding> &findings = m_document->findings();
    // Worst first, then in the order the checks reported them; a group sits where its first member would.
    QList<int> order(findings.size());
    for (int i = 0; i < findings.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&findings](int a, int b) { return int(findings.at(a).severity) > int(findings.at(b).severity); });
    std::map<std::pair<int, QString>, int> sizes;
    for (const Finding &finding : findings)
        ++sizes[{int(finding.severity), finding.rule}];
    std::map<std::pair<int, QString>, int> groups; // key → entry
    m_place.resize(findings.size());
    for (int i : std::as_const(order)) {
        const Finding &finding = findings.at(i);
        const std::pair<int, QString> key{int(finding.severity), finding.rule};
        if (sizes[key] < groupFrom) {
            m_place[i] = {int(m_entries.size()), -1};
            m_entries.append({{i}, false});
            continue;
        }
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.emplace(key, int(m_entries.size())).first;
            m_entries.append({{}, true});
        }
        Entry &entry = m_entries[it->second];
        m_place[i] = {it->second, int(entry.findings.size())};
        entry.findings.append(i);
    }
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.row() >= m_entries.size())
        return QModelIndex();
    const Entry &entry = m_entries.at(parent.row());
    if (!entry.group || row >= entry.findings.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.column() != 0 || parent.internalId() != topLevel || parent.row() >= m_entries.size())
        return 0;
    const Entry &entry = m_entries.at(parent.row());
    return entry.group ? int(entry.findings.size()) : 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    if (index.internalId() == topLevel) {
        const Entry &entry = m_entries.at(index.row());
        return entry.group ? -1 : entry.findings.constFirst();
    }
    return m_entries.at(int(index.internalId() - 1)).findings.value(index.row(), -1);
}

QList<int> FindingsModel::findingsAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == topLevel)
        return m_entries.at(index.row()).findings;
    return {findingAt(index)};
}

bool FindingsModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == topLevel && m_entries.at(index.row()).group;
}

QModelIndex FindingsModel::indexOfFinding(int finding, int column) const
{
    if (finding < 0 || finding >= m_place.size())
        return QModelIndex();
    const auto [entry, row] = m_place.at(finding);
    if (row < 0)
        return index(entry, column);
    return index(row, column, index(entry, 0));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid())
        return QVariant();
    const int row = findingAt(index);
    if (row < 0)
        return groupData(m_entries.at(index.row()), index.column(), role);
    const Finding &finding = m_document->findings().at(row);
    const bool accepted = m_document->isAccepted(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return SeverityStyle::name(finding.severity);
        case RuleColumn:
            return RuleNames::name(finding.rule);
        case MessageColumn:
            return finding.expression.isEmpty() ? finding.message
                                                : QString(finding.message + QStringLiteral("  —  ") + finding.expression);
        case CellsColumn:
            return cellNames(finding.cells, 3);
        case VerdictColumn: {
            if (!accepted)
                return QString();
            const std::optional<Verdict> verdict = m_document->review()->verdict(finding.fingerprint());
            if (!verdict)
                return tr("Accepted as is");
            const QString who = verdict->reviewer.isEmpty() ? tr("Accepted as is") : tr("Accepted as is by %1").arg(verdict->reviewer);
            return verdict->note.isEmpty() ? who : QString(who + QStringLiteral(": ") + verdict->note);
        }
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return accepted ? SeverityStyle::acceptedIcon() : SeverityStyle::icon(finding.severity);
        return QVariant();
    case Qt::BackgroundRole:
        return matchesFind(row) ? QVariant(QBrush(SeverityStyle::findMatchBackground())) : QVariant();
    case Qt::ForegroundRole:
        if (accepted)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return QVariant();
    case Qt::ToolTipRole: {
        QString tip = finding.message.toHtmlEscaped();
        if (!finding.expression.isEmpty())
            tip += QStringLiteral("<br>") + finding.expression.toHtmlEscaped();
        if (!finding.cells.isEmpty())
            tip += QStringLiteral("<br><i>") + cellNames(finding.cells, 12).toHtmlEscaped() + QStringLiteral("</i>");
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
        return QVariantList{row};
    default:
        break;
    }
    return QVariant();
}

QVariant FindingsModel::groupData(const Entry &entry, int column, int role) const
{
    const QList<Finding> &findings = m_document->findings();
    const Finding &first = findings.at(entry.findings.constFirst());
    const int n = int(entry.findings.size());
    int accepted = 0;
    for (int i : entry.findings)
        accepted += m_document->isAccepted(i) ? 1 : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return SeverityStyle::name(first.severity);
        case RuleColumn:
            return RuleNames::name(first.rule);
        case MessageColumn:
            if (first.rule == QLatin1String("value.blank")) {
                int cells = 0;
                for (int i : entry.findings)
                    cells += int(findings.at(i).cells.size());
                return tr("%n blank cell(s)", nullptr, cells);
            }
            return tr("%n finding(s) of this rule", nullptr, n);
        case CellsColumn:
            return QString();
        case VerdictColumn:
            return accepted == 0 ? QString() : tr("%1 of %2 accepted").arg(accepted).arg(n);
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return accepted == n ? SeverityStyle::acceptedIcon() : SeverityStyle::icon(first.severity);
        return QVariant();
    case Qt::ForegroundRole:
        if (accepted == n)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return QVariant();
    case Qt::ToolTipRole:
        return tr("%n finding(s) of the rule “%1”: expand the row to see each one.", nullptr, n)
            .arg(RuleNames::name(first.rule).toHtmlEscaped());
    case SeverityRole:
        return int(first.severity);
    case RuleRole:
        return first.rule;
    case FingerprintRole:
        return QStringLiteral("group:%1:%2").arg(int(first.severity)).arg(first.rule);
    case CellsRole: {
        QStringList cells;
        for (int i : entry.findings)
            cells += findings.at(i).cells;
        return cells;
    }
    case AcceptedRole:
        return accepted == n;
    case FindingIdsRole: {
        QVariantList ids;
        for (int i : entry.findings)
            ids.append(i);
        return ids;
    }
    default:
        break;
    }
    return QVariant();
}

bool FindingsModel::matchesFind(int row) const
{
    if (m_findText.isEmpty())
        return false;
    const Finding &finding = m_document->findings().at(row);
    return Finder::matches(finding.message, m_findText) || Finder::matches(finding.expression, m_findText)
        || Finder::matches(RuleNames::name(finding.rule), m_findText)
        || Finder::matches(cellNames(finding.cells, 12), m_findText);
}

void FindingsModel::setFindText(const QString &text)
{
    if (text == m_findText)
        return;
    m_findText = text;
    if (m_entries.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1), {Qt::BackgroundRole});
    for (int e = 0; e < m_entries.size(); ++e) {
        if (m_entries.at(e).group) {
            const QModelIndex parent = index(e, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent), {Qt::BackgroundRole});
        }
    }
}

QString FindingsModel::cellNames(const QStringList &cells, int shown) const
{
    // People read labels; the ids stay in CellsRole for the window and in the exports' id columns.
    QStringList names;
    for (qsizetype i = 0; i < cells.size() && i < shown; ++i)
        names.append(m_document->cellName(cells.at(i)));
    QString text = names.join(QStringLiteral(", "));
    if (cells.size() > shown)
        text += QLatin1Char(' ') + tr("and %n more", nullptr, int(cells.size() - shown));
    return text;
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
