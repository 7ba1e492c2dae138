-- Cash application (issue 6): incoming payments with their source, remittance and cheque data,
-- the customers' known bank accounts, import batches (to refuse a file imported twice) and the
-- posted cash applications. Applications are never edited: a reversal is a new row pointing
-- back at the row it cancels. Money is integer cents, dates ISO text, moments epoch millis.

CREATE TABLE customer_bank_account (
    id ${id_pk},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    routing_no VARCHAR(20) NOT NULL,
    account_no VARCHAR(40) NOT NULL,
    CONSTRAINT uq_customer_bank_account UNIQUE (routing_no, account_no)
);
CREATE INDEX ix_bank_account_customer ON customer_bank_account (customer_id);

CREATE TABLE cash_import_batch (
    id ${id_pk},
    file_name VARCHAR(255) NOT NULL,
    file_sha256 VARCHAR(64) NOT NULL UNIQUE,
    format VARCHAR(10) NOT NULL,
    imported_at BIGINT NOT NULL,
    imported_by VARCHAR(40) NOT NULL,
    payment_count INTEGER NOT NULL,
    skipped_count INTEGER NOT NULL,
    total_cents BIGINT NOT NULL
);

CREATE TABLE cash_payment (
    id ${id_pk},
    payment_no VARCHAR(20) NOT NULL UNIQUE,
    batch_id BIGINT REFERENCES cash_import_batch (id),
    kind VARCHAR(10) NOT NULL,
    received_date VARCHAR(10) NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    currency VARCHAR(3) NOT NULL,
    payer_name VARCHAR(255),
    payer_routing VARCHAR(20),
    payer_account VARCHAR(40),
    cheque_no VARCHAR(20),
    reference VARCHAR(4000),
    bank_reference VARCHAR(80),
    source_file VARCHAR(255),
    source_line INTEGER,
    stub_image VARCHAR(1000),
    dedup_key VARCHAR(80) NOT NULL UNIQUE,
    customer_id BIGINT REFERENCES customer (id),
    match_status VARCHAR(12),
    match_confidence DOUBLE PRECISION,
    match_reason VARCHAR(1000),
    state VARCHAR(10) NOT NULL,
    posted_auto BOOLEAN NOT NULL,
    unapplied_cents BIGINT NOT NULL,
    entered_by VARCHAR(40) NOT NULL,
    entered_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_cash_payment_date ON cash_payment (received_date);
CREATE INDEX ix_cash_payment_batch ON cash_payment (batch_id);

-- Remittance as typed from a cheque stub (or split from a bank file's remittance text).
CREATE TABLE cash_remittance_line (
    payment_id BIGINT NOT NULL REFERENCES cash_payment (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    invoice_ref VARCHAR(40),
    amount_cents BIGINT,
    note VARCHAR(255),
    PRIMARY KEY (payment_id, line_no)
);

-- The matching engine's proposal for a payment (replaced on every auto-match run until posted).
CREATE TABLE cash_proposal_line (
    payment_id BIGINT NOT NULL REFERENCES cash_payment (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    invoice_no VARCHAR(20),
    applied_cents BIGINT NOT NULL,
    discount_cents BIGINT NOT NULL,
    deduction_cents BIGINT NOT NULL,
    status VARCHAR(12) NOT NULL,
    PRIMARY KEY (payment_id, line_no)
);

-- Posted money: to an invoice, or on account (invoice_id empty). A reversal row carries the
-- negated amounts and reversal_of_id; the row it cancels is never changed.
CREATE TABLE cash_application (
    id ${id_pk},
    payment_id BIGINT NOT NULL REFERENCES cash_payment (id),
    invoice_id BIGINT REFERENCES invoice (id),
    applied_cents BIGINT NOT NULL,
    discount_cents BIGINT NOT NULL,
    deduction_cents BIGINT NOT NULL,
    reason_code VARCHAR(20),
    note VARCHAR(500),
    origin VARCHAR(10) NOT NULL,
    posted_at BIGINT NOT NULL,
    posted_by VARCHAR(40) NOT NULL,
    reversal_of_id BIGINT REFERENCES cash_application (id),
    CONSTRAINT uq_cash_reversal UNIQUE (reversal_of_id)
);
CREATE INDEX ix_cash_application_payment ON cash_application (payment_id);
CREATE INDEX ix_cash_application_invoice ON cash_application (invoice_id);

INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('PAYMENT', 'PMT-', 100001, 6);
