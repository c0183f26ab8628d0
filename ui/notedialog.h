#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace gk {

/**
 * A note on a cell: several lines of text, confirmed with Ctrl+Enter or the OK button (Tab leaves the
 * text for the buttons, as in any dialog), Esc cancels.
 */
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &cellName, const QString &note, QWidget *parent = nullptr);

    QString note() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor = nullptr;
};

} // namespace gk
