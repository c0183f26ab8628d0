#include "helpdialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gk {

RulesDialog::RulesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Rules Reference — gkreview"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("rulesBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(rulesMarkdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 640);
}

QString RulesDialog::rulesMarkdown()
{
    QFile file(QStringLiteral(":/docs/rules.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The rules reference is not built into this program.");
    return QString::fromUtf8(file.readAll());
}

namespace {

void collect(QMenu *menu, const QString &path, QList<QPair<QString, QString>> *rows)
{
    for (QAction *action : menu->actions()) {
        const QString name = QString(action->text()).remove(QLatin1Char('&'));
        if (action->menu()) {
            collect(action->menu(), path + name + QStringLiteral(" › "), rows);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            if (!text.isEmpty() && !keys.contains(text))
                keys.append(text);
        }
        rows->append({path + name, keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts(QMainWindow *window)
{
    QList<QPair<QString, QString>> rows;
    for (QAction *action : window->menuBar()->actions()) {
        if (QMenu *menu = action->menu())
            collect(menu, QString(action->text()).remove(QLatin1Char('&')) + QStringLiteral(" › "), &rows);
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts — gkreview"));
    // Read from the menus, so the list is never out of step with the keys the window has.
    const QList<QPair<QString, QString>> rows = shortcuts(window);
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *note = new QLabel(tr("In a table: Tab moves between cells, typing starts an edit. Over the page view: "
                               "Ctrl+wheel zooms. In the find bar: Enter / Shift+Enter go to the next / previous match, "
                               "Esc closes it."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(620, 600);
}

QString AboutBox::text()
{
    return tr("<h3>gkreview %1</h3>"
              "<p>Reviews Chinese government information-disclosure annual reports (政府信息公开工作年度报告): "
              "rebuilds their statistics tables from text, web pages, Word documents and PDFs, checks every "
              "勾稽关系 and compliance rule, and keeps the reviewer's corrections beside the report.</p>"
              "<p>Built with Qt %2 (running on %3), ICU, Poppler and libxlsxwriter.</p>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About gkreview"), text());
}

} // namespace gk
