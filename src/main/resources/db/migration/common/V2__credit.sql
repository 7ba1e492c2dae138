-- Credit control (issue 3): why each held order waits, the releases that the re-check rule
-- judges later amendments against, and the head of the audit hash chain kept outside
-- audit_entry (so cutting entries off the end, or rewriting the whole tail, is detected).

CREATE TABLE credit_hold_reason (
    id ${id_pk},
    order_id BIGINT NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code VARCHAR(40) NOT NULL,
    message VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_hold_reason_order ON credit_hold_reason (order_id);
CREATE INDEX ix_hold_reason_code ON credit_hold_reason (code);

CREATE TABLE credit_release (
    id ${id_pk},
    order_id BIGINT NOT NULL UNIQUE REFERENCES sales_order (id) ON DELETE CASCADE,
    released_value_cents BIGINT NOT NULL,
    released_on VARCHAR(10) NOT NULL,
    released_by VARCHAR(40) NOT NULL,
    released_at BIGINT NOT NULL
);

-- Exactly one row (id = 1): the sequence and hash of the last audit entry. Appending an entry
-- locks and updates this row in the same transaction, which also serialises writers.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL
);
INSERT INTO audit_head (id, seq, hash, version) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

CREATE INDEX ix_audit_user ON audit_entry (username);
CREATE INDEX ix_audit_at ON audit_entry (at);
-- The credit-hold queue reads every held order oldest first: this index answers it in order and
-- without visiting the table rows (measured with bench-credit: 10,000 held of 120,000 orders).
CREATE INDEX ix_order_hold_queue ON sales_order (status, entered_at, id, customer_id, order_no, total_cents,
    entered_by, changed_by);

-- The day an invoice was settled: until the cash issue adds a payment table, PAID invoices with
-- this date stand in for payments (recent payments and average days to pay on the hold desk).
ALTER TABLE invoice ADD COLUMN paid_on VARCHAR(10);
