-- Issue 13: a bank's CSV export layout, mapped once by a person at the cash desk and kept under the
-- file's header row (its SHA-256; the header itself beside it), used by the desk and `cash import`.
CREATE TABLE cash_csv_mapping (
    id ${id_pk},
    header_sha256 VARCHAR(64) NOT NULL UNIQUE,
    header_text VARCHAR(4000) NOT NULL,
    bank_name VARCHAR(100) NOT NULL,
    delimiter VARCHAR(1) NOT NULL,
    date_column VARCHAR(100) NOT NULL,
    date_pattern VARCHAR(40) NOT NULL,
    amount_column VARCHAR(100),
    credit_column VARCHAR(100),
    decimal_comma BOOLEAN NOT NULL,
    currency_column VARCHAR(100),
    default_currency VARCHAR(3),
    payer_name_column VARCHAR(100),
    payer_account_column VARCHAR(100),
    reference_columns VARCHAR(1000),
    bank_reference_column VARCHAR(100),
    saved_by VARCHAR(40) NOT NULL,
    saved_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
