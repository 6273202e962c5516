<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many failed logins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Too many failed logins: this account is locked for %n more minute.</numerusform>
            <numerusform>Too many failed logins: this account is locked for %n more minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::OpportunityDialog</name>
    <message numerus="yes">
        <source>Enter the estimated amount as a plain number, e.g. 1250000.50, with at most %n decimal place(s) for %1.</source>
        <translation>
            <numerusform>Enter the estimated amount as a plain number, e.g. 1250000.50, with at most %n decimal place for %1.</numerusform>
            <numerusform>Enter the estimated amount as a plain number, e.g. 1250000.50, with at most %n decimal places for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::OpportunityListPage</name>
    <message numerus="yes">
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::PartnerCard</name>
    <message numerus="yes">
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::PartnerListPage</name>
    <message numerus="yes">
        <source>%n business partner(s)</source>
        <translation>
            <numerusform>%n business partner</numerusform>
            <numerusform>%n business partners</numerusform>
        </translation>
    </message>
</context>
</TS>
