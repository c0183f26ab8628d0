#include "mainwindow.h"
#include "pdfreader.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gkreview"));
    QApplication::setOrganizationName(QStringLiteral("gkreview"));
    gk::registerPdfReader();
    gk::MainWindow window;
    window.show();
    return app.exec();
}
