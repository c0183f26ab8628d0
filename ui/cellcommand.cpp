#include "cellcommand.h"

namespace gk {

namespace {
constexpr int cellEditId = 0x676b01; // "gk" + 1
}

DescribedCommand::DescribedCommand(const Describe &describe, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_describe(describe)
{
    retranslate();
}

void DescribedCommand::retranslate()
{
    if (m_describe)
        setText(m_describe());
}

CellCommand::CellCommand(Review *review, const Changes &after, const Describe &describe, bool mergeable,
                         QUndoCommand *parent)
    : DescribedCommand(describe, parent)
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
    m_describe = next->m_describe;
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

VerdictCommand::VerdictCommand(Review *review, const Verdicts &after, const Describe &describe, QUndoCommand *parent)
    : DescribedCommand(describe, parent)
    , m_review(review)
    , m_after(after)
{
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        m_before.insert(it.key(), review->verdict(it.key()));
}

void VerdictCommand::undo()
{
    apply(m_before);
}

void VerdictCommand::redo()
{
    apply(m_after);
}

void VerdictCommand::apply(const Verdicts &verdicts)
{
    if (!m_review)
        return;
    for (auto it = verdicts.constBegin(); it != verdicts.constEnd(); ++it)
        m_review->setVerdict(it.key(), it.value());
}

} // namespace gk
