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
    auto *apply = new QPushButton(tr("Apply Anyway"), this);
    apply->setToolTip(tr("Apply the saved corrections and verdicts to this version of the report"));
    connect(apply, &QPushButton::clicked, this, &PendingReviewBar::applyRequested);
    m_apply = apply;
    auto *aside = new QPushButton(tr("Set Aside, Start Fresh"), this);
    aside->setToolTip(tr("Keep the saved review under another name and start a new one"));
    connect(aside, &QPushButton::clicked, this, &PendingReviewBar::setAsideRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(apply);
    layout->addWidget(aside);
}

void PendingReviewBar::setMessage(const QString &text, bool canApply)
{
    m_label->setText(text);
    m_apply->setVisible(canApply);
}

QString PendingReviewBar::message() const
{
    return m_label->text();
}

} // namespace gk
