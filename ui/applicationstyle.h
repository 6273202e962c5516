#pragma once

#include <QProxyStyle>

namespace Tradewind {

/**
 * Fusion, the same on every desktop, with Tradewind's few adjustments: no icons on dialog buttons
 * (only some buttons would get one) and roomier push buttons so Chinese labels do not touch the frame.
 */
class ApplicationStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ApplicationStyle();

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};

} // namespace Tradewind
