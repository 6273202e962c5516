#pragma once

#include <QMainWindow>

namespace Tradewind {

/** The client's main window. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Tradewind
