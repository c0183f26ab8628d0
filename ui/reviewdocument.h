#pragma once

#include "model/finding.h"
#include "model/report.h"
#include "review/review.h"
#include "review/reviewstore.h"

#include "cellcommand.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <map>

class QUndoStack;

namespace gk {

/**
 * One open report in the window: the Review over it, the undo stack of the reviewer's edits, the
 * review file beside the report, and the findings of the latest check (re-run after every change).
 */
class ReviewDocument : public QObject
{
    Q_OBJECT
public:
    explicit ReviewDocument(QObject *parent = nullptr);
    ~ReviewDocument() override;

    /** Extracts the report and loads its review; false with a one-line error naming file and cause. */
    bool open(const QString &filePath, QString *error) { return open(QStringList{filePath}, error); }
    /** The same for a report read from several files: the page images of a scan, in page order. */
    bool open(const QStringList &filePaths, QString *error);
    /** Takes an already extracted report (tests, benches); its file is still where the review goes. */
    void openReport(const Report &report);
    void close();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_review->report().filePath; }
    /** The files the report was read from: its file, or the page images of a scan in page order. */
    QStringList files() const;

    Review *review() const { return m_review; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ReviewStore *store() const { return m_store; }
    const Report &report() const { return m_review->report(); }

    /** A review file exists beside the report but was made for other bytes (or is unreadable). */
    bool hasPendingReview() const { return m_pending.status != ReviewStore::LoadStatus::NoReview; }
    const ReviewStore::LoadResult &pendingReview() const { return m_pending; }
    /** A pending review made for other bytes, and no edit made since the report was opened. */
    bool canApplyPendingReview() const;
    /** Applies the pending review anyway (when canApplyPendingReview()); from now on it is saved for the current bytes. */
    void applyPendingReview();
    /** Moves the pending review aside (kept on disk) and starts a fresh one; returns its new path. */
    QString setPendingReviewAside();
    /**
     * Where the last pending review of this report was set aside (by the reviewer or by the first
     * edit made while it was pending), else empty. Cleared when another report is opened.
     */
    QString setAsideReviewPath() const { return m_setAsidePath; }
    /** Why the pending review could not be set aside (edits are then not saved), else empty. */
    QString setAsideError() const { return m_setAsideError; }

    const QList<Finding> &findings() const { return m_findings; }
    QList<int> findingsOfCell(const QString &cellId) const { return m_findingsByCell.value(cellId); }
    bool isAccepted(int finding) const;
    /** The worst severity among the cell's findings that are not accepted; -1 when none. */
    int worstSeverity(const QString &cellId) const;
    int openCount(Severity severity) const;
    /** The cell (or extra-row cell) whose source span contains the position, else an empty string. */
    QString cellAt(qsizetype position) const;
    /** The source span of a canonical cell or of an extra-row cell (`table.extra_N.column`). */
    SourceSpan spanOf(const QString &cellId) const;
    /** The extra row of `table.extra_N…`, else nullptr. */
    const ExtraRow *extraRow(const QString &tableId, const QString &rowId) const;
    /** The ids of an extra row's cells, one per column of its table (`table.extra_N.column`). */
    QStringList extraRowCellIds(const QString &tableId, const QString &rowId) const;
    /** The cell whose box on a page (PDF points) holds the point, the smallest one; else an empty string. */
    QString cellAtPoint(int page, const QPointF &point) const;
    /** Nanoseconds the last re-check took. */
    qint64 lastCheckNanoseconds() const { return m_lastCheckNs; }

    // Edits: each one is a command on the undo stack.
    void setCellValue(const QString &cellId, const CellValue &value);
    void setCellNote(const QString &cellId, const QString &note);
    void revertCell(const QString &cellId);
    /** Reverts every corrected cell among `cellIds` in one step. */
    void revertCells(const QStringList &cellIds);
    /** Confirms the guessed column of an uncertain value. */
    void confirmPlacement(const QString &cellId);
    /** Resolves an uncertain placement: the value moves to another column of the row (the two swap). */
    void moveValue(const QString &fromCellId, const QString &toCellId);
    /** Writes 0 into every blank canonical cell among `cellIds`, as one edit; returns how many. */
    int fillBlanksWithZero(const QStringList &cellIds);
    /** Writes the correction finding `finding` suggests (an OCR digit the table's arithmetic points
     *  to) into its cell, as an edit of its own; false when the finding suggests none. */
    bool applySuggestion(int finding);
    void acceptFinding(int finding, const QString &note);
    void reopenFinding(int finding);
    /** Accepts (reopens) several findings, a group of the findings list, as one edit. */
    void acceptFindings(const QList<int> &findings, const QString &note);
    void reopenFindings(const QList<int> &findings);

    /** A cell as the table names it: “row label · column label” (its id when the report has no such cell). */
    QString cellName(const QString &cellId) const;

    /**
     * Who is recorded with every correction, note and verdict: the review's reviewer, else the name
     * in the settings (Edit ▸ Reviewer Name), else the system user.
     */
    QString reviewer();
    static QString systemUser();
    /** Makes the History texts again in the language installed now. */
    void retranslateHistory();

    /** Re-runs the checks on the corrected report. */
    void recheck();
    /**
     * Takes the messages made while reading (label variants, extra rows…) from the same report read
     * again in the language installed now, when its text is unchanged, and re-runs the checks.
     */
    void takeReadingMessages(const Report &reread);

Q_SIGNALS:
    void reportChanged();
    void findingsChanged();
    void pendingReviewChanged();

private:
    void startReview(const Report &report);
    void attachStore();
    /** Before the first edit: a pending review is set aside so that this edit can be saved. */
    void prepareEdit();
    void indexSpans();
    QString columnName(const QString &cellId) const;
    DescribedCommand::Describe describe(const std::function<QString()> &text);

    Review *m_review = nullptr;
    ReviewStore *m_store = nullptr;
    QUndoStack *m_undoStack = nullptr;
    bool m_open = false;
    ReviewStore::LoadResult m_pending;
    QString m_setAsidePath;
    QString m_setAsideError;
    /** An edit has been made since the report was opened (every edit goes through prepareEdit()). */
    bool m_edited = false;
    QList<Finding> m_findings;
    QList<bool> m_accepted;
    QHash<QString, QList<int>> m_findingsByCell;
    QHash<QString, int> m_worst;
    int m_openCounts[3] = {0, 0, 0};
    std::map<qsizetype, QString> m_cellByStart;
    qint64 m_lastCheckNs = 0;
};

} // namespace gk
