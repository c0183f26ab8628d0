#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace gk {

namespace {
const QLatin1String key("recentFiles");
const QLatin1String pagesKey("recentPageImages");
const QLatin1String pagesFilesKey("files");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    m_files = settings.value(key).toStringList();
    const int sets = settings.beginReadArray(pagesKey);
    for (int i = 0; i < sets; ++i) {
        settings.setArrayIndex(i);
        const QStringList pages = settings.value(pagesFilesKey).toStringList();
        if (pages.size() > 1 && m_files.contains(pages.constFirst()))
            m_pages.insert(pages.constFirst(), pages);
    }
    settings.endArray();
}

QStringList RecentFiles::filesOf(const QString &entry) const
{
    return m_pages.value(entry, QStringList{entry});
}

QString RecentFiles::title(const QString &entry) const
{
    const QStringList pages = filesOf(entry);
    if (pages.size() == 1)
        return QFileInfo(entry).fileName();
    return tr("%1 … %2 (%n page images)", "", int(pages.size()))
        .arg(QFileInfo(pages.constFirst()).fileName(), QFileInfo(pages.constLast()).fileName());
}

void RecentFiles::add(const QStringList &filePaths)
{
    if (filePaths.isEmpty())
        return;
    QStringList paths;
    for (const QString &filePath : filePaths)
        paths.append(QFileInfo(filePath).absoluteFilePath());
    const QString entry = paths.constFirst();
    m_files.removeAll(entry);
    m_files.prepend(entry);
    if (paths.size() > 1)
        m_pages.insert(entry, paths);
    else
        m_pages.remove(entry);
    while (m_files.size() > maximum)
        m_pages.remove(m_files.takeLast());
    store();
}

void RecentFiles::remove(const QString &entry)
{
    m_pages.remove(entry);
    if (m_files.removeAll(entry) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    m_pages.clear();
    store();
}

void RecentFiles::store()
{
    QSettings settings;
    settings.setValue(key, m_files);
    // In the order of the list (not of the hash), so the settings file reads the same every time.
    settings.remove(pagesKey);
    settings.beginWriteArray(pagesKey);
    int index = 0;
    for (const QString &entry : std::as_const(m_files)) {
        if (!m_pages.contains(entry))
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(pagesFilesKey, m_pages.value(entry));
    }
    settings.endArray();
    Q_EMIT changed();
}

} // namespace gk
