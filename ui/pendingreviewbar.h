#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace gk {

/**
 * A bar above the tables when the review beside the report was made for other bytes (or cannot be
 * read): says so and offers to apply it anyway or set it aside. Neither happens silently. Once it is
 * set aside, the bar says where it went and where the review is saved now, until dismissed.
 */
class PendingReviewBar : public QFrame
{
    Q_OBJECT
public:
    explicit PendingReviewBar(QWidget *parent = nullptr);

    /** A decision is pending: offers "Apply Anyway" (when `canApply`) and "Set Aside". */
    void setMessage(const QString &text, bool canApply);
    /** Nothing left to decide: only tells, with a button to close the bar. */
    void setNotice(const QString &text);
    QString message() const;
    bool isNotice() const;

Q_SIGNALS:
    void applyRequested();
    void setAsideRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_aside = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace gk
