#include "pendingreviewbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace gk {

PendingReviewBar::PendingReviewBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("pendingReviewBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc6));
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);

    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply = new QPushButton(tr("Apply Anyway"), this);
    m_apply->setToolTip(tr("Apply the saved corrections and verdicts to this version of the report"));
    connect(m_apply, &QPushButton::clicked, this, &PendingReviewBar::applyRequested);
    m_aside = new QPushButton(tr("Set Aside, Start Fresh"), this);
    m_aside->setToolTip(tr("Keep the saved review under another name and start a new one "
                           "(your first edit does this too)"));
    connect(m_aside, &QPushButton::clicked, this, &PendingReviewBar::setAsideRequested);
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_apply);
    layout->addWidget(m_aside);
    layout->addWidget(m_dismiss);
}

void PendingReviewBar::setMessage(const QString &text, bool canApply)
{
    m_label->setText(text);
    m_apply->setVisible(canApply);
    m_aside->setVisible(true);
    m_dismiss->setVisible(false);
}

void PendingReviewBar::setNotice(const QString &text)
{
    m_label->setText(text);
    m_apply->setVisible(false);
    m_aside->setVisible(false);
    m_dismiss->setVisible(true);
}

QString PendingReviewBar::message() const
{
    return m_label->text();
}

bool PendingReviewBar::isNotice() const
{
    return m_dismiss->isVisibleTo(this);
}

} // namespace gk
