<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContractChildKinds</name>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stocking line(s)</source>
        <translation>
            <numerusform>%n stocking line</numerusform>
            <numerusform>%n stocking lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s)</source>
        <translation>
            <numerusform>%n change request</numerusform>
            <numerusform>%n change requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many failed logins from this computer: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many failed logins from this computer: wait %n second before trying again.</numerusform>
            <numerusform>Too many failed logins from this computer: wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins from this computer: wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Too many failed logins from this computer: wait %n minute before trying again.</numerusform>
            <numerusform>Too many failed logins from this computer: wait %n minutes before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message numerus="yes">
        <source>%1 has had no follow-up for %n day(s)</source>
        <translation>
            <numerusform>%1 has had no follow-up for %n day</numerusform>
            <numerusform>%1 has had no follow-up for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) has had no follow-up for %n day(s)</source>
        <translation>
            <numerusform>%1 (%2) has had no follow-up for %n day</numerusform>
            <numerusform>%1 (%2) has had no follow-up for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityChildKinds</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up record(s)</source>
        <translation>
            <numerusform>%n follow-up record</numerusform>
            <numerusform>%n follow-up records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking plan(s)</source>
        <translation>
            <numerusform>%n tracking plan</numerusform>
            <numerusform>%n tracking plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competitor record(s)</source>
        <translation>
            <numerusform>%n competitor record</numerusform>
            <numerusform>%n competitor records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tender(s)</source>
        <translation>
            <numerusform>%n tender</numerusform>
            <numerusform>%n tenders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won record(s)</source>
        <translation>
            <numerusform>%n won record</numerusform>
            <numerusform>%n won records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson change record(s)</source>
        <translation>
            <numerusform>%n salesperson change record</numerusform>
            <numerusform>%n salesperson change records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice item(s)</source>
        <translation>
            <numerusform>%n advice item</numerusform>
            <numerusform>%n advice items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part line(s)</source>
        <translation>
            <numerusform>%n part line</numerusform>
            <numerusform>%n part lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::ApprovalsPage</name>
    <message numerus="yes">
        <source>%n item(s) waiting for you</source>
        <translation>
            <numerusform>%n item waiting for you</numerusform>
            <numerusform>%n items waiting for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::ChildRecordDialog</name>
    <message numerus="yes">
        <source>Fill in this field (at most %n character(s)).</source>
        <translation>
            <numerusform>Fill in this field (at most %n character).</numerusform>
            <numerusform>Fill in this field (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s) are allowed here.</source>
        <translation>
            <numerusform>At most %n character is allowed here.</numerusform>
            <numerusform>At most %n characters are allowed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the amount as a plain number, e.g. 1250000.50, with at most %n decimal place(s) for %1.</source>
        <translation>
            <numerusform>Enter the amount as a plain number, e.g. 1250000.50, with at most %n decimal place for %1.</numerusform>
            <numerusform>Enter the amount as a plain number, e.g. 1250000.50, with at most %n decimal places for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::ContractCard</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::ContractListPage</name>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::ContractTermsTab</name>
    <message numerus="yes">
        <source>A contract may have at most %n item(s).</source>
        <translation>
            <numerusform>A contract may have at most %n item.</numerusform>
            <numerusform>A contract may have at most %n items.</numerusform>
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
    <name>Tradewind::MainWindow</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for your decision</source>
        <translation>
            <numerusform>%n item waiting for your decision</numerusform>
            <numerusform>%n items waiting for your decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::NotificationBell</name>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifications: %n unread</numerusform>
            <numerusform>Notifications: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::OpportunityCard</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None yet (opened %n day(s) ago)</source>
        <translation>
            <numerusform>None yet (opened %n day ago)</numerusform>
            <numerusform>None yet (opened %n days ago)</numerusform>
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
    <name>Tradewind::OrgTreeModel</name>
    <message numerus="yes">
        <source>%n open opportunit(y/ies) without a recent follow-up</source>
        <translation>
            <numerusform>%n open opportunity without a recent follow-up</numerusform>
            <numerusform>%n open opportunities without a recent follow-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No follow-up yet (opened %n day(s) ago)</source>
        <translation>
            <numerusform>No follow-up yet (opened %n day ago)</numerusform>
            <numerusform>No follow-up yet (opened %n days ago)</numerusform>
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
<context>
    <name>Tradewind::PlanNodeModel</name>
    <message numerus="yes">
        <source>%n day(s) after %1 on %2</source>
        <translation>
            <numerusform>%n day after %1 on %2</numerusform>
            <numerusform>%n days after %1 on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the planned date %1</source>
        <translation>
            <numerusform>%n day after the planned date %1</numerusform>
            <numerusform>%n days after the planned date %1</numerusform>
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
    <name>Tradewind::QuoteCard</name>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A quote may have at most %n line(s).</source>
        <translation>
            <numerusform>A quote may have at most %n line.</numerusform>
            <numerusform>A quote may have at most %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::QuoteList</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::ReportView</name>
    <message numerus="yes">
        <source>%n group(s), %1</source>
        <translation>
            <numerusform>%n group, %1</numerusform>
            <numerusform>%n groups, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::SettlementPlanTab</name>
    <message numerus="yes">
        <source>The %n node(s) add up to the contract amount, %1.</source>
        <translation>
            <numerusform>The %n node matches the contract amount, %1.</numerusform>
            <numerusform>The %n nodes add up to the contract amount, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::SimilarQuotesDialog</name>
    <message numerus="yes">
        <source>%n shared product(s)</source>
        <translation>
            <numerusform>%n shared product</numerusform>
            <numerusform>%n shared products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n line(s), total %3</source>
        <translation>
            <numerusform>%1 — %2 — %n line, total %3</numerusform>
            <numerusform>%1 — %2 — %n lines, total %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::SupervisorView</name>
    <message numerus="yes">
        <source>Reassign %n opportunities to %1.</source>
        <translation>
            <numerusform>Reassign %n opportunity to %1.</numerusform>
            <numerusform>Reassign %n opportunities to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
