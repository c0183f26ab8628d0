#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace gk {

class ReviewDocument;

/**
 * Keeps the reviewer's corrections from being lost when the review cannot be saved (a full disk, a
 * read-only folder): tells the reviewer once per failure without blocking (a scripted run goes on),
 * offers File ▸ Save Review As…, and stops closing the report or quitting while corrections exist
 * only in memory (save elsewhere, discard or cancel).
 */
class UnsavedReviewGuard : public QObject
{
    Q_OBJECT
public:
    enum class Choice { SaveElsewhere, Discard, Cancel };
    /** Asks what to do with unsaved corrections; `error` is why they are not saved. */
    using ChoiceAsker = std::function<Choice(const QString &error)>;
    /** Asks where to save the review; an empty string cancels. */
    using PathAsker = std::function<QString(const QString &suggested)>;

    UnsavedReviewGuard(ReviewDocument *document, QWidget *window);

    /** True when the open report may be closed: nothing unsaved, saved elsewhere, or discarded. */
    bool confirmClose();
    /** File ▸ Save Review As…: asks for a path and saves there (and from now on there). */
    bool saveReviewAs();
    /** Saves to `path`; a failure is shown to the reviewer. */
    bool saveReviewTo(const QString &path);

    /** Tests answer the questions without dialogs. */
    void setChoiceAsker(ChoiceAsker asker) { m_askChoice = std::move(asker); }
    void setPathAsker(PathAsker asker) { m_askPath = std::move(asker); }

private:
    void onUnsavedChanged(bool unsaved);
    Choice askChoice(const QString &error);
    QString askPath(const QString &suggested);
    void showError(const QString &title, const QString &text);

    ReviewDocument *m_document;
    QWidget *m_window;
    QPointer<QMessageBox> m_notice;
    ChoiceAsker m_askChoice;
    PathAsker m_askPath;
};

} // namespace gk
