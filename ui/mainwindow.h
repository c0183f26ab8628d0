#pragma once

#include <QMainWindow>

namespace gk {

/** The review window (placeholder until the review-window issue). */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace gk
