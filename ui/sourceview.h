#pragma once

#include "model/sourcespan.h"

#include <QList>
#include <QPlainTextEdit>

namespace gk {

/**
 * The report's text as read, read-only. Marks the spans of the current finding and the current cell
 * with ExtraSelections and reports clicks by character position (the spans' coordinates).
 */
class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);

    void setSourceText(const QString &text);
    /** Marks `findingSpans` (lightly) and `current` (strongly) and scrolls to `current` or the first span. */
    void setHighlights(const QList<SourceSpan> &findingSpans, const SourceSpan &current);
    QList<SourceSpan> highlightedSpans() const { return m_spans; }
    /** Marks every match of the find bar (under the finding marks), `current` among them strongly. */
    void setFindMatches(const QList<SourceSpan> &matches, const SourceSpan &current);
    QList<SourceSpan> findMatches() const { return m_findMatches; }
    SourceSpan currentSpan() const { return m_current; }

Q_SIGNALS:
    /** The reviewer clicked at this character of the text. */
    void positionClicked(qsizetype position);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void scrollToSpan(const SourceSpan &span);
    void applySelections();

    QList<SourceSpan> m_findMatches;
    SourceSpan m_findCurrent;
    QList<QTextEdit::ExtraSelection> m_highlightSelections;
    QList<SourceSpan> m_spans;
    SourceSpan m_current;
};

} // namespace gk
