-- Returns, disputes and deductions (issue 14). Return authorizations (RMAs) against an invoiced
-- line and their receipts; claim cases (a deduction taken on a payment, or a dispute opened on an
-- invoice) with their notes; the documents that settle a case (credit memo, chargeback, write-off)
-- and their counter-documents, which are only ever added, never changed; the approval limit of
-- each user for write-offs; the desk's settings. Money in cents, dates ISO text, moments millis.

-- Restocking fee per return reason, in percent of the returned goods' invoiced value.
CREATE TABLE return_fee_policy (
    reason VARCHAR(20) PRIMARY KEY,
    fee_pct VARCHAR(12) NOT NULL
);
INSERT INTO return_fee_policy (reason, fee_pct) VALUES ('DAMAGED', '0');
INSERT INTO return_fee_policy (reason, fee_pct) VALUES ('WRONG_ITEM', '0');
INSERT INTO return_fee_policy (reason, fee_pct) VALUES ('DEFECTIVE', '0');
INSERT INTO return_fee_policy (reason, fee_pct) VALUES ('NOT_ORDERED', '10');
INSERT INTO return_fee_policy (reason, fee_pct) VALUES ('SURPLUS', '15');

CREATE TABLE return_authorization (
    id ${id_pk},
    rma_no VARCHAR(20) NOT NULL UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    invoice_line_no INTEGER NOT NULL,
    order_id BIGINT REFERENCES sales_order (id),
    product_id BIGINT NOT NULL REFERENCES product (id),
    sku VARCHAR(30) NOT NULL,
    description VARCHAR(255) NOT NULL,
    qty_authorized INTEGER NOT NULL CHECK (qty_authorized > 0),
    qty_to_stock INTEGER NOT NULL CHECK (qty_to_stock >= 0),
    qty_scrapped INTEGER NOT NULL CHECK (qty_scrapped >= 0),
    qty_cancelled INTEGER NOT NULL CHECK (qty_cancelled >= 0),
    reason VARCHAR(20) NOT NULL,
    fee_pct VARCHAR(12) NOT NULL,
    fee_waived BOOLEAN NOT NULL,
    waive_reason VARCHAR(500),
    node_id BIGINT NOT NULL REFERENCES fulfillment_node (id),
    proposed_node_id BIGINT REFERENCES fulfillment_node (id),
    distance_km DOUBLE PRECISION,
    note VARCHAR(1000),
    status VARCHAR(20) NOT NULL,
    authorized_on VARCHAR(10) NOT NULL,
    expires_on VARCHAR(10) NOT NULL,
    authorized_by VARCHAR(40) NOT NULL,
    authorized_at BIGINT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT ck_rma_quantities CHECK (qty_to_stock + qty_scrapped + qty_cancelled <= qty_authorized)
);
CREATE INDEX ix_rma_invoice ON return_authorization (invoice_id, invoice_line_no);
CREATE INDEX ix_rma_customer ON return_authorization (customer_id);
CREATE INDEX ix_rma_status ON return_authorization (status);

-- Each receipt at the node: units inspected back to stock or to scrap, and the credit memo it made.
CREATE TABLE return_receipt (
    id ${id_pk},
    rma_id BIGINT NOT NULL REFERENCES return_authorization (id),
    received_on VARCHAR(10) NOT NULL,
    qty_to_stock INTEGER NOT NULL CHECK (qty_to_stock >= 0),
    qty_scrapped INTEGER NOT NULL CHECK (qty_scrapped >= 0),
    fee_cents BIGINT NOT NULL CHECK (fee_cents >= 0),
    credit_cents BIGINT NOT NULL CHECK (credit_cents >= 0),
    credit_memo_no VARCHAR(20),
    note VARCHAR(1000),
    received_by VARCHAR(40) NOT NULL,
    received_at BIGINT NOT NULL,
    CONSTRAINT ck_receipt_units CHECK (qty_to_stock + qty_scrapped > 0)
);
CREATE INDEX ix_return_receipt_rma ON return_receipt (rma_id);

