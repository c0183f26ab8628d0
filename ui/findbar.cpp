#include "findbar.h"

#include "reviewdocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace gk {

FindBar::FindBar(ReviewDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // one line above the panes, never more
    auto *label = new QLabel(tr("Find:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("in the source, the tables and the findings"));
    label->setBuddy(m_edit);
    m_edit->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000")));
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(close);

    // Typing searches a moment after the last key: a report's text is long, a key should not wait.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &FindBar::refresh);
    connect(m_edit, &QLineEdit::textChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_refresh->isActive()) {
            m_refresh->stop();
            refresh();
        }
        step(false);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { step(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(false); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    if (document) {
        connect(document, &ReviewDocument::findingsChanged, this, [this] {
            if (isVisible() && !text().isEmpty())
                refresh();
        });
    }
    updateCount();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::open(const QString &initial)
{
    show();
    if (!initial.isEmpty() && initial != m_edit->text()) {
        m_edit->setText(initial);
        m_refresh->stop();
        refresh();
    }
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::refresh()
{
    const FindMatch previous = m_matches.value(m_current);
    m_matches = Finder::find(m_document, text());
    // Stay on the same match when it is still there (a re-check after an edit).
    m_current = m_current >= 0 ? int(m_matches.indexOf(previous)) : -1;
    updateCount();
    Q_EMIT matchesChanged(text(), m_matches);
}

bool FindBar::step(bool backward)
{
    if (m_refresh->isActive()) {
        m_refresh->stop();
        refresh();
    }
    if (m_matches.isEmpty()) {
        updateCount();
        return false;
    }
    const int n = int(m_matches.size());
    if (m_current < 0)
        m_current = backward ? n - 1 : 0;
    else
        m_current = ((m_current + (backward ? -1 : 1)) % n + n) % n;
    updateCount();
    Q_EMIT matchActivated(m_matches.at(m_current));
    return true;
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::updateCount()
{
    if (text().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else if (m_current < 0)
        m_count->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return true;
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
        step(true);
        return true;
    }
    return false;
}

} // namespace gk
