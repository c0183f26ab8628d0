#pragma once

#include <QObject>
#include <QStringList>

namespace gk {

/** The most recently opened workspace folders, kept in QSettings beside the recent reports. */
class RecentWorkspaces : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentWorkspaces(QObject *parent = nullptr);

    QStringList folders() const { return m_folders; }
    void add(const QString &folder);
    void remove(const QString &folder);

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_folders;
};

} // namespace gk
