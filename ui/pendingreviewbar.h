#pragma once

#include <QFrame>

class QLabel;

namespace gk {

/**
 * A bar above the tables when the review beside the report was made for other bytes (or cannot be
 * read): says so and offers to apply it anyway or set it aside. Neither happens silently.
 */
class PendingReviewBar : public QFrame
{
    Q_OBJECT
public:
    explicit PendingReviewBar(QWidget *parent = nullptr);

    void setMessage(const QString &text, bool canApply);
    QString message() const;

Q_SIGNALS:
    void applyRequested();
    void setAsideRequested();

private:
    QLabel *m_label = nullptr;
    QWidget *m_apply = nullptr;
};

} // namespace gk
