#pragma once

#include <QObject>
#include <QStringList>

namespace gk {

/** The most recently opened reports, kept in QSettings. */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &filePath);
    void remove(const QString &filePath);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_files;
};

} // namespace gk
