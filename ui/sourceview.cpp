#include "sourceview.h"

#include <QMouseEvent>

namespace gk {

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
}

void SourceView::setSourceText(const QString &text)
{
    // Spans index the text as read. A lone '\r' would become a block break and shift every later
    // position, so it is shown as a space (same length).
    QString shown = text;
    shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
    shown.replace(QChar(0x2029), QLatin1Char('\n'));
    shown.replace(QChar(0x2028), QLatin1Char('\n'));
    setPlainText(shown);
    m_spans.clear();
    m_current = SourceSpan();
    m_findMatches.clear();
    m_findCurrent = SourceSpan();
    m_highlightSelections.clear();
}

void SourceView::setHighlights(const QList<SourceSpan> &findingSpans, const SourceSpan &current)
{
    m_spans = findingSpans;
    m_current = current;
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount();
    auto add = [&](const SourceSpan &span, const QColor &background, bool bold) {
        if (!span.isValid() || span.start >= length)
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(span.start));
        selection.cursor.setPosition(int(qMin<qsizetype>(span.end(), length - 1)), QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        if (bold) {
            selection.format.setFontWeight(QFont::Bold);
            selection.format.setForeground(Qt::black);
        }
        selections.append(selection);
    };
    for (const SourceSpan &span : findingSpans)
        add(span, QColor(0xfc, 0xd9, 0x8a), false);
    add(current, QColor(0xff, 0xe0, 0x33), true);
    m_highlightSelections = selections;
    applySelections();
    if (current.isValid())
        scrollToSpan(current);
    else if (!findingSpans.isEmpty())
        scrollToSpan(findingSpans.constFirst());
}

void SourceView::setFindMatches(const QList<SourceSpan> &matches, const SourceSpan &current)
{
    m_findMatches = matches;
    m_findCurrent = current;
    applySelections();
    if (current.isValid()) {
        QTextCursor cursor(document());
        const int length = document()->characterCount();
        cursor.setPosition(int(qMin<qsizetype>(current.start, length - 1)));
        cursor.setPosition(int(qMin<qsizetype>(current.end(), length - 1)), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        centerCursor();
    }
}

void SourceView::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount();
    for (const SourceSpan &span : std::as_const(m_findMatches)) {
        if (!span.isValid() || span.start >= length)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(span.start));
        selection.cursor.setPosition(int(qMin<qsizetype>(span.end(), length - 1)), QTextCursor::KeepAnchor);
        const bool current = span == m_findCurrent;
        selection.format.setBackground(current ? QColor(0xff, 0x96, 0x32) : QColor(0xb4, 0xe6, 0xff));
        selections.append(selection);
    }
    setExtraSelections(selections + m_highlightSelections);
}

void SourceView::scrollToSpan(const SourceSpan &span)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(qMin<qsizetype>(span.start, document()->characterCount() - 1)));
    setTextCursor(cursor);
    centerCursor();
}

void SourceView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    Q_EMIT positionClicked(cursorForPosition(event->position().toPoint()).position());
}

} // namespace gk
