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
    setExtraSelections(selections);
    if (current.isValid())
        scrollToSpan(current);
    else if (!findingSpans.isEmpty())
        scrollToSpan(findingSpans.constFirst());
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
