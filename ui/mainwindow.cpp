#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace Tradewind {

MainWindow::MainWindow(const QUrl &serverUrl, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Tradewind"));
    auto *welcome = new QLabel(tr("Tradewind sales management"), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    statusBar()->showMessage(tr("Server: %1").arg(serverUrl.toDisplayString()));
    resize(1024, 700);
}

} // namespace Tradewind
