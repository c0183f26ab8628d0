#include "unsavedreviewguard.h"

#include "reviewdocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace gk {

UnsavedReviewGuard::UnsavedReviewGuard(ReviewDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    connect(document->store(), &ReviewStore::unsavedChanged, this, &UnsavedReviewGuard::onUnsavedChanged);
}

void UnsavedReviewGuard::onUnsavedChanged(bool unsaved)
{
    if (!unsaved) {
        if (m_notice)
            m_notice->close();
        return;
    }
    showError(tr("Review not saved"),
              tr("The review could not be saved:\n%1\n\nYour corrections are kept and saved again as soon as "
                 "this works; File ▸ Save Review As… saves them elsewhere.")
                  .arg(m_document->store()->lastError()));
}

void UnsavedReviewGuard::showError(const QString &title, const QString &text)
{
    // Never exec(): a modal loop would stop a scripted run (and every edit) until someone clicks.
    if (!m_notice) {
        m_notice = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
        m_notice->setObjectName(QStringLiteral("saveErrorNotice"));
        m_notice->setAttribute(Qt::WA_DeleteOnClose);
        m_notice->setWindowModality(Qt::NonModal);
    } else {
        m_notice->setWindowTitle(title);
        m_notice->setText(text);
    }
    m_notice->show();
}

bool UnsavedReviewGuard::confirmClose()
{
    ReviewStore *store = m_document->store();
    while (store->isAttached() && store->hasUnsavedChanges()) {
        switch (askChoice(store->lastError())) {
        case Choice::Cancel:
            return false;
        case Choice::Discard:
            return true;
        case Choice::SaveElsewhere:
            saveReviewAs(); // asked again while it did not work
            break;
        }
    }
    return true;
}

bool UnsavedReviewGuard::saveReviewAs()
{
    if (!m_document->store()->isAttached())
        return false;
    const QString suggested = QDir::home().filePath(QFileInfo(m_document->store()->reviewPath()).fileName());
    const QString path = askPath(suggested);
    return !path.isEmpty() && saveReviewTo(path);
}

bool UnsavedReviewGuard::saveReviewTo(const QString &path)
{
    QString error;
    if (m_document->store()->saveAs(path, &error))
        return true;
    showError(tr("Review not saved"), tr("The review could not be saved:\n%1").arg(error));
    return false;
}

UnsavedReviewGuard::Choice UnsavedReviewGuard::askChoice(const QString &error)
{
    if (m_askChoice)
        return m_askChoice(error);
    QMessageBox box(QMessageBox::Warning, tr("Unsaved corrections"),
                    tr("The corrections to %1 could not be saved:\n%2\n\nSave the review elsewhere, or "
                       "discard the corrections made since the last save?")
                        .arg(m_document->report().fileName, error),
                    QMessageBox::NoButton, m_window);
    QPushButton *save = box.addButton(tr("Save Review As…"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save)
        return Choice::SaveElsewhere;
    if (box.clickedButton() == discard)
        return Choice::Discard;
    return Choice::Cancel;
}

QString UnsavedReviewGuard::askPath(const QString &suggested)
{
    if (m_askPath)
        return m_askPath(suggested);
    return QFileDialog::getSaveFileName(m_window, tr("Save Review As"), suggested,
                                        tr("Reviews (*.gkreview.json *.json);;All files (*)"));
}

} // namespace gk
