#include "reviewdocument.h"

#include "model/templatelabels.h"

#include "cellcommand.h"
#include "checks/checker.h"
#include "checks/rulenames.h"
#include "pipeline/extractor.h"

#include <QDir>
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

bool ReviewDocument::open(const QStringList &filePaths, QString *error)
{
    Extractor::Result result = Extractor::extract(filePaths);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    openReport(result.report);
    return true;
}

QStringList ReviewDocument::files() const
{
    const Report &report = m_review->report();
    if (!report.pageFiles.isEmpty())
        return report.pageFiles;
    return report.filePath.isEmpty() ? QStringList() : QStringList{report.filePath};
}

void ReviewDocument::openReport(const Report &report)
{
    m_store->detach();
    m_undoStack->clear();
    m_edited = false;
    m_pending = {};
    m_setAsidePath.clear();
    m_setAsideError.clear();
    {
        const QSignalBlocker blocker(m_review);
        m_review->setReport(report);
    }
    m_open = true;
    indexSpans();
    // Who reviews now, before the saved review is read: its reviewer must not become this one's.
    reviewer();
    // A report that is not a file (built in memory) has no review beside it: none is read or saved
    // (its path would be ".gkreview.json" in whatever folder is current).
    if (!report.filePath.isEmpty())
        m_pending = ReviewStore::load(report.filePath, m_review);
    if (m_pending.status == ReviewStore::LoadStatus::Loaded)
        m_pending.status = ReviewStore::LoadStatus::NoReview; // nothing pending: it is applied
    if (!hasPendingReview() && !report.filePath.isEmpty())
        attachStore();
    recheck();
    Q_EMIT reportChanged();
    Q_EMIT pendingReviewChanged();
}

