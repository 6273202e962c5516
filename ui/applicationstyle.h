#pragma once

#include <QProxyStyle>

class QFormLayout;

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

/** How much room a form gives its rows: roomy in dialogs, compact inside cards. */
enum class FormSpacing { Roomy, Compact };

/** A form as Tradewind lays out fields: right-aligned labels beside fields that grow, no outer margins. */
QFormLayout *newFormLayout(FormSpacing spacing = FormSpacing::Roomy, QWidget *parent = nullptr);

} // namespace Tradewind
