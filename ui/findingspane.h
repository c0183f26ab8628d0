#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace gk {

class FindingsFilter;
class FindingsModel;
class ReviewDocument;

/** The findings list with its filters; says so plainly when there is nothing to show. */
class FindingsPane : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPane(ReviewDocument *document, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    FindingsFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    /** The finding (index into ReviewDocument::findings()) that is current, else -1. */
    int currentFinding() const;
    /** The findings of the current row: a group's all, else the one. */
    QList<int> currentFindings() const;
    /** Makes the n-th shown (top-level) row current (n < 0 clears). */
    void setCurrentRow(int row);
    /** Makes a finding current (opening its group; showing it again if the filters hid it). */
    bool showFinding(int finding);
    /** Steps through the shown findings, wrapping around. */
    void step(int delta);
    /** Shown when there are no findings (or none match the filters). */
    QString emptyText() const;
    bool isEmptyShown() const;

    /** Asks for a note and accepts the current finding as is. */
    void acceptCurrent();
    void reopenCurrent();

Q_SIGNALS:
    void findingActivated(int finding);
    /** A group row was chosen: all of its findings. */
    void findingsActivated(const QList<int> &findings);

private:
    void updateRules();
    void activate(const QModelIndex &index);
    QModelIndex findFingerprint(const QString &fingerprint) const;
    void updateState();

    QPointer<ReviewDocument> m_document;
    FindingsModel *m_model = nullptr;
    FindingsFilter *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QCheckBox *m_severity[3] = {nullptr, nullptr, nullptr};
    QCheckBox *m_showAccepted = nullptr;
    QComboBox *m_rule = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reopen = nullptr;
    QString m_currentFingerprint;
};

} // namespace gk