void ReviewDocument::close()
{
    m_store->detach();
    m_undoStack->clear();
    m_edited = false;
    m_pending = {};
    m_setAsidePath.clear();
    m_setAsideError.clear();
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

bool ReviewDocument::canApplyPendingReview() const
{
    // Applying replaces the whole review: edits made meanwhile (kept in memory only, when the old file
    // could not be set aside) would vanish under the undo stack's feet.
    return m_pending.status == ReviewStore::LoadStatus::HashMismatch && !m_edited;
}

void ReviewDocument::applyPendingReview()
{
    if (!canApplyPendingReview())
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
    if (path.isEmpty()) {
        // The kept file must not be overwritten: without a rename there is nowhere safe to save.
        m_setAsideError = tr("%1 could not be renamed, so the review cannot be saved beside the report")
                              .arg(QDir::toNativeSeparators(ReviewStore::reviewPathFor(filePath())));
        Q_EMIT pendingReviewChanged();
        return QString();
    }
    m_setAsidePath = path;
    m_setAsideError.clear();
    m_pending = {};
    attachStore();
    Q_EMIT pendingReviewChanged();
    return path;
}

void ReviewDocument::prepareEdit()
{
    m_edited = true; // before the set-aside below announces the pending review's new state
    if (hasPendingReview())
        setPendingReviewAside();
}

void ReviewDocument::attachStore()
{
    reviewer(); // the file records who reviews from the start
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
    return spanOf(it->second).contains(position) ? it->second : QString();
}

const ExtraRow *ReviewDocument::extraRow(const QString &tableId, const QString &rowId) const
{
    const ReportTable *table = report().table(tableId);
    if (!table)
        return nullptr;
    for (const ExtraRow &extra : table->extraRows) {
        if (extra.id == rowId)
            return &extra;
    }
    return nullptr;
}

QStringList ReviewDocument::extraRowCellIds(const QString &tableId, const QString &rowId) const
{
    QStringList ids;
    const ReportTable *table = report().table(tableId);
    if (!table || !extraRow(tableId, rowId))
        return ids;
    for (const ColumnSpec &column : table->spec.columns)
        ids.append(CellId::join(tableId, rowId, column.id));
    return ids;
}

SourceSpan ReviewDocument::spanOf(const QString &cellId) const
{
    if (const ReportCell *cell = report().cell(cellId))
        return cell->span;
    const CellId id = CellId::parse(cellId);
    const ReportTable *table = report().table(id.table);
    const ExtraRow *extra = extraRow(id.table, id.row);
    if (!table || !extra)
        return SourceSpan();
    const int column = table->spec.columnIndex(id.column);
    return column >= 0 && column < extra->valueSpans.size() ? extra->valueSpans.at(column) : SourceSpan();
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

void ReviewDocument::takeReadingMessages(const Report &reread)
{
    if (!m_open || reread.text != report().text)
        return; // the file changed since it was opened: keep what was read then
    m_review->takeMessagesFrom(reread);
    recheck();
}

void ReviewDocument::indexSpans()
{
    m_cellByStart.clear();
    for (const ReportTable &table : report().tables) {
        for (const ReportCell &cell : table.cells) {
            if (cell.span.isValid() && cell.span.length > 0)
                m_cellByStart[cell.span.start] = cell.id;
        }
        for (const ExtraRow &extra : table.extraRows) {
            for (qsizetype i = 0; i < extra.valueSpans.size() && i < table.spec.columns.size(); ++i) {
                const SourceSpan &span = extra.valueSpans.at(i);
                if (span.isValid() && span.length > 0)
                    m_cellByStart[span.start] = CellId::join(table.spec.id, extra.id, table.spec.columns.at(i).id);
            }
        }
    }
}

QString ReviewDocument::cellName(const QString &cellId) const
{
    // What the reviewer sees in the table (row label · column label), in the current language; the
    // history reads as the table does rather than in ids.
    const CellId id = CellId::parse(cellId);
    const ReportTable *table = report().table(id.table);
    if (!table)
        return cellId;
    const int column = table->spec.columnIndex(id.column);
    if (column < 0)
        return cellId;
    const int row = table->spec.rowIndex(id.row);
    QString rowName;
    if (row >= 0) {
        rowName = TemplateLabels::row(table->spec.rows.at(row));
    } else if (const ExtraRow *extra = extraRow(id.table, id.row)) {
        rowName = extra->label;
    } else {
        return cellId;
    }
    return QStringLiteral("“%1 · %2”").arg(rowName, TemplateLabels::column(table->spec.columns.at(column)));
}

void ReviewDocument::setCellValue(const QString &cellId, const CellValue &value)
{
    const std::optional<Correction> current = m_review->correction(cellId);
    std::optional<Correction> after;
    const QString note = current ? current->note : QString();
    if (value != m_review->originalValue(cellId) || !note.isEmpty())
        after = Correction{value, note, reviewer(), QDateTime::currentDateTimeUtc()};
    if (after == current || (!after && !current))
        return;
    prepareEdit();
    const QString text = value.displayText();
    m_undoStack->push(new CellCommand(m_review, {{cellId, after}}, describe([this, cellId, text] {
                                          return tr("Set %1 to %2").arg(cellName(cellId), text);
                                      }),
                                      true));
}

void ReviewDocument::setCellNote(const QString &cellId, const QString &note)
{
    const std::optional<Correction> current = m_review->correction(cellId);
    if ((current ? current->note : QString()) == note)
        return;
    std::optional<Correction> after;
    const CellValue value = m_review->value(cellId);
    if (!note.isEmpty() || value != m_review->originalValue(cellId))
        after = Correction{value, note, reviewer(), QDateTime::currentDateTimeUtc()};
    prepareEdit();
    m_undoStack->push(new CellCommand(m_review, {{cellId, after}},
                                      describe([this, cellId] { return tr("Note on %1").arg(cellName(cellId)); }),
                                      false));
}

void ReviewDocument::revertCell(const QString &cellId)
{
    if (!m_review->hasCorrection(cellId))
        return;
    prepareEdit();
    m_undoStack->push(new CellCommand(m_review, {{cellId, std::nullopt}}, describe([this, cellId] {
                                          return tr("Revert %1 to the value as read").arg(cellName(cellId));
                                      }),
                                      false));
}

void ReviewDocument::revertCells(const QStringList &cellIds)
{
    CellCommand::Changes changes;
    for (const QString &cellId : cellIds) {
        if (m_review->hasCorrection(cellId))
            changes.insert(cellId, std::nullopt);
    }
    if (changes.isEmpty())
        return;
    const QString first = changes.begin().key();
    const int n = int(changes.size());
    prepareEdit();
    m_undoStack->push(new CellCommand(m_review, changes, describe([this, first, n] {
                                          return n == 1 ? tr("Revert %1 to the value as read").arg(cellName(first))
                                                        : tr("Revert %n cell(s) to the values as read", nullptr, n);
                                      }),
                                      false));
}

int ReviewDocument::fillBlanksWithZero(const QStringList &cellIds)
{
    CellCommand::Changes changes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &cellId : cellIds) {
        if (!report().cell(cellId) || !m_review->value(cellId).isBlank())
            continue;
        const std::optional<Correction> current = m_review->correction(cellId);
        changes.insert(cellId, Correction{CellValue::number(0), current ? current->note : QString(), reviewer(), now});
    }
    if (changes.isEmpty())
        return 0;
    const int n = int(changes.size());
    prepareEdit();
    m_undoStack->push(new CellCommand(m_review, changes, describe([n] {
                                          return tr("Fill %n blank cell(s) with 0", nullptr, n);
                                      }),
                                      false));
    return n;
}

bool ReviewDocument::applySuggestion(int finding)
{
    const Finding suggesting = m_findings.value(finding);
    if (suggesting.suggestedCell.isEmpty() || !report().cell(suggesting.suggestedCell))
        return false;
    setCellValue(suggesting.suggestedCell,
                 CellValue::number(suggesting.suggestedValue, QString::number(suggesting.suggestedValue)));
    return true;
}

void ReviewDocument::confirmPlacement(const QString &cellId)
{
    const std::optional<Correction> current = m_review->correction(cellId);
    Correction after{m_review->value(cellId), current ? current->note : QString(), reviewer(),
                     QDateTime::currentDateTimeUtc()};
    if (after.note.isEmpty())
        after.note = tr("column confirmed by the reviewer");
    prepareEdit();
    m_undoStack->push(new CellCommand(m_review, {{cellId, after}}, describe([this, cellId] {
                                          return tr("Confirm the column of %1").arg(cellName(cellId));
                                      }),
                                      false));
}

void ReviewDocument::moveValue(const QString &fromCellId, const QString &toCellId)
{
    if (fromCellId == toCellId)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name = reviewer();
    CellCommand::Changes changes;
    changes.insert(toCellId, Correction{m_review->value(fromCellId),
                                        tr("value moved here from column %1").arg(columnName(fromCellId)), name, now});
    changes.insert(fromCellId, Correction{m_review->value(toCellId),
                                          tr("value moved to column %1").arg(columnName(toCellId)), name, now});
    prepareEdit();
    m_undoStack->push(new CellCommand(m_review, changes, describe([this, fromCellId, toCellId] {
                                          return tr("Move the value of %1 to %2")
                                              .arg(cellName(fromCellId), cellName(toCellId));
                                      }),
                                      false));
}

void ReviewDocument::acceptFinding(int finding, const QString &note)
{
    acceptFindings({finding}, note);
}

void ReviewDocument::reopenFinding(int finding)
{
    reopenFindings({finding});
}

void ReviewDocument::acceptFindings(const QList<int> &findings, const QString &note)
{
    VerdictCommand::Verdicts verdicts;
    QString rule;
    const Verdict verdict{note, reviewer(), QDateTime::currentDateTimeUtc()};
    for (int finding : findings) {
        if (finding < 0 || finding >= m_findings.size() || isAccepted(finding))
            continue;
        verdicts.insert(m_findings.at(finding).fingerprint(), verdict);
        rule = m_findings.at(finding).rule;
    }
    if (verdicts.isEmpty())
        return;
    const int n = int(verdicts.size());
    prepareEdit();
    m_undoStack->push(new VerdictCommand(m_review, verdicts, describe([rule, n] {
                                             return n == 1 ? tr("Accept “%1” as is").arg(RuleNames::name(rule))
                                                           : tr("Accept %n finding(s) as is", nullptr, n);
                                         })));
}

void ReviewDocument::reopenFindings(const QList<int> &findings)
{
    VerdictCommand::Verdicts verdicts;
    QString rule;
    for (int finding : findings) {
        if (finding < 0 || finding >= m_findings.size() || !isAccepted(finding))
            continue;
        verdicts.insert(m_findings.at(finding).fingerprint(), std::nullopt);
        rule = m_findings.at(finding).rule;
    }
    if (verdicts.isEmpty())
        return;
    const int n = int(verdicts.size());
    prepareEdit();
    m_undoStack->push(new VerdictCommand(m_review, verdicts, describe([rule, n] {
                                             return n == 1 ? tr("Reopen “%1”").arg(RuleNames::name(rule))
                                                           : tr("Reopen %n finding(s)", nullptr, n);
                                         })));
}

DescribedCommand::Describe ReviewDocument::describe(const std::function<QString()> &text)
{
    // The command may outlive this document's report (the stack is cleared on close, but be safe).
    return [document = QPointer<ReviewDocument>(this), text] { return document ? text() : QString(); };
}

void ReviewDocument::retranslateHistory()
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        // QUndoStack hands out const commands; their text is all that changes here.
        if (auto *command = dynamic_cast<DescribedCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(i))))
            command->retranslate();
    }
}

QString ReviewDocument::systemUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName(); // a login without those variables (a service, a sandbox)
}

QString ReviewDocument::reviewer()
{
    if (m_review->reviewerName().isEmpty()) {
        QString name = QSettings().value(QStringLiteral("review/reviewer")).toString().trimmed();
        if (name.isEmpty())
            name = systemUser();
        m_review->setReviewerName(name);
    }
    return m_review->reviewerName();
}

QString ReviewDocument::columnName(const QString &cellId) const
{
    const CellId id = CellId::parse(cellId);
    const ReportTable *table = report().table(id.table);
    const int column = table ? table->spec.columnIndex(id.column) : -1;
    return column >= 0 ? TemplateLabels::column(table->spec.columns.at(column)) : id.column;
}

} // namespace gk
