#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gkreview"));
    QApplication::setOrganizationName(QStringLiteral("gkreview"));
    gk::MainWindow window;
    window.show();
    return app.exec();
}
