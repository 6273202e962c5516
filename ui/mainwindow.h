#pragma once

#include <QMainWindow>
#include <QUrl>

namespace Tradewind {

/** The client's main window. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QUrl &serverUrl, QWidget *parent = nullptr);
};

} // namespace Tradewind
