#pragma once

#include <QCoreApplication>
#include <QDialog>

class QTextBrowser;
class QMainWindow;

namespace gk {

/**
 * Help ▸ Rules Reference: docs/rules.md (every rule, 中文 and English), built into the program, in a
 * window of its own that can stay open beside the review.
 */
class RulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RulesDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    /** The rules reference as built in (Markdown). */
    static QString rulesMarkdown();

private:
    QTextBrowser *m_browser = nullptr;
};

/** Help ▸ Keyboard Shortcuts: every action of the window's menus that has a key, read from the menus. */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window);
    /** The rows shown: menu path › action, and its keys. */
    static QList<QPair<QString, QString>> shortcuts(QMainWindow *window);
};

/** Help ▸ About. */
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(gk::AboutBox)
public:
    static QString text();
    static void show(QWidget *parent);
};

} // namespace gk
