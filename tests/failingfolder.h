// A folder whose writes can be made to fail on demand, the way they fail for a reviewer:
//  - Full: a 256 KB tmpfs mounted on it (root, or a user namespace where the test runs), filled up;
//  - FileSizeLimit: RLIMIT_FSIZE lowered in this process, so a write past a few bytes fails (EFBIG),
//    for machines where nothing can be mounted;
//  - ReadOnly: the tmpfs remounted read-only, or the folder's write permission removed (not root).
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

class FailingFolder
{
public:
    enum Mode { Full, FileSizeLimit, ReadOnly };

    explicit FailingFolder(Mode mode)
        : m_mode(mode)
    {
    }
    ~FailingFolder()
    {
        recover();
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    FailingFolder(const FailingFolder &) = delete;
    FailingFolder &operator=(const FailingFolder &) = delete;

    /** False with `why` when this machine cannot make such a folder (the test is then skipped). */
    bool setUp(QString *why)
    {
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        if (m_mode == Full || (m_mode == ReadOnly && ::geteuid() == 0)) {
            if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, "size=256k") != 0) {
                *why = QStringLiteral("cannot mount a tmpfs here (not root): covered by the file-size-limit case");
                return false;
            }
            m_mounted = true;
        }
        return true;
    }

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /** From now on writes in the folder fail. */
    void fail()
    {
        switch (m_mode) {
        case Full: {
            QFile filler(filePath(QStringLiteral("filler")));
            if (filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
                const QByteArray block(4096, 'x');
                while (filler.write(block) > 0) {
                }
                // Byte by byte, so that not even a short write fits.
                while (filler.write("x", 1) > 0) {
                }
            }
            break;
        }
        case FileSizeLimit:
            std::signal(SIGXFSZ, SIG_IGN);
            ::getrlimit(RLIMIT_FSIZE, &m_savedLimit);
            {
                rlimit limit = m_savedLimit;
                limit.rlim_cur = 64;
                ::setrlimit(RLIMIT_FSIZE, &limit);
            }
            break;
        case ReadOnly:
            if (m_mounted)
                ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                        "size=256k");
            else
                QFile::setPermissions(path(), QFile::ReadOwner | QFile::ExeOwner);
            break;
        }
        m_failing = true;
    }

    /** Space returns, the limit is lifted, the folder is writable again. */
    void recover()
    {
        if (!m_failing)
            return;
        m_failing = false;
        switch (m_mode) {
        case Full:
            QFile::remove(filePath(QStringLiteral("filler")));
            break;
        case FileSizeLimit:
            ::setrlimit(RLIMIT_FSIZE, &m_savedLimit);
            break;
        case ReadOnly:
            if (m_mounted)
                ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT, "size=256k");
            else
                QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            break;
        }
    }

private:
    Mode m_mode;
    QTemporaryDir m_dir;
    bool m_mounted = false;
    bool m_failing = false;
    rlimit m_savedLimit{};
};

Q_DECLARE_METATYPE(FailingFolder::Mode)