-- A case: a deduction taken on a payment (its amount parked on the case, outside the invoice's
-- open amount) or a dispute / unexplained short payment (its amount still inside the invoice's
-- open amount, parked_cents 0).
CREATE TABLE claim_case (
    id ${id_pk},
    case_no VARCHAR(20) NOT NULL UNIQUE,
    kind VARCHAR(12) NOT NULL,
    origin VARCHAR(16) NOT NULL,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    order_id BIGINT REFERENCES sales_order (id),
    payment_id BIGINT REFERENCES cash_payment (id),
    cash_application_id BIGINT REFERENCES cash_application (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    parked_cents BIGINT NOT NULL CHECK (parked_cents >= 0),
    reason VARCHAR(20) NOT NULL,
    remittance_note VARCHAR(500),
    owner VARCHAR(40),
    opened_on VARCHAR(10) NOT NULL,
    due_on VARCHAR(10) NOT NULL,
    status VARCHAR(24) NOT NULL,
    valid_cents BIGINT,
    resolution_no INTEGER NOT NULL,
    resolved_on VARCHAR(10),
    closed_on VARCHAR(10),
    withdrawn BOOLEAN NOT NULL,
    opened_by VARCHAR(40) NOT NULL,
    opened_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_claim_customer ON claim_case (customer_id, opened_on);
CREATE INDEX ix_claim_invoice ON claim_case (invoice_id);
CREATE INDEX ix_claim_status ON claim_case (status);
CREATE INDEX ix_claim_opened ON claim_case (opened_on);
-- one case per posted deduction, however often the posting is retried
CREATE UNIQUE INDEX uq_claim_cash_application ON claim_case (cash_application_id);

-- The case's history in sentences: opened, owner, status, reason, notes, resolution, reversal.
CREATE TABLE claim_note (
    id ${id_pk},
    case_id BIGINT NOT NULL REFERENCES claim_case (id),
    at BIGINT NOT NULL,
    username VARCHAR(40) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    text VARCHAR(2000) NOT NULL
);
CREATE INDEX ix_claim_note_case ON claim_note (case_id, at);

-- What settled a case (a credit memo, a chargeback, a write-off) and what undid it (its own
-- counter-document, pointing back at it, once). invoice_delta and parked_delta say how the row
-- moved the invoice's open amount and the case's parked amount.
CREATE TABLE claim_settlement (
    id ${id_pk},
    case_id BIGINT NOT NULL REFERENCES claim_case (id),
    resolution_no INTEGER NOT NULL,
    part VARCHAR(6) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    document_no VARCHAR(20) NOT NULL UNIQUE,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    invoice_delta_cents BIGINT NOT NULL,
    parked_delta_cents BIGINT NOT NULL,
    issued_on VARCHAR(10) NOT NULL,
    note VARCHAR(1000),
    issued_by VARCHAR(40) NOT NULL,
    issued_at BIGINT NOT NULL,
    reversal_of_id BIGINT REFERENCES claim_settlement (id),
    CONSTRAINT uq_claim_settlement_reversal UNIQUE (reversal_of_id),
    CONSTRAINT uq_claim_settlement_part UNIQUE (case_id, resolution_no, part, kind)
);
CREATE INDEX ix_claim_settlement_case ON claim_settlement (case_id);

-- How much each user may write off; kept by administrators. Credit managers have no limit.
CREATE TABLE write_off_limit (
    user_id BIGINT PRIMARY KEY REFERENCES app_user (id),
    limit_cents BIGINT NOT NULL CHECK (limit_cents >= 0),
    set_by VARCHAR(40) NOT NULL,
    set_at BIGINT NOT NULL
);

CREATE TABLE claim_setting (
    name VARCHAR(40) PRIMARY KEY,
    value VARCHAR(100) NOT NULL
);
INSERT INTO claim_setting (name, value) VALUES ('short_pay_days', '10');
INSERT INTO claim_setting (name, value) VALUES ('dispute_grace_days', '60');
INSERT INTO claim_setting (name, value) VALUES ('case_due_days', '30');
INSERT INTO claim_setting (name, value) VALUES ('rma_valid_days', '30');

INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('RMA', 'RMA-', 100001, 6);
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('CLAIM', 'CASE-', 100001, 6);
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('CHARGEBACK', 'CB-', 1001, 6);
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('WRITE_OFF', 'WO-', 1001, 6);
