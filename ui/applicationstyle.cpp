#include "applicationstyle.h"

#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Tradewind {

ApplicationStyle::ApplicationStyle()
    : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
{
}

int ApplicationStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                                QStyleHintReturn *returnData) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

int ApplicationStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    if (metric == PM_ButtonMargin)
        return QProxyStyle::pixelMetric(metric, option, widget) + 8;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace Tradewind
