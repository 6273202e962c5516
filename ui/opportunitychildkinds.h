#pragma once

#include "childkind.h"

#include <QCoreApplication>

namespace Tradewind {

/**
 * The sub-records of an opportunity as the card shows them — contacts, follow-up records, tracking plans,
 * competitor records, tenders, won records, salesperson changes and advice — described once each for
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
    /** All of them, in the order of the card's tabs. */
    static QList<ChildKind> all();
};

} // namespace Tradewind
