#pragma once

#include "review/review.h"

#include <QHash>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace gk {

/**
 * Changes the corrections of one or more cells (an edit, a note, a revert, a moved value). Keeps
 * the corrections before and after, so undo restores exactly what was there. Successive value edits
 * of the same single cell merge into one step.
 */
class CellCommand : public QUndoCommand
{
public:
    using Changes = QHash<QString, std::optional<Correction>>;

    CellCommand(Review *review, const Changes &after, const QString &text, bool mergeable,
                QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Changes &changes);

    QPointer<Review> m_review;
    Changes m_before;
    Changes m_after;
    bool m_mergeable = false;
};

/** Accepts a finding as is with a note, or withdraws the acceptance. */
class VerdictCommand : public QUndoCommand
{
public:
    VerdictCommand(Review *review, const QString &fingerprint, const std::optional<Verdict> &after,
                   const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    QPointer<Review> m_review;
    QString m_fingerprint;
    std::optional<Verdict> m_before;
    std::optional<Verdict> m_after;
};

} // namespace gk
