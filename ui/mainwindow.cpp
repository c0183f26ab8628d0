#include "mainwindow.h"

#include <QLabel>

namespace gk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("gkreview"));
    setCentralWidget(new QLabel(tr("Open a report to review it."), this));
    resize(1280, 760);
}

} // namespace gk
