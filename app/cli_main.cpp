#include "clicommands.h"
#include "pdfreader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gkreview-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    gk::registerPdfReader();
    gk::CliCommands commands(out, err);
    return commands.run(QCoreApplication::arguments());
}
