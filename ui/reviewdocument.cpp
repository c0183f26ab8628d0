#include "reviewdocument.h"

#include "cellcommand.h"
#include "checks/checker.h"
#include "pipeline/extractor.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QUndoStack>

namespace gk {

ReviewDocument::ReviewDocument(QObject *parent)
    : QObject(parent)
    , m_review(new Review(this))
    , m_store(new ReviewStore(this))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_review, &Review::changed, this, &ReviewDocument::recheck);
}

ReviewDocument::~ReviewDocument()
{
    m_store->detach();
}

bool ReviewDocument::open(const QString &filePath, QString *error)
{
    Extractor::Result result = Extractor::extract(filePath);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    openReport(result.report);
    return true;
}

void ReviewDocument::openReport(const Report &report)
{
    m_store->detach();
    m_undoStack->clear();
    m_pending = {};
    {
        const QSignalBlocker blocker(m_review);
        m_review->setReport(report);
    }
    m_open = true;
    indexSpans();
    m_pending = ReviewStore::load(report.filePath, m_review);
    if (m_pending.status == ReviewStore::LoadStatus::Loaded)
        m_pending.status = ReviewStore::LoadStatus::NoReview; // nothing pending: it is applied
    if (!hasPendingReview())
        attachStore();
    recheck();
    Q_EMIT reportChanged();
    Q_EMIT pendingReviewChanged();
}

void ReviewDocument::close()
{
    m_store->detach();
    m_undoStack->clear();
    m_pending = {};
    m_open = false;
    {
        const QSignalBlocker blocker(m_review);
        m_review->setReport(Report());
    }
    indexSpans();
    recheck();
    Q_EMIT reportChanged();
    Q_EMIT pendingReviewChanged();
}

void ReviewDocument::applyPendingReview()
{
    if (!hasPendingReview())
        return;
    const ReviewStore::Data data = m_pending.data;
    m_pending = {};
    attachStore();
    ReviewStore::apply(data, m_review); // saves at once, now for the current bytes
    Q_EMIT pendingReviewChanged();
}

QString ReviewDocument::setPendingReviewAside()
{
    if (!hasPendingReview())
        return QString();
    const QString path = ReviewStore::setAside(filePath());
    m_pending = {};
    attachStore();
    Q_EMIT pendingReviewChanged();
    return path;
}

void ReviewDocument::attachStore()
{
    if (m_review->reviewerName().isEmpty()) {
        QString name = QSettings().value(QStringLiteral("review/reviewer")).toString();
        if (name.isEmpty())
            name = qEnvironmentVariable("USER");
        m_review->setReviewerName(name);
    }
    m_store->attach(m_review, filePath());
}

bool ReviewDocument::isAccepted(int finding) const
{
    return finding >= 0 && finding < m_accepted.size() && m_accepted.at(finding);
}

int ReviewDocument::worstSeverity(const QString &cellId) const
{
    return m_worst.value(cellId, -1);
}

int ReviewDocument::openCount(Severity severity) const
{
    return m_openCounts[int(severity)];
}

QString ReviewDocument::cellAt(qsizetype position) const
{
    auto it = m_cellByStart.upper_bound(position);
    if (it == m_cellByStart.begin())
        return QString();
    --it;
    const ReportCell *cell = report().cell(it->second);
    return cell && cell->span.contains(position) ? it->second : QString();
}

QString ReviewDocument::cellAtPoint(int page, const QPointF &point) const
{
    QString found;
    double area = 0;
    for (const ReportTable &table : report().tables) {
        for (const ReportCell &cell : table.cells) {
            const QRectF &box = cell.span.box;
            if (cell.span.page != page || !box.contains(point))
                continue;
            if (found.isEmpty() || box.width() * box.height() < area) {
                found = cell.id;
                area = box.width() * box.height();
            }
        }
    }
    return found;
}

void ReviewDocument::recheck()
{
    QElapsedTimer timer;
    timer.start();
    m_findings = m_open ? Checker::check(m_review->correctedReport()) : QList<Finding>();
    m_accepted.clear();
    m_findingsByCell.clear();
    m_worst.clear();
    m_openCounts[0] = m_openCounts[1] = m_openCounts[2] = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings.at(i);
        const bool accepted = m_review->isAccepted(finding.fingerprint());
        m_accepted.append(accepted);
        if (!accepted)
            ++m_openCounts[int(finding.severity)];
        for (const QString &cellId : finding.cells) {
            m_findingsByCell[cellId].append(i);
            if (!accepted && int(finding.severity) > m_worst.value(cellId, -1))
                m_worst.insert(cellId, int(finding.severity));
        }
    }
    m_lastCheckNs = timer.nsecsElapsed();
    Q_EMIT findingsChanged();
}

