#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace gk {

/** The sub-commands of gkreview-cli; each returns the process exit code. */
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(gk::CliCommands)
public:
    CliCommands(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);
    int extract(const QString &filePath);
    int check(const QStringList &filePaths);
    int usage();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace gk
