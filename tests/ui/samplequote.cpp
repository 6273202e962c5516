// tradewind-sample-quote <out.pdf> [--language en|zh] [--lines N] [--status draft|approved|...] [--currency CODE]
//
// Writes a realistic quotation PDF built locally (no server), for reviewing the printout by eye:
//   tradewind-sample-quote /tmp/quote-en.pdf --lines 60
//   tradewind-sample-quote /tmp/quote-zh.pdf --language zh --status approved
//   pdftoppm -r 60 -png /tmp/quote-en.pdf /tmp/quote-en

#include "quoteprinter.h"
#include "quotesamples.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Tradewind;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a sample Tradewind quotation as PDF."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"output"_s, u"The PDF file to write."_s);
    const QCommandLineOption language(u"language"_s, u"Document language: en or zh (default en)."_s, u"language"_s,
                                      u"en"_s);
    const QCommandLineOption lines(u"lines"_s, u"Number of quote lines (default 60)."_s, u"count"_s, u"60"_s);
    const QCommandLineOption status(u"status"_s, u"Quote status: draft, submitted, approved, won... (default draft)."_s,
                                    u"status"_s, u"draft"_s);
    const QCommandLineOption currency(u"currency"_s, u"ISO currency code (default USD for en, CNY for zh)."_s,
                                      u"code"_s);
    parser.addOptions({language, lines, status, currency});
    parser.process(app);

    QTextStream err(stderr);
    bool linesOk = false;
    const int lineCount = parser.value(lines).toInt(&linesOk);
    const QString documentLanguage = parser.value(language);
    if (parser.positionalArguments().size() != 1 || !linesOk || lineCount < 1 || lineCount > Quote::MaxLines
        || !Quote::languages().contains(documentLanguage) || !Quote::statuses().contains(parser.value(status))) {
        err << parser.helpText();
        return 2;
    }
    QString currencyCode = parser.value(currency).toUpper();
    if (currencyCode.isEmpty())
        currencyCode = documentLanguage == Quote::LanguageChinese ? u"CNY"_s : u"USD"_s;
    if (!Money::isValidCurrencyCode(currencyCode)) {
        err << "Not an ISO currency code: " << currencyCode << '\n';
        return 2;
    }

    const Quote quote = QuoteSamples::quote(documentLanguage, lineCount, parser.value(status), currencyCode);
    QString error;
    if (!QuotePrinting::writePdf(quote, QuoteSamples::company(), parser.positionalArguments().constFirst(), &error)) {
        err << error << '\n';
        return 1;
    }
    return 0;
}
