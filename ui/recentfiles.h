#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace gk {

/**
 * The most recently opened reports, kept in QSettings. An entry is a report's file; a scanned report
 * opened as several page images is listed by its first image and remembers all of them.
 */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    /** The entries, most recent first. */
    QStringList files() const { return m_files; }
    /** The files an entry opens: the entry itself, or every page image of a scan in page order. */
    QStringList filesOf(const QString &entry) const;
    /** How an entry is listed: its file's name, or the first and last page images and their number. */
    QString title(const QString &entry) const;
    void add(const QString &filePath) { add(QStringList{filePath}); }
    /** A report read from these files (one, or the page images of a scan): first of the list now. */
    void add(const QStringList &filePaths);
    void remove(const QString &entry);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_files;
    /** Entry → its page images, for the entries of several files. */
    QHash<QString, QStringList> m_pages;
};

} // namespace gk
