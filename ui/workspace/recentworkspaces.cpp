#include "recentworkspaces.h"

#include <QDir>
#include <QSettings>

namespace gk {

namespace {
const QLatin1String key("recentWorkspaces");
}

RecentWorkspaces::RecentWorkspaces(QObject *parent)
    : QObject(parent)
    , m_folders(QSettings().value(key).toStringList())
{
}

void RecentWorkspaces::add(const QString &folder)
{
    const QString path = QDir(folder).absolutePath();
    m_folders.removeAll(path);
    m_folders.prepend(path);
    while (m_folders.size() > maximum)
        m_folders.removeLast();
    store();
}

void RecentWorkspaces::remove(const QString &folder)
{
    if (m_folders.removeAll(folder) > 0)
        store();
}

void RecentWorkspaces::store()
{
    QSettings().setValue(key, m_folders);
    Q_EMIT changed();
}

} // namespace gk
