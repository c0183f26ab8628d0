#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace gk {

namespace {
const QLatin1String key("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_files(QSettings().value(key).toStringList())
{
}

void RecentFiles::add(const QString &filePath)
{
    const QString path = QFileInfo(filePath).absoluteFilePath();
    m_files.removeAll(path);
    m_files.prepend(path);
    while (m_files.size() > maximum)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &filePath)
{
    if (m_files.removeAll(filePath) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    QSettings().setValue(key, m_files);
    Q_EMIT changed();
}

} // namespace gk
