-- Order Desk core schema. Portable SQL: the only vendor difference, the auto-increment primary
-- key, comes from the ${id_pk} placeholder (SQLite: INTEGER PRIMARY KEY; PostgreSQL: identity).
-- Money is integer cents (*_cents), dates are ISO text, moments are epoch milliseconds.

CREATE TABLE app_user (
    id ${id_pk},
    username VARCHAR(40) NOT NULL UNIQUE,
    display_name VARCHAR(255) NOT NULL,
    role VARCHAR(20) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    active BOOLEAN NOT NULL
);

CREATE TABLE customer (
    id ${id_pk},
    customer_no VARCHAR(20) NOT NULL UNIQUE,
    name VARCHAR(255) NOT NULL,
    name_key VARCHAR(255) NOT NULL,
    contact_name VARCHAR(255),
    phone VARCHAR(30),
    phone_digits VARCHAR(20),
    email VARCHAR(255),
    bill_line1 VARCHAR(255),
    bill_line2 VARCHAR(255),
    bill_city VARCHAR(255),
    bill_state VARCHAR(2),
    bill_zip VARCHAR(10),
    bill_lat DOUBLE PRECISION,
    bill_lon DOUBLE PRECISION,
    payment_terms VARCHAR(30) NOT NULL,
    credit_limit_cents BIGINT,
    risk_class VARCHAR(10) NOT NULL,
    tax_exempt BOOLEAN NOT NULL,
    tax_exempt_cert VARCHAR(40),
    manual_hold BOOLEAN NOT NULL,
    credit_review_date VARCHAR(10),
    customer_since VARCHAR(10) NOT NULL,
    parent_id BIGINT REFERENCES customer (id),
    version BIGINT NOT NULL
);
CREATE INDEX ix_customer_name_key ON customer (name_key);
CREATE INDEX ix_customer_phone ON customer (phone_digits);

CREATE TABLE ship_to (
    id ${id_pk},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    label VARCHAR(255) NOT NULL,
    line1 VARCHAR(255),
    line2 VARCHAR(255),
    city VARCHAR(255),
    state VARCHAR(2),
    zip VARCHAR(10),
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    is_default BOOLEAN NOT NULL
);
CREATE INDEX ix_ship_to_customer ON ship_to (customer_id);

CREATE TABLE product (
    id ${id_pk},
    sku VARCHAR(30) NOT NULL UNIQUE,
    description VARCHAR(255) NOT NULL,
    description_key VARCHAR(255) NOT NULL,
    category VARCHAR(60),
    unit VARCHAR(6) NOT NULL,
    weight_grams INTEGER NOT NULL CHECK (weight_grams >= 0),
    list_price_cents BIGINT NOT NULL CHECK (list_price_cents >= 0),
    unit_cost_cents BIGINT NOT NULL CHECK (unit_cost_cents >= 0),
    taxable BOOLEAN NOT NULL,
    active BOOLEAN NOT NULL
);
CREATE INDEX ix_product_description ON product (description_key);

CREATE TABLE customer_price (
    id ${id_pk},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    product_id BIGINT NOT NULL REFERENCES product (id),
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    valid_from VARCHAR(10),
    valid_to VARCHAR(10)
);
CREATE INDEX ix_customer_price ON customer_price (customer_id, product_id);

CREATE TABLE fulfillment_node (
    id ${id_pk},
    code VARCHAR(20) NOT NULL UNIQUE,
    name VARCHAR(255) NOT NULL,
    node_type VARCHAR(10) NOT NULL,
    line1 VARCHAR(255),
    line2 VARCHAR(255),
    city VARCHAR(255),
    state VARCHAR(2),
    zip VARCHAR(10),
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    handling_cents BIGINT NOT NULL,
    pick_per_unit_cents BIGINT NOT NULL,
    capacity_shipments INTEGER,
    active BOOLEAN NOT NULL
);

