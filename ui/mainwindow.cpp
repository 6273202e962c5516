#include "mainwindow.h"

#include <QLabel>

namespace Tradewind {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Tradewind"));
    auto *welcome = new QLabel(tr("Tradewind sales management"), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    resize(1024, 700);
}

} // namespace Tradewind
