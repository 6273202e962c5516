#include "applicationstyle.h"

#include <QFormLayout>

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

QFormLayout *newFormLayout(FormSpacing spacing, QWidget *parent)
{
    auto *layout = new QFormLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const bool roomy = spacing == FormSpacing::Roomy;
    layout->setHorizontalSpacing(roomy ? 12 : 10);
    layout->setVerticalSpacing(roomy ? 10 : 8);
    return layout;
}

} // namespace Tradewind
