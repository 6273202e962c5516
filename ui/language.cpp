#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tradewind::Language {

namespace {

const QString settingKey = u"ui/language"_s;

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QString configured()
{
    return QSettings().value(settingKey).toString();
}

void setConfigured(const QString &language)
{
    QSettings().setValue(settingKey, language);
}

bool apply(const QLocale &locale)
{
    QLocale::setDefault(locale);
    for (auto *slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    auto application = std::make_unique<QTranslator>();
    if (!application->load(locale, u"tradewind"_s, u"_"_s, u":/i18n"_s))
        return false;
    QCoreApplication::installTranslator(application.get());
    appTranslator() = std::move(application);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return true;
}

} // namespace Tradewind::Language
