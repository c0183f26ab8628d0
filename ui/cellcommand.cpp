#include "cellcommand.h"

namespace gk {

namespace {
constexpr int cellEditId = 0x676b01; // "gk" + 1
}

CellCommand::CellCommand(Review *review, const Changes &after, const QString &text, bool mergeable,
                         QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_review(review)
    , m_after(after)
    , m_mergeable(mergeable && after.size() == 1)
{
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        m_before.insert(it.key(), review->correction(it.key()));
}

void CellCommand::undo()
{
    apply(m_before);
}

void CellCommand::redo()
{
    apply(m_after);
}

int CellCommand::id() const
{
    return m_mergeable ? cellEditId : -1;
}

bool CellCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CellCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_after.keys() != m_after.keys())
        return false;
    m_after = next->m_after;
    setText(next->text());
    // Typing a value back to what it was leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

void CellCommand::apply(const Changes &changes)
{
    if (!m_review)
        return;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        m_review->setCorrection(it.key(), it.value());
}

VerdictCommand::VerdictCommand(Review *review, const QString &fingerprint, const std::optional<Verdict> &after,
                               const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_review(review)
    , m_fingerprint(fingerprint)
    , m_before(review->verdict(fingerprint))
    , m_after(after)
{
}

void VerdictCommand::undo()
{
    if (m_review)
        m_review->setVerdict(m_fingerprint, m_before);
}

void VerdictCommand::redo()
{
    if (m_review)
        m_review->setVerdict(m_fingerprint, m_after);
}

} // namespace gk
