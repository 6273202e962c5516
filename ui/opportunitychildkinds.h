#pragma once

#include "childkind.h"

#include <QCoreApplication>

namespace Tradewind {

/**
 * The sub-records of an opportunity as the card shows them — requested parts, contacts, follow-up records,
 * tracking plans, competitor records, tenders, won records, salesperson changes and advice — described once each for
 * ChildRecordsTab and ChildRecordDialog. Built on demand so that every text is in the current language.
 */
class OpportunityChildKinds
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityChildKinds)

public:
    static ChildKind contacts();
    static ChildKind followUps();
    static ChildKind plans();
    static ChildKind competitors();
    static ChildKind tenders();
    static ChildKind wins();
    static ChildKind ownerChanges();
    static ChildKind advice();
    /** The part lines a spare-parts customer asks for (spare-parts opportunities only). */
    static ChildKind requestedParts();
    /** All of them, in the order of the card's tabs. */
    static QList<ChildKind> all();
};

} // namespace Tradewind