void ReviewDocument::indexSpans()
{
    m_cellByStart.clear();
    for (const ReportTable &table : report().tables) {
        for (const ReportCell &cell : table.cells) {
            if (cell.span.isValid() && cell.span.length > 0)
                m_cellByStart[cell.span.start] = cell.id;
        }
    }
}

void ReviewDocument::setCellValue(const QString &cellId, const CellValue &value)
{
    const std::optional<Correction> current = m_review->correction(cellId);
    std::optional<Correction> after;
    const QString note = current ? current->note : QString();
    if (value != m_review->originalValue(cellId) || !note.isEmpty())
        after = Correction{value, note, m_review->reviewerName(), QDateTime::currentDateTimeUtc()};
    if (after == current || (!after && !current))
        return;
    m_undoStack->push(new CellCommand(m_review, {{cellId, after}},
                                      tr("Set %1 to %2").arg(cellId, value.displayText()), true));
}

void ReviewDocument::setCellNote(const QString &cellId, const QString &note)
{
    const std::optional<Correction> current = m_review->correction(cellId);
    if ((current ? current->note : QString()) == note)
        return;
    std::optional<Correction> after;
    const CellValue value = m_review->value(cellId);
    if (!note.isEmpty() || value != m_review->originalValue(cellId))
        after = Correction{value, note, m_review->reviewerName(), QDateTime::currentDateTimeUtc()};
    m_undoStack->push(new CellCommand(m_review, {{cellId, after}}, tr("Note on %1").arg(cellId), false));
}

void ReviewDocument::revertCell(const QString &cellId)
{
    if (!m_review->hasCorrection(cellId))
        return;
    m_undoStack->push(new CellCommand(m_review, {{cellId, std::nullopt}},
                                      tr("Revert %1 to the value as read").arg(cellId), false));
}

void ReviewDocument::confirmPlacement(const QString &cellId)
{
    const std::optional<Correction> current = m_review->correction(cellId);
    Correction after{m_review->value(cellId), current ? current->note : QString(), m_review->reviewerName(),
                     QDateTime::currentDateTimeUtc()};
    if (after.note.isEmpty())
        after.note = tr("column confirmed by the reviewer");
    m_undoStack->push(new CellCommand(m_review, {{cellId, after}}, tr("Confirm the column of %1").arg(cellId),
                                      false));
}

void ReviewDocument::moveValue(const QString &fromCellId, const QString &toCellId)
{
    if (fromCellId == toCellId)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString reviewer = m_review->reviewerName();
    const CellId from = CellId::parse(fromCellId);
    const CellId to = CellId::parse(toCellId);
    CellCommand::Changes changes;
    changes.insert(toCellId, Correction{m_review->value(fromCellId),
                                        tr("value moved here from column %1").arg(from.column), reviewer, now});
    changes.insert(fromCellId, Correction{m_review->value(toCellId),
                                          tr("value moved to column %1").arg(to.column), reviewer, now});
    m_undoStack->push(new CellCommand(m_review, changes,
                                      tr("Move the value of %1 to %2").arg(fromCellId, to.column), false));
}

void ReviewDocument::acceptFinding(int finding, const QString &note)
{
    if (finding < 0 || finding >= m_findings.size())
        return;
    const Finding &f = m_findings.at(finding);
    m_undoStack->push(new VerdictCommand(m_review, f.fingerprint(),
                                         Verdict{note, m_review->reviewerName(), QDateTime::currentDateTimeUtc()},
                                         tr("Accept %1 as is").arg(f.rule)));
}

void ReviewDocument::reopenFinding(int finding)
{
    if (finding < 0 || finding >= m_findings.size() || !isAccepted(finding))
        return;
    const Finding &f = m_findings.at(finding);
    m_undoStack->push(new VerdictCommand(m_review, f.fingerprint(), std::nullopt, tr("Reopen %1").arg(f.rule)));
}

} // namespace gk
