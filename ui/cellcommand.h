#pragma once

#include "review/review.h"

#include <QHash>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace gk {

/**
 * A command whose History text is made again in the language installed now: the text is a function,
 * not a string frozen in the language of the moment the edit was made.
 */
class DescribedCommand : public QUndoCommand
{
public:
    using Describe = std::function<QString()>;

    explicit DescribedCommand(const Describe &describe, QUndoCommand *parent = nullptr);
    /** Makes the text again (after a language switch). */
    void retranslate();

protected:
    Describe m_describe;
};

/**
 * Changes the corrections of one or more cells (an edit, a note, a revert, a moved value). Keeps
 * the corrections before and after, so undo restores exactly what was there. Successive value edits
 * of the same single cell merge into one step.
 */
class CellCommand : public DescribedCommand
{
public:
    using Changes = QHash<QString, std::optional<Correction>>;

    CellCommand(Review *review, const Changes &after, const Describe &describe, bool mergeable,
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

/** Accepts findings as is with a note, or withdraws the acceptance (one finding, or a group at once). */
class VerdictCommand : public DescribedCommand
{
public:
    using Verdicts = QHash<QString, std::optional<Verdict>>; // by Finding::fingerprint()

    VerdictCommand(Review *review, const Verdicts &after, const Describe &describe, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const Verdicts &verdicts);

    QPointer<Review> m_review;
    Verdicts m_before;
    Verdicts m_after;
};

} // namespace gk
