#pragma once

#include "finder.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace gk {

class ReviewDocument;

/**
 * The find bar above the source and the tables (not a modal box): the text, how many matches and
 * which one is current, previous/next. Every match is marked where it is (matches()); Enter and F3
 * go to the next one, Shift+Enter and Shift+F3 to the previous, Esc closes the bar.
 */
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ReviewDocument *document, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString text() const;
    const QList<FindMatch> &matches() const { return m_matches; }
    /** The current match (index into matches()), -1 when none. */
    int current() const { return m_current; }
    /** "3 of 17", "No matches". */
    QString countText() const;

    /** Shows the bar with `initial` (when not empty) selected, focused. */
    void open(const QString &initial = QString());
    /** Goes to the next (or previous) match, wrapping around; false when there is none. */
    bool step(bool backward = false);
    /** Searches again (the text, or what it is searched in, changed). */
    void refresh();

Q_SIGNALS:
    /** The matches changed (the text, or the document): every one should be marked. */
    void matchesChanged(const QString &text, const QList<FindMatch> &matches);
    /** The reviewer went to this match. */
    void matchActivated(const FindMatch &match);
    void closed();

protected:
    /** Shift+Enter and Esc in the text field, which would otherwise take them. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    QPointer<ReviewDocument> m_document;
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QTimer *m_refresh = nullptr;
    QList<FindMatch> m_matches;
    int m_current = -1;
};

} // namespace gk
