// The users read Chinese: every string the client shows must have a finished zh_CN translation.

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; ///< "", "unfinished", "vanished", "obsolete"
    bool plural = false;
    QStringList numerusForms;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            current = Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}};
        } else if (xml.name() == u"source"_s) {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.plural)
                current.translation = xml.readElementText();
            else {
                while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                        current.numerusForms.append(xml.readElementText());
                }
            }
            messages.append(current);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

/** Merges the current sources into a copy of a committed .ts file and lists what is not finished. */
QStringList problemsAfterUpdate(const QString &tsName, const QStringList &extraOptions, qsizetype *messageCount)
{
    const QString committed = QStringLiteral(SOURCE_DIR) + u"/translations/"_s + tsName;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fresh = dir.filePath(u"fresh.ts"_s);
    REQUIRE(QFile::copy(committed, fresh));
    QFile::setPermissions(fresh, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // lupdate merges the current sources into a copy: anything new arrives unfinished, anything gone vanishes.
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), QStringList{u"-locations"_s, u"none"_s, u"-no-obsolete"_s}
                                                          + extraOptions
                                                          + QStringList{QStringLiteral(SOURCE_DIR) + u"/ui"_s, u"-ts"_s, fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    const QList<Message> messages = readTs(fresh);
    *messageCount = messages.size();
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + u": \""_s + message.source + u'"';
        if (message.type == u"unfinished"_s)
            problems.append(u"untranslated "_s + where);
        else if (message.type == u"vanished"_s || message.type == u"obsolete"_s)
            problems.append(u"no longer in the sources "_s + where);
        else if (!message.plural && message.translation.trimmed().isEmpty())
            problems.append(u"empty translation "_s + where);
        else if (message.plural && (message.numerusForms.isEmpty() || message.numerusForms.first().isEmpty()))
            problems.append(u"empty plural translation "_s + where);
    }
    // The committed file must already be what lupdate produces: nothing left to merge.
    if (readTs(committed).size() != messages.size())
        problems.append(u"%1 is not up to date with the sources: run lupdate"_s.arg(tsName));
    return problems;
}

} // namespace

TEST_CASE("The zh_CN translation is complete and up to date with the sources")
{
    qsizetype count = 0;
    const QStringList problems = problemsAfterUpdate(u"tradewind_zh_CN.ts"_s, {}, &count);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(count > 200);
}

TEST_CASE("The English plural forms are complete")
{
    qsizetype count = 0;
    const QStringList problems = problemsAfterUpdate(u"tradewind_en.ts"_s, {u"-pluralonly"_s}, &count);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(count > 3);
}
