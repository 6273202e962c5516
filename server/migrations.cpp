// The schema, versioned in code: each migration is applied once, in order, inside one transaction,
// and recorded in schema_migrations. Never edit a released migration; add a new one.

#include "database.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

/**
 * Migration 7's trigram search index over columns of table (see TextSearch): the FTS5 table, its vocabulary,
 * the triggers that keep it and its first filling. Frozen with migration 7.
 */
QStringList searchIndexStatements(const QString &table, const QString &index, const QStringList &columns)
{
    const auto indexed = [&columns](const QString &row) {
        QStringList texts;
        for (const QString &column : columns)
            texts.append(u"lower(%1.%2) || char(1, 1)"_s.arg(row, column));
        return texts.join(u", "_s);
    };
    const QString names = columns.join(u", "_s);
    const QString remove = u"INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.id, %3);"_s.arg(index, names, indexed(u"old"_s));
    const QString add = u"INSERT INTO %1 (rowid, %2) VALUES (new.id, %3);"_s.arg(index, names, indexed(u"new"_s));
    QStringList changed;
    for (const QString &column : columns)
        changed.append(u"new.%1 IS NOT old.%1"_s.arg(column));
    return {
        u"CREATE VIRTUAL TABLE %1 USING fts5(%2, tokenize = 'trigram case_sensitive 1', content = '', columnsize = 0)"_s
            .arg(index, names),
        u"CREATE VIRTUAL TABLE %1_terms USING fts5vocab(%1, 'row')"_s.arg(index),
        u"CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END"_s.arg(index, table, add),
        u"CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END"_s.arg(index, table, remove),
        u"CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5 %6 END"_s
            .arg(index, names, table, changed.join(u" OR "_s), remove, add),
        u"INSERT INTO %1 (rowid, %2) SELECT id, %3 FROM %4"_s.arg(index, names, indexed(table), table),
    };
}

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "organisation, sessions, partners, opportunities, audit",
         {
             uR"(CREATE TABLE departments (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    parent_id INTEGER REFERENCES departments(id)))"_s,
             uR"(CREATE TABLE employees (
                    id INTEGER PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    department_id INTEGER REFERENCES departments(id),
                    supervisor_id INTEGER REFERENCES employees(id),
                    roles TEXT NOT NULL DEFAULT '',
                    email TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    password_hash TEXT,
                    active INTEGER NOT NULL DEFAULT 1,
                    failed_logins INTEGER NOT NULL DEFAULT 0,
                    locked_until TEXT,
                    version INTEGER NOT NULL DEFAULT 1))"_s,
             u"CREATE INDEX employees_supervisor ON employees(supervisor_id)"_s,
             // Closure table of the supervisor chain: one row per (ancestor, descendant), depth 0 for
             // oneself. Visibility is one indexed sub-select on it instead of a walk of the tree.
             uR"(CREATE TABLE employee_tree (
                    ancestor_id INTEGER NOT NULL REFERENCES employees(id),
                    descendant_id INTEGER NOT NULL REFERENCES employees(id),
                    depth INTEGER NOT NULL,
                    PRIMARY KEY (ancestor_id, descendant_id)) WITHOUT ROWID)"_s,
             u"CREATE INDEX employee_tree_descendant ON employee_tree(descendant_id, depth)"_s,
             uR"(CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY,
                    employee_id INTEGER NOT NULL REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    last_seen_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE partners (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    classes TEXT NOT NULL,
                    country TEXT NOT NULL DEFAULT '',
                    city TEXT NOT NULL DEFAULT '',
                    address TEXT NOT NULL DEFAULT '',
                    industry TEXT NOT NULL DEFAULT '',
                    credit_days INTEGER NOT NULL DEFAULT 0,
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX partners_name_key ON partners(name_key)"_s,
             u"CREATE INDEX partners_name ON partners(name COLLATE NOCASE)"_s,
             uR"(CREATE TABLE partner_contacts (
                    id INTEGER PRIMARY KEY,
                    partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    title TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    email TEXT NOT NULL DEFAULT '',
                    is_primary INTEGER NOT NULL DEFAULT 0))"_s,
             u"CREATE INDEX partner_contacts_partner ON partner_contacts(partner_id, position)"_s,
             uR"(CREATE TABLE opportunities (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('system', 'spare_parts')),
                    customer_id INTEGER NOT NULL REFERENCES partners(id),
                    title TEXT NOT NULL,
                    source TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    amount_minor INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    expected_close TEXT,
                    owner_id INTEGER NOT NULL REFERENCES employees(id),
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX opportunities_owner_updated ON opportunities(owner_id, updated_at)"_s,
             u"CREATE INDEX opportunities_updated ON opportunities(updated_at)"_s,
             u"CREATE INDEX opportunities_customer ON opportunities(customer_id)"_s,
             uR"(CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    employee_id INTEGER REFERENCES employees(id),
                    entity TEXT NOT NULL,
                    row_id INTEGER NOT NULL,
                    action TEXT NOT NULL,
                    changes TEXT NOT NULL))"_s,
             u"CREATE INDEX audit_log_row ON audit_log(entity, row_id)"_s,
             uR"(CREATE TABLE settings (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL))"_s,
         }},
        {2, "opportunity card: lock keys, sub-records, owner changes, advice, notifications",
         {
             // The lock: normalised customer + project title (system) or customer + part family (spare parts).
             u"ALTER TABLE opportunities ADD COLUMN part_family TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE opportunities ADD COLUMN lock_key TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE opportunities ADD COLUMN locked_at TEXT"_s,
             // Kept by the server whenever follow-ups change, so "stale" is one indexed comparison.
             u"ALTER TABLE opportunities ADD COLUMN last_follow_up_on TEXT"_s,
             u"CREATE INDEX opportunities_lock ON opportunities(lock_key)"_s,
             u"CREATE INDEX opportunities_owner_follow_up ON opportunities(owner_id, last_follow_up_on)"_s,
             uR"(CREATE TABLE opportunity_contacts (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    contact_id INTEGER NOT NULL REFERENCES partner_contacts(id),
                    role TEXT NOT NULL DEFAULT '',
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE follow_ups (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    happened_on TEXT NOT NULL,
                    way TEXT NOT NULL CHECK (way IN ('visit', 'call', 'email', 'meeting')),
                    content TEXT NOT NULL,
                    next_step TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE tracking_plans (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    planned_on TEXT NOT NULL,
                    action TEXT NOT NULL,
                    remind_at TEXT,
                    done INTEGER NOT NULL DEFAULT 0,
                    reminded INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX tracking_plans_due ON tracking_plans(reminded, remind_at)"_s,
             uR"(CREATE TABLE competitor_records (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    competitor_id INTEGER NOT NULL REFERENCES partners(id),
                    product TEXT NOT NULL DEFAULT '',
                    price_level TEXT NOT NULL DEFAULT '',
                    strengths TEXT NOT NULL DEFAULT '',
                    weaknesses TEXT NOT NULL DEFAULT '',
                    threat TEXT NOT NULL DEFAULT 'medium' CHECK (threat IN ('low', 'medium', 'high')),
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE tenders (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    tender_number TEXT NOT NULL,
                    issuing_body TEXT NOT NULL DEFAULT '',
                    deadline TEXT,
                    bond_minor INTEGER,
                    bond_currency TEXT,
                    bond_status TEXT NOT NULL DEFAULT 'none',
                    bid_minor INTEGER,
                    bid_currency TEXT,
                    result TEXT NOT NULL DEFAULT 'pending',
                    documents_note TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE wins (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    won_on TEXT NOT NULL,
                    amount_minor INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    quote_id INTEGER,
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE owner_changes (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    from_id INTEGER NOT NULL REFERENCES employees(id),
                    to_id INTEGER NOT NULL REFERENCES employees(id),
                    by_id INTEGER NOT NULL REFERENCES employees(id),
                    at TEXT NOT NULL,
                    reason TEXT NOT NULL))"_s,
             uR"(CREATE TABLE advice (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    author_id INTEGER NOT NULL REFERENCES employees(id),
                    reply_to INTEGER REFERENCES advice(id),
                    text TEXT NOT NULL,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             // One index per child table on its parent: every child read joins through the parent's visibility.
             u"CREATE INDEX opportunity_contacts_parent ON opportunity_contacts(opportunity_id)"_s,
             u"CREATE INDEX follow_ups_parent ON follow_ups(opportunity_id, happened_on)"_s,
             u"CREATE INDEX tracking_plans_parent ON tracking_plans(opportunity_id)"_s,
             u"CREATE INDEX competitor_records_parent ON competitor_records(opportunity_id)"_s,
             u"CREATE INDEX tenders_parent ON tenders(opportunity_id)"_s,
             u"CREATE INDEX wins_parent ON wins(opportunity_id)"_s,
             u"CREATE INDEX owner_changes_parent ON owner_changes(opportunity_id)"_s,
             u"CREATE INDEX advice_parent ON advice(opportunity_id)"_s,
             uR"(CREATE TABLE notifications (
                    id INTEGER PRIMARY KEY,
                    employee_id INTEGER NOT NULL REFERENCES employees(id),
                    kind TEXT NOT NULL,
                    opportunity_id INTEGER REFERENCES opportunities(id),
                    details TEXT NOT NULL DEFAULT '{}',
                    dedupe_key TEXT,
                    created_at TEXT NOT NULL,
                    read_at TEXT))"_s,
             u"CREATE INDEX notifications_inbox ON notifications(employee_id, read_at, created_at)"_s,
             u"CREATE UNIQUE INDEX notifications_dedupe ON notifications(employee_id, dedupe_key)"_s,
         }},
        {3, "org tree counts: open and stale opportunities per owner from one covering index",
         {
             // Everything the open/stale count reads, so the director's tree over the whole company is an
             // index scan instead of a table scan (14x faster at 200,000 opportunities).
             u"CREATE INDEX opportunities_owner_open ON opportunities(owner_id, stage, kind, last_follow_up_on, created_at)"_s,
         }},
        {4, "drop the owner/follow-up index that opportunities_owner_open supersedes",
         {
             // Left in place, it competes with opportunities_owner_updated for the list's default sort.
             u"DROP INDEX opportunities_owner_follow_up"_s,
         }},
        {5, "quotes: product catalogue, requested parts, quotes with lines, approvals, number sequences",
         {
             uR"(CREATE TABLE products (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    name_en TEXT NOT NULL DEFAULT '',
                    name_zh TEXT NOT NULL DEFAULT '',
                    specification TEXT NOT NULL DEFAULT '',
                    unit TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('system', 'spare_part', 'service')),
                    part_family TEXT NOT NULL DEFAULT '',
                    active INTEGER NOT NULL DEFAULT 1))"_s,
             uR"(CREATE TABLE product_prices (
                    product_id INTEGER NOT NULL REFERENCES products(id),
                    currency TEXT NOT NULL,
                    price_minor INTEGER NOT NULL,
                    PRIMARY KEY (product_id, currency)) WITHOUT ROWID)"_s,
             uR"(CREATE TABLE requested_parts (
                    id INTEGER PRIMARY KEY,
                    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
                    product_id INTEGER NOT NULL REFERENCES products(id),
                    quantity INTEGER NOT NULL CHECK (quantity > 0),
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX requested_parts_parent ON requested_parts(opportunity_id)"_s,
             // One row per revision; the revisions of one quote share number and family_id (the id of revision A).
             // Totals are recomputed from the lines on every write and stored for lists and statistics.
             uR"(CREATE TABLE quotes (
                    id INTEGER PRIMARY KEY,
                    number TEXT NOT NULL,
                    revision INTEGER NOT NULL,
                    family_id INTEGER NOT NULL,
                    superseded_by_id INTEGER REFERENCES quotes(id),
                    status TEXT NOT NULL
                        CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'won', 'lost')),
                    opportunity_id INTEGER REFERENCES opportunities(id),
                    customer_id INTEGER NOT NULL REFERENCES partners(id),
                    contact_id INTEGER REFERENCES partner_contacts(id),
                    owner_id INTEGER NOT NULL REFERENCES employees(id),
                    title TEXT NOT NULL DEFAULT '',
                    currency TEXT NOT NULL,
                    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
                    quote_date TEXT NOT NULL,
                    valid_until TEXT NOT NULL,
                    incoterm TEXT NOT NULL,
                    delivery_place TEXT NOT NULL DEFAULT '',
                    payment_terms TEXT NOT NULL DEFAULT '',
                    lead_time TEXT NOT NULL DEFAULT '',
                    notes TEXT NOT NULL DEFAULT '',
                    language TEXT NOT NULL,
                    list_total_minor INTEGER NOT NULL DEFAULT 0,
                    subtotal_minor INTEGER NOT NULL DEFAULT 0,
                    tax_minor INTEGER NOT NULL DEFAULT 0,
                    total_minor INTEGER NOT NULL DEFAULT 0,
                    max_discount_bp INTEGER NOT NULL DEFAULT 0,
                    lost_reason TEXT NOT NULL DEFAULT '',
                    won_on TEXT,
                    lost_on TEXT,
                    submitted_at TEXT,
                    decided_at TEXT,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    UNIQUE (number, revision)))"_s,
             u"CREATE INDEX quotes_updated ON quotes(updated_at)"_s,
             u"CREATE INDEX quotes_owner_updated ON quotes(owner_id, updated_at)"_s,
             u"CREATE INDEX quotes_family ON quotes(family_id, revision)"_s,
             u"CREATE INDEX quotes_opportunity ON quotes(opportunity_id, status)"_s,
             u"CREATE INDEX quotes_customer ON quotes(customer_id)"_s,
             // A partner's contact named on a quote is kept (partner edits look it up).
             u"CREATE INDEX quotes_contact ON quotes(contact_id)"_s,
             uR"(CREATE TABLE quote_lines (
                    id INTEGER PRIMARY KEY,
                    quote_id INTEGER NOT NULL REFERENCES quotes(id),
                    position INTEGER NOT NULL,
                    product_id INTEGER REFERENCES products(id),
                    product_code TEXT NOT NULL DEFAULT '',
                    name_en TEXT NOT NULL DEFAULT '',
                    name_zh TEXT NOT NULL DEFAULT '',
                    specification TEXT NOT NULL DEFAULT '',
                    quantity INTEGER NOT NULL,
                    unit TEXT NOT NULL,
                    unit_price_minor INTEGER NOT NULL,
                    discount_bp INTEGER NOT NULL DEFAULT 0,
                    line_total_minor INTEGER NOT NULL))"_s,
             u"CREATE INDEX quote_lines_quote ON quote_lines(quote_id, position)"_s,
             // Similar-quote search counts shared product codes.
             u"CREATE INDEX quote_lines_product ON quote_lines(product_code, quote_id)"_s,
             uR"(CREATE TABLE quote_approvals (
                    id INTEGER PRIMARY KEY,
                    quote_id INTEGER NOT NULL REFERENCES quotes(id),
                    level INTEGER NOT NULL,
                    approver_id INTEGER NOT NULL REFERENCES employees(id),
                    decision TEXT NOT NULL CHECK (decision IN ('pending', 'approved', 'rejected')),
                    comment TEXT NOT NULL DEFAULT '',
                    decided_at TEXT))"_s,
             u"CREATE INDEX quote_approvals_quote ON quote_approvals(quote_id, level)"_s,
             u"CREATE INDEX quote_approvals_approver ON quote_approvals(approver_id, decision)"_s,
             // Numbers are handed out from here inside the creating transaction and never reused.
             uR"(CREATE TABLE number_sequences (
                    name TEXT NOT NULL,
                    period TEXT NOT NULL,
                    next_value INTEGER NOT NULL,
                    PRIMARY KEY (name, period)) WITHOUT ROWID)"_s,
         }},
        {6, "contracts: items, settlement plans, milestones, changes, versions, execution records, invoices, payments",
         {
             // Amounts are in the contract's currency unless a row says otherwise; the amount includes tax.
             uR"(CREATE TABLE contracts (
                    id INTEGER PRIMARY KEY,
                    number TEXT NOT NULL UNIQUE,
                    revision INTEGER NOT NULL DEFAULT 1,
                    status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'completed', 'terminated')),
                    contract_type TEXT NOT NULL CHECK (contract_type IN ('system_project', 'spare_parts')),
                    customer_id INTEGER NOT NULL REFERENCES partners(id),
                    opportunity_id INTEGER REFERENCES opportunities(id),
                    quote_id INTEGER REFERENCES quotes(id),
                    owner_id INTEGER NOT NULL REFERENCES employees(id),
                    currency TEXT NOT NULL,
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                    signing_date TEXT NOT NULL,
                    delivery_terms TEXT NOT NULL DEFAULT '',
                    acceptance_terms TEXT NOT NULL DEFAULT '',
                    payment_terms TEXT NOT NULL DEFAULT '',
                    notes TEXT NOT NULL DEFAULT '',
                    termination_reason TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX contracts_owner_signed ON contracts(owner_id, signing_date)"_s,
             u"CREATE INDEX contracts_signed ON contracts(signing_date)"_s,
             u"CREATE INDEX contracts_updated ON contracts(updated_at)"_s,
             u"CREATE INDEX contracts_customer ON contracts(customer_id)"_s,
             u"CREATE INDEX contracts_opportunity ON contracts(opportunity_id)"_s,
             // A won quote becomes one contract.
             u"CREATE UNIQUE INDEX contracts_quote ON contracts(quote_id) WHERE quote_id IS NOT NULL"_s,
             uR"(CREATE TABLE contract_items (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    position INTEGER NOT NULL,
                    product_id INTEGER REFERENCES products(id),
                    product_code TEXT NOT NULL DEFAULT '',
                    name_en TEXT NOT NULL DEFAULT '',
                    name_zh TEXT NOT NULL DEFAULT '',
                    specification TEXT NOT NULL DEFAULT '',
                    quantity INTEGER NOT NULL,
                    unit TEXT NOT NULL,
                    unit_price_minor INTEGER NOT NULL,
                    discount_bp INTEGER NOT NULL DEFAULT 0,
                    line_total_minor INTEGER NOT NULL))"_s,
             u"CREATE INDEX contract_items_contract ON contract_items(contract_id, position)"_s,
             // The trigger's achieved date is not stored here: it is the signing date or the approved milestone's.
             uR"(CREATE TABLE plan_nodes (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    trigger TEXT NOT NULL,
                    percent_bp INTEGER NOT NULL,
                    due_offset_days INTEGER NOT NULL DEFAULT 0,
                    planned_minor INTEGER NOT NULL CHECK (planned_minor >= 0),
                    planned_date TEXT))"_s,
             u"CREATE INDEX plan_nodes_contract ON plan_nodes(contract_id, position)"_s,
             uR"(CREATE TABLE milestones (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    trigger TEXT NOT NULL,
                    achieved_on TEXT NOT NULL,
                    evidence TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected')),
                    submitted_by INTEGER NOT NULL REFERENCES employees(id),
                    decided_by INTEGER REFERENCES employees(id),
                    decided_at TEXT,
                    comment TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX milestones_contract ON milestones(contract_id, trigger, status)"_s,
             uR"(CREATE TABLE contract_changes (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    reason TEXT NOT NULL,
                    new_amount_minor INTEGER,
                    new_items TEXT,
                    new_delivery_terms TEXT,
                    new_acceptance_terms TEXT,
                    new_payment_terms TEXT,
                    status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected')),
                    requested_by INTEGER NOT NULL REFERENCES employees(id),
                    decided_by INTEGER REFERENCES employees(id),
                    decided_at TEXT,
                    comment TEXT NOT NULL DEFAULT '',
                    from_revision INTEGER NOT NULL,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX contract_changes_contract ON contract_changes(contract_id, status)"_s,
             // Several snapshots may share a revision (plan adjustments keep it); the latest one is the revision's.
             uR"(CREATE TABLE contract_versions (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    revision INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    snapshot TEXT NOT NULL,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL))"_s,
             u"CREATE INDEX contract_versions_contract ON contract_versions(contract_id, revision)"_s,
             uR"(CREATE TABLE stocking (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    item TEXT NOT NULL,
                    quantity INTEGER NOT NULL CHECK (quantity > 0),
                    ready_date TEXT,
                    status TEXT NOT NULL CHECK (status IN ('planned', 'in_production', 'ready', 'shipped')),
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX stocking_parent ON stocking(contract_id)"_s,
             uR"(CREATE TABLE shipments (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    shipped_on TEXT NOT NULL,
                    items TEXT NOT NULL,
                    carrier TEXT NOT NULL DEFAULT '',
                    tracking_number TEXT NOT NULL DEFAULT '',
                    destination TEXT NOT NULL DEFAULT '',
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX shipments_parent ON shipments(contract_id)"_s,
             uR"(CREATE TABLE invoices (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    number TEXT NOT NULL UNIQUE,
                    issued_on TEXT NOT NULL,
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                    tax_minor INTEGER NOT NULL DEFAULT 0,
                    notes TEXT NOT NULL DEFAULT '',
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL))"_s,
             u"CREATE INDEX invoices_contract ON invoices(contract_id)"_s,
             u"CREATE INDEX invoices_issued ON invoices(issued_on)"_s,
             uR"(CREATE TABLE invoice_allocations (
                    id INTEGER PRIMARY KEY,
                    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
                    node_id INTEGER NOT NULL REFERENCES plan_nodes(id),
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0)))"_s,
             u"CREATE INDEX invoice_allocations_invoice ON invoice_allocations(invoice_id)"_s,
             u"CREATE INDEX invoice_allocations_node ON invoice_allocations(node_id)"_s,
             // amount_minor/currency as received; amount_contract_minor converted at rate_micros (millionths).
             uR"(CREATE TABLE payments (
                    id INTEGER PRIMARY KEY,
                    contract_id INTEGER NOT NULL REFERENCES contracts(id),
                    received_on TEXT NOT NULL,
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL,
                    rate_micros INTEGER NOT NULL,
                    amount_contract_minor INTEGER NOT NULL,
                    method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'letter_of_credit', 'bank_acceptance', 'cash', 'other')),
                    bank_reference TEXT NOT NULL DEFAULT '',
                    notes TEXT NOT NULL DEFAULT '',
                    created_by INTEGER REFERENCES employees(id),
                    created_at TEXT NOT NULL))"_s,
             u"CREATE INDEX payments_contract ON payments(contract_id)"_s,
             u"CREATE INDEX payments_received ON payments(received_on)"_s,
             uR"(CREATE TABLE payment_allocations (
                    id INTEGER PRIMARY KEY,
                    payment_id INTEGER NOT NULL REFERENCES payments(id),
                    node_id INTEGER NOT NULL REFERENCES plan_nodes(id),
                    invoice_id INTEGER REFERENCES invoices(id),
                    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0)))"_s,
             u"CREATE INDEX payment_allocations_payment ON payment_allocations(payment_id)"_s,
             u"CREATE INDEX payment_allocations_node ON payment_allocations(node_id)"_s,
             u"CREATE INDEX payment_allocations_invoice ON payment_allocations(invoice_id)"_s,
         }},
        {7, "lists at scale: sort indexes for keyset paging, trigram search indexes, opportunity tallies",
         QStringList{
             // Each sort order of the big lists walks its own index, so a page costs what it shows at any depth.
             u"CREATE INDEX opportunities_created ON opportunities(created_at)"_s,
             u"CREATE INDEX opportunities_title ON opportunities(title COLLATE NOCASE)"_s,
             u"CREATE INDEX opportunities_stage ON opportunities(stage)"_s,
             u"CREATE INDEX opportunities_amount ON opportunities(amount_minor)"_s,
             // An expected close date may be missing; '' sorts where NULL did, and a cursor can hold it.
             u"CREATE INDEX opportunities_expected_close ON opportunities(ifnull(expected_close, ''))"_s,
             u"CREATE INDEX employees_name ON employees(name)"_s,
             u"CREATE INDEX quotes_created ON quotes(created_at)"_s,
             u"CREATE INDEX quotes_quote_date ON quotes(quote_date)"_s,
             u"CREATE INDEX quotes_valid_until ON quotes(valid_until)"_s,
             u"CREATE INDEX quotes_status ON quotes(status)"_s,
             u"CREATE INDEX quotes_total ON quotes(total_minor)"_s,
             u"CREATE INDEX quotes_title ON quotes(title COLLATE NOCASE)"_s,
             // The quote list shows current revisions: its total is counted from this index alone (which needs the
             // column of its condition in it).
             u"CREATE INDEX quotes_current ON quotes(status, owner_id, superseded_by_id) WHERE superseded_by_id IS NULL"_s,
             u"CREATE INDEX contracts_created ON contracts(created_at)"_s,
             u"CREATE INDEX contracts_status ON contracts(status)"_s,
             u"CREATE INDEX contracts_amount ON contracts(amount_minor)"_s,
             // Opportunities per owner, stage and kind, kept by triggers: the list's total for any reach and
             // these filters is a sum over the caller's subtree instead of a count over a million rows.
             uR"(CREATE TABLE opportunity_tallies (
                    owner_id INTEGER NOT NULL,
                    stage TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    row_count INTEGER NOT NULL,
                    PRIMARY KEY (owner_id, stage, kind)) WITHOUT ROWID)"_s,
             uR"(CREATE TRIGGER opportunity_tallies_insert AFTER INSERT ON opportunities BEGIN
                    INSERT INTO opportunity_tallies (owner_id, stage, kind, row_count)
                        VALUES (new.owner_id, new.stage, new.kind, 1)
                        ON CONFLICT (owner_id, stage, kind) DO UPDATE SET row_count = row_count + 1;
                 END)"_s,
             uR"(CREATE TRIGGER opportunity_tallies_delete AFTER DELETE ON opportunities BEGIN
                    UPDATE opportunity_tallies SET row_count = row_count - 1
                        WHERE owner_id = old.owner_id AND stage = old.stage AND kind = old.kind;
                 END)"_s,
             uR"(CREATE TRIGGER opportunity_tallies_update AFTER UPDATE OF owner_id, stage, kind ON opportunities
                 WHEN new.owner_id IS NOT old.owner_id OR new.stage IS NOT old.stage OR new.kind IS NOT old.kind BEGIN
                    UPDATE opportunity_tallies SET row_count = row_count - 1
                        WHERE owner_id = old.owner_id AND stage = old.stage AND kind = old.kind;
                    INSERT INTO opportunity_tallies (owner_id, stage, kind, row_count)
                        VALUES (new.owner_id, new.stage, new.kind, 1)
                        ON CONFLICT (owner_id, stage, kind) DO UPDATE SET row_count = row_count + 1;
                 END)"_s,
             u"INSERT INTO opportunity_tallies SELECT owner_id, stage, kind, COUNT(*) FROM opportunities GROUP BY 1, 2, 3"_s,
         } + searchIndexStatements(u"opportunities"_s, u"opportunity_search"_s, {u"title"_s})
             + searchIndexStatements(u"quotes"_s, u"quote_search"_s, {u"number"_s, u"title"_s})
             + searchIndexStatements(u"contracts"_s, u"contract_search"_s, {u"number"_s})},
        {8, "reports: settled sums and due dates kept on plan nodes and contracts",
         {
             // Kept exact by the server in the transaction of every write that moves them (Plan::refreshSettled),
             // so reports sum columns instead of every allocation, and age by an indexed due date.
             u"ALTER TABLE plan_nodes ADD COLUMN invoiced_minor INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE plan_nodes ADD COLUMN received_minor INTEGER NOT NULL DEFAULT 0"_s,
             // The trigger's achieved date (else the planned date) plus the offset; NULL while unknown.
             u"ALTER TABLE plan_nodes ADD COLUMN due_date TEXT"_s,
             u"ALTER TABLE contracts ADD COLUMN invoiced_minor INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE contracts ADD COLUMN received_minor INTEGER NOT NULL DEFAULT 0"_s,
             // The earliest due date of a node not fully received: only a contract with one before today is overdue.
             u"ALTER TABLE contracts ADD COLUMN open_due_date TEXT"_s,
             uR"(UPDATE plan_nodes SET
                    invoiced_minor = (SELECT COALESCE(SUM(a.amount_minor), 0) FROM invoice_allocations a
                                      WHERE a.node_id = plan_nodes.id),
                    received_minor = (SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_allocations a
                                      WHERE a.node_id = plan_nodes.id),
                    due_date = date(CASE trigger WHEN 'signing'
                                        THEN (SELECT c.signing_date FROM contracts c WHERE c.id = plan_nodes.contract_id)
                                        ELSE COALESCE((SELECT MIN(m.achieved_on) FROM milestones m
                                                       WHERE m.contract_id = plan_nodes.contract_id
                                                       AND m.trigger = plan_nodes.trigger AND m.status = 'approved'),
                                                      planned_date) END,
                                    printf('%+d days', due_offset_days)))"_s,
             uR"(UPDATE contracts SET
                    invoiced_minor = (SELECT COALESCE(SUM(n.invoiced_minor), 0) FROM plan_nodes n WHERE n.contract_id = contracts.id),
                    received_minor = (SELECT COALESCE(SUM(n.received_minor), 0) FROM plan_nodes n WHERE n.contract_id = contracts.id),
                    open_due_date = (SELECT MIN(n.due_date) FROM plan_nodes n WHERE n.contract_id = contracts.id
                                     AND n.received_minor < n.planned_minor))"_s,
             // What is still open on a node, by contract and due date: overdue sums and the ageing read only these.
             u"CREATE INDEX plan_nodes_open ON plan_nodes(contract_id, due_date, planned_minor, received_minor) "
             u"WHERE received_minor < planned_minor"_s,
             // Everything the register and the ageing read of a contract, so they scan an index, not the wide rows.
             u"CREATE INDEX contracts_register ON contracts(signing_date, status, currency, owner_id, customer_id, "
             u"amount_minor, invoiced_minor, received_minor, open_due_date)"_s,
             // What payments received and invoicing sum in a period, without reading the records' rows.
             u"CREATE INDEX payments_report ON payments(received_on, contract_id, amount_contract_minor)"_s,
             u"CREATE INDEX invoices_report ON invoices(issued_on, contract_id, amount_minor, tax_minor)"_s,
             // The win rate reads only the decided current revisions, and only these columns of them.
             u"CREATE INDEX quotes_decided ON quotes(owner_id, status, currency, total_minor, opportunity_id, won_on, lost_on) "
             u"WHERE status IN ('won', 'lost') AND superseded_by_id IS NULL"_s,
         }},
        {9, "reports over the whole company: what they group by kept on the records they sum, indexes in group order",
         {
             // Kept exact by Plan::refreshSettled like migration 8's columns. The open sums and the latest open due date
             // give most contracts' overdue without reading their nodes; the last day something was received on a
             // contract (or node) tells whether it had money open on a past day.
             u"ALTER TABLE contracts ADD COLUMN open_minor INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE contracts ADD COLUMN open_dated_minor INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE contracts ADD COLUMN open_due_last TEXT"_s,
             u"ALTER TABLE contracts ADD COLUMN received_last_on TEXT"_s,
             u"ALTER TABLE plan_nodes ADD COLUMN received_first_on TEXT"_s,
             u"ALTER TABLE plan_nodes ADD COLUMN received_last_on TEXT"_s,
             // Copies of the contract's, so that the ageing, payments received and invoicing sum their records
             // alone instead of looking up a contract for each.
             u"ALTER TABLE plan_nodes ADD COLUMN currency TEXT"_s,
             u"ALTER TABLE plan_nodes ADD COLUMN customer_id INTEGER"_s,
             u"ALTER TABLE plan_nodes ADD COLUMN owner_id INTEGER"_s,
             u"ALTER TABLE plan_nodes ADD COLUMN contract_status TEXT"_s,
             u"ALTER TABLE plan_nodes ADD COLUMN signing_date TEXT"_s,
             u"ALTER TABLE payments ADD COLUMN customer_id INTEGER"_s,
             u"ALTER TABLE payments ADD COLUMN owner_id INTEGER"_s,
             u"ALTER TABLE payments ADD COLUMN contract_currency TEXT"_s,
             u"ALTER TABLE invoices ADD COLUMN customer_id INTEGER"_s,
             u"ALTER TABLE invoices ADD COLUMN owner_id INTEGER"_s,
             u"ALTER TABLE invoices ADD COLUMN currency TEXT"_s,
             uR"(UPDATE plan_nodes SET (received_first_on, received_last_on) =
                    (SELECT MIN(pm.received_on), MAX(pm.received_on) FROM payment_allocations a
                     JOIN payments pm ON pm.id = a.payment_id WHERE a.node_id = plan_nodes.id))"_s,
             uR"(UPDATE plan_nodes SET currency = c.currency, customer_id = c.customer_id, owner_id = c.owner_id,
                    contract_status = c.status, signing_date = c.signing_date
                FROM contracts c WHERE c.id = plan_nodes.contract_id)"_s,
             uR"(UPDATE contracts SET
                    received_last_on = (SELECT MAX(n.received_last_on) FROM plan_nodes n WHERE n.contract_id = contracts.id),
                    (open_minor, open_dated_minor, open_due_last) =
                        (SELECT COALESCE(SUM(n.planned_minor - n.received_minor), 0),
                                COALESCE(SUM(CASE WHEN n.due_date IS NOT NULL THEN n.planned_minor - n.received_minor END), 0),
                                MAX(n.due_date)
                         FROM plan_nodes n WHERE n.contract_id = contracts.id AND n.received_minor < n.planned_minor))"_s,
             uR"(UPDATE payments SET customer_id = c.customer_id, owner_id = c.owner_id, contract_currency = c.currency
                FROM contracts c WHERE c.id = payments.contract_id)"_s,
             uR"(UPDATE invoices SET customer_id = c.customer_id, owner_id = c.owner_id, currency = c.currency
                FROM contracts c WHERE c.id = invoices.contract_id)"_s,
             // One covering index per order a report groups in: by customer, by owner (salesperson and department),
             // by date (month, totals, and a period's rows). Scanned in group order, the sums need no sorting.
             u"DROP INDEX contracts_register"_s,
             u"CREATE INDEX contracts_register ON contracts(signing_date, currency, status, owner_id, customer_id, "
             u"amount_minor, invoiced_minor, received_minor, open_minor, open_dated_minor, open_due_date, open_due_last, "
             u"received_last_on)"_s,
             u"CREATE INDEX contracts_register_customer ON contracts(customer_id, currency, signing_date, status, owner_id, "
             u"amount_minor, invoiced_minor, received_minor, open_minor, open_dated_minor, open_due_date, open_due_last, "
             u"received_last_on)"_s,
             u"CREATE INDEX contracts_register_owner ON contracts(owner_id, currency, signing_date, status, customer_id, "
             u"amount_minor, invoiced_minor, received_minor, open_minor, open_dated_minor, open_due_date, open_due_last, "
             u"received_last_on)"_s,
             u"DROP INDEX payments_report"_s,
             u"CREATE INDEX payments_report ON payments(received_on, contract_currency, amount_contract_minor)"_s,
             u"CREATE INDEX payments_report_customer ON payments(customer_id, contract_currency, received_on, amount_contract_minor)"_s,
             u"CREATE INDEX payments_report_owner ON payments(owner_id, contract_currency, received_on, amount_contract_minor)"_s,
             u"DROP INDEX invoices_report"_s,
             u"CREATE INDEX invoices_report ON invoices(issued_on, currency, amount_minor, tax_minor)"_s,
             u"CREATE INDEX invoices_report_customer ON invoices(customer_id, currency, issued_on, amount_minor, tax_minor)"_s,
             u"CREATE INDEX invoices_report_owner ON invoices(owner_id, currency, issued_on, amount_minor, tax_minor)"_s,
             // The ageing: what is open now on contracts in force, and what was received on them (to add back what
             // came after a past day).
             u"CREATE INDEX plan_nodes_receivable_customer ON plan_nodes(customer_id, currency, due_date, signing_date, "
             u"contract_status, planned_minor, received_minor) "
             u"WHERE received_minor < planned_minor AND contract_status IN ('active', 'completed')"_s,
             u"CREATE INDEX plan_nodes_receivable_owner ON plan_nodes(owner_id, currency, due_date, signing_date, "
             u"contract_status, planned_minor, received_minor) "
             u"WHERE received_minor < planned_minor AND contract_status IN ('active', 'completed')"_s,
             u"CREATE INDEX plan_nodes_received ON plan_nodes(received_last_on, customer_id, owner_id, currency, due_date, "
             u"signing_date, contract_status, received_minor, received_first_on) "
             u"WHERE received_minor > 0 AND contract_status IN ('active', 'completed')"_s,
         }},
        {10, "drop the per-account lockout: logins are throttled in memory, per address and account (LoginThrottle)",
         {
             u"ALTER TABLE employees DROP COLUMN failed_logins"_s,
             u"ALTER TABLE employees DROP COLUMN locked_until"_s,
         }},
        {11, "administration: departments deactivated, passwords that must be changed, sessions listed, audit filters",
         {
             u"ALTER TABLE departments ADD COLUMN active INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE departments ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"CREATE INDEX departments_parent ON departments(parent_id)"_s,
             u"CREATE INDEX employees_department ON employees(department_id, active)"_s,
             // Set by a one-time password (a reset, a new account): every request but changing it is refused.
             u"ALTER TABLE employees ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"_s,
             // Sessions get an id of their own, so that their user can name one to end without knowing its token,
             // and keep where they were opened from, so that the user can tell them apart.
             uR"(CREATE TABLE sessions_new (
                    id INTEGER PRIMARY KEY,
                    token_hash TEXT NOT NULL UNIQUE,
                    employee_id INTEGER NOT NULL REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    last_seen_at TEXT NOT NULL,
                    address TEXT NOT NULL DEFAULT '',
                    user_agent TEXT NOT NULL DEFAULT ''))"_s,
             u"INSERT INTO sessions_new (token_hash, employee_id, created_at, last_seen_at) "
             u"SELECT token_hash, employee_id, created_at, last_seen_at FROM sessions"_s,
             u"DROP TABLE sessions"_s,
             u"ALTER TABLE sessions_new RENAME TO sessions"_s,
             u"CREATE INDEX sessions_employee ON sessions(employee_id)"_s,
             // The audit viewer filters by who made a change and by period, newest first.
             u"CREATE INDEX audit_log_employee ON audit_log(employee_id, at)"_s,
             u"CREATE INDEX audit_log_at ON audit_log(at)"_s,
         }},
    };
    return list;
}

} // namespace

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    Query(db, u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
              u"applied_at TEXT NOT NULL)"_s)
        .exec();
    return Query(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s).scalar().toInt();
}

void Database::migrate()
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        throw DatabaseError(u"The database %1 has schema version %2, newer than this server knows (%3). "
                            u"Use a newer tradewind-server."_s
                                .arg(m_path)
                                .arg(current)
                                .arg(latestSchemaVersion()));
    QSqlDatabase db = connection();
    bool applied = false;
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        // Another process may have applied it since `current` was read (two servers started on one
        // new file): the write lock is held now, so this answer is final.
        const bool appliedMeanwhile = Query(db, u"SELECT 1 FROM schema_migrations WHERE version = :v"_s)
                                          .bind(u":v"_s, migration.version)
                                          .scalar()
                                          .isValid();
        if (appliedMeanwhile)
            continue;
        for (const QString &statement : migration.statements)
            Query(db, statement).exec();
        Query(db, u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (:v, :d, :at)"_s)
            .bind(u":v"_s, migration.version)
            .bind(u":d"_s, QString::fromLatin1(migration.description))
            .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .exec();
        transaction.commit();
        applied = true;
    }
    // New indexes without statistics look more selective than they are; fresh statistics keep the planner
    // on the indexes each query was designed for.
    if (applied)
        Query(db, u"ANALYZE"_s).exec();
}

} // namespace Tradewind