CREATE TABLE inventory (
    id ${id_pk},
    node_id BIGINT NOT NULL REFERENCES fulfillment_node (id),
    product_id BIGINT NOT NULL REFERENCES product (id),
    on_hand INTEGER NOT NULL CHECK (on_hand >= 0),
    reserved INTEGER NOT NULL CHECK (reserved >= 0),
    safety_stock INTEGER NOT NULL CHECK (safety_stock >= 0),
    version BIGINT NOT NULL,
    CONSTRAINT uq_inventory UNIQUE (node_id, product_id)
);
CREATE INDEX ix_inventory_product ON inventory (product_id);

CREATE TABLE document_sequence (
    series VARCHAR(20) PRIMARY KEY,
    prefix VARCHAR(10) NOT NULL,
    next_value BIGINT NOT NULL,
    width INTEGER NOT NULL
);
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('ORDER', 'SO-', 100001, 6);
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('INVOICE', 'INV-', 10001, 6);
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('CREDIT_MEMO', 'CM-', 1001, 6);

CREATE TABLE sales_order (
    id ${id_pk},
    order_no VARCHAR(20) NOT NULL UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    channel VARCHAR(10) NOT NULL,
    customer_po VARCHAR(40),
    order_date VARCHAR(10) NOT NULL,
    requested_date VARCHAR(10),
    ship_to_id BIGINT REFERENCES ship_to (id),
    ship_line1 VARCHAR(255),
    ship_line2 VARCHAR(255),
    ship_city VARCHAR(255),
    ship_state VARCHAR(2),
    ship_zip VARCHAR(10),
    ship_lat DOUBLE PRECISION,
    ship_lon DOUBLE PRECISION,
    status VARCHAR(20) NOT NULL,
    notes VARCHAR(2000),
    subtotal_cents BIGINT NOT NULL,
    discount_cents BIGINT NOT NULL,
    tax_rate VARCHAR(20) NOT NULL,
    tax_cents BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    entered_by VARCHAR(40) NOT NULL,
    entered_at BIGINT NOT NULL,
    changed_by VARCHAR(40),
    changed_at BIGINT,
    version BIGINT NOT NULL
);
CREATE INDEX ix_order_customer ON sales_order (customer_id);
CREATE INDEX ix_order_status_date ON sales_order (status, order_date);
CREATE INDEX ix_order_date ON sales_order (order_date);

CREATE TABLE sales_order_line (
    id ${id_pk},
    order_id BIGINT NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id BIGINT NOT NULL REFERENCES product (id),
    sku VARCHAR(30) NOT NULL,
    description VARCHAR(255) NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0),
    unit_price_cents BIGINT NOT NULL CHECK (unit_price_cents >= 0),
    price_source VARCHAR(10) NOT NULL,
    discount_pct VARCHAR(12) NOT NULL,
    extended_cents BIGINT NOT NULL,
    taxable BOOLEAN NOT NULL
);
CREATE INDEX ix_order_line_order ON sales_order_line (order_id);
CREATE INDEX ix_order_line_product ON sales_order_line (product_id);

CREATE TABLE invoice (
    id ${id_pk},
    invoice_no VARCHAR(20) NOT NULL UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    order_id BIGINT REFERENCES sales_order (id),
    issue_date VARCHAR(10) NOT NULL,
    due_date VARCHAR(10) NOT NULL,
    terms VARCHAR(30) NOT NULL,
    discount_until VARCHAR(10),
    discount_pct VARCHAR(12),
    subtotal_cents BIGINT NOT NULL,
    tax_cents BIGINT NOT NULL,
    freight_cents BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    open_cents BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_invoice_customer_status ON invoice (customer_id, status);

CREATE TABLE audit_entry (
    id ${id_pk},
    seq BIGINT NOT NULL UNIQUE,
    at BIGINT NOT NULL,
    username VARCHAR(40) NOT NULL,
    action VARCHAR(40) NOT NULL,
    doc_type VARCHAR(30),
    doc_id VARCHAR(40),
    before_value VARCHAR(4000),
    after_value VARCHAR(4000),
    reason VARCHAR(2000),
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_doc ON audit_entry (doc_type, doc_id);
