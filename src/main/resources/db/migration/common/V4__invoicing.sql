-- Invoicing: invoice lines and taxes (an issued invoice never changes), the link to the shipment it
-- bills, the first print (who, when) and reprint count, credit memos with their lines and taxes,
-- and the company block printed on every document. Money in cents, dates ISO text, moments millis.

ALTER TABLE invoice ADD COLUMN shipment_id BIGINT REFERENCES shipment (id);
ALTER TABLE invoice ADD COLUMN freight_taxable BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE invoice ADD COLUMN credited_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoice ADD COLUMN issued_by VARCHAR(40);
ALTER TABLE invoice ADD COLUMN issued_at BIGINT;
ALTER TABLE invoice ADD COLUMN printed_at BIGINT;
ALTER TABLE invoice ADD COLUMN printed_by VARCHAR(40);
ALTER TABLE invoice ADD COLUMN print_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_invoice_shipment ON invoice (shipment_id);
CREATE INDEX ix_invoice_issue_date ON invoice (issue_date);

CREATE TABLE invoice_line (
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    line_no INTEGER NOT NULL,
    order_line_id BIGINT REFERENCES sales_order_line (id),
    sku VARCHAR(30) NOT NULL,
    description VARCHAR(255) NOT NULL,
    qty INTEGER NOT NULL CHECK (qty >= 0),
    unit VARCHAR(6) NOT NULL,
    unit_price_cents BIGINT NOT NULL CHECK (unit_price_cents >= 0),
    discount_pct VARCHAR(12) NOT NULL,
    gross_cents BIGINT NOT NULL,
    discount_cents BIGINT NOT NULL,
    net_cents BIGINT NOT NULL,
    taxable BOOLEAN NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE invoice_tax (
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    code VARCHAR(20) NOT NULL,
    name VARCHAR(80) NOT NULL,
    rate_pct VARCHAR(12) NOT NULL,
    base_cents BIGINT NOT NULL,
    tax_cents BIGINT NOT NULL,
    PRIMARY KEY (invoice_id, code)
);

CREATE TABLE credit_memo (
    id ${id_pk},
    memo_no VARCHAR(20) NOT NULL UNIQUE,
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    issue_date VARCHAR(10) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    lines_cents BIGINT NOT NULL,
    tax_cents BIGINT NOT NULL,
    total_cents BIGINT NOT NULL CHECK (total_cents > 0),
    open_cents BIGINT NOT NULL,
    issued_by VARCHAR(40) NOT NULL,
    issued_at BIGINT NOT NULL,
    printed_at BIGINT,
    printed_by VARCHAR(40),
    print_count INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL
);
CREATE INDEX ix_credit_memo_invoice ON credit_memo (invoice_id);
CREATE INDEX ix_credit_memo_customer ON credit_memo (customer_id);

CREATE TABLE credit_memo_line (
    memo_id BIGINT NOT NULL REFERENCES credit_memo (id),
    line_no INTEGER NOT NULL,
    sku VARCHAR(30) NOT NULL,
    description VARCHAR(255) NOT NULL,
    qty INTEGER NOT NULL CHECK (qty >= 0),
    amount_cents BIGINT NOT NULL,
    taxable BOOLEAN NOT NULL,
    PRIMARY KEY (memo_id, line_no)
);

CREATE TABLE credit_memo_tax (
    memo_id BIGINT NOT NULL REFERENCES credit_memo (id),
    code VARCHAR(20) NOT NULL,
    name VARCHAR(80) NOT NULL,
    rate_pct VARCHAR(12) NOT NULL,
    base_cents BIGINT NOT NULL,
    tax_cents BIGINT NOT NULL,
    PRIMARY KEY (memo_id, code)
);

-- The company printed on invoices and statements (CompanyProfile.fromProperties keys).
CREATE TABLE company_setting (
    setting_key VARCHAR(60) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
INSERT INTO company_setting (setting_key, setting_value) VALUES ('company.name', 'Northwind Supply Co.');
INSERT INTO company_setting (setting_key, setting_value) VALUES ('company.address', '1200 Commerce Park Drive, Suite 300|Austin, TX 78744|United States');
INSERT INTO company_setting (setting_key, setting_value) VALUES ('company.contact', 'Phone +1 512 555 0100 · ar@northwind-supply.example · northwind-supply.example');
INSERT INTO company_setting (setting_key, setting_value) VALUES ('company.taxId', 'Sales tax permit 1-23-4567890-1');
INSERT INTO company_setting (setting_key, setting_value) VALUES ('company.remitTo.name', 'Northwind Supply Co. - Accounts Receivable');
INSERT INTO company_setting (setting_key, setting_value) VALUES ('company.remitTo.address', 'P.O. Box 4410|Dallas, TX 75244-4410');
INSERT INTO company_setting (setting_key, setting_value) VALUES ('company.bank', 'ACH/wire: Lone Star Bank, routing 111000025, account 4455667788');
