#include "notedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace gk {

NoteDialog::NoteDialog(const QString &cellName, const QString &note, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Note on %1").arg(cellName));
    auto *label = new QLabel(tr("Why is this value corrected or kept? (Ctrl+Enter to confirm)"), this);
    label->setWordWrap(true);
    m_editor = new QPlainTextEdit(note, this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setTabChangesFocus(true); // a note has no use for tab characters; Tab reaches the buttons
    label->setBuddy(m_editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &QDialog::accept);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    resize(460, 240);
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
}

QString NoteDialog::note() const
{
    return m_editor->toPlainText().trimmed();
}

} // namespace gk
