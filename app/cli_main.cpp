#include "clicommands.h"
#include "i18n/translations.h"
#include "pdfreader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

/** Takes "--lang X" or "--lang=X" out of the arguments; returns X (empty: the system's language). */
QString takeLanguage(QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gkreview-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    QStringList arguments = QCoreApplication::arguments();
    QString error;
    if (!gk::Translations::install(takeLanguage(arguments), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    gk::registerPdfReader();
    gk::CliCommands commands(out, err);
    return commands.run(arguments);
}
