-- Issue 11: customers kept in the application. A customer can be switched off (no new orders, its
-- history stays), its tax-exemption certificate can expire, and it is known by the e-mail
-- addresses or domains and the EDI sender ID of its electronic orders, by its own part numbers
-- and (already, V5) by its bank accounts. Ship-tos get a code (EDI and order files name them by
-- it) and are switched off rather than deleted, because orders point at them.
ALTER TABLE customer ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE customer ADD COLUMN tax_exempt_expires VARCHAR(10);
ALTER TABLE customer ADD COLUMN edi_sender_id VARCHAR(40);
-- The rule version (logic.customer.SearchWords.VERSION) its search words were made with; 0: none yet.
ALTER TABLE customer ADD COLUMN search_version INTEGER DEFAULT 0 NOT NULL;
CREATE UNIQUE INDEX uq_customer_edi_sender ON customer (edi_sender_id);
CREATE INDEX ix_customer_search_version ON customer (search_version);
-- "same name and ZIP" lookalikes
CREATE INDEX ix_customer_bill_zip ON customer (bill_zip);

ALTER TABLE ship_to ADD COLUMN code VARCHAR(20) DEFAULT '' NOT NULL;
ALTER TABLE ship_to ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
-- Existing ship-tos: the customer's (first) default is MAIN, the others S<id>: unique per customer.
UPDATE ship_to SET code = 'S' || id;
UPDATE ship_to SET code = 'MAIN' WHERE is_default = TRUE
    AND id = (SELECT MIN(s.id) FROM ship_to s WHERE s.customer_id = ship_to.customer_id AND s.is_default = TRUE);
CREATE UNIQUE INDEX uq_ship_to_code ON ship_to (customer_id, code);

-- People at the customer, in the order the customer screen lists them.
CREATE TABLE customer_contact (
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    position INTEGER NOT NULL,
    name VARCHAR(255) NOT NULL,
    phone VARCHAR(30),
    phone_digits VARCHAR(20),
    email VARCHAR(255),
    PRIMARY KEY (customer_id, position)
);
CREATE INDEX ix_contact_phone ON customer_contact (phone_digits);

-- A sender address (buyer@acme.com) or a whole domain (@acme.com) whose mailed orders are the
-- customer's. A shared domain may name several customers; an address beats a domain.
CREATE TABLE customer_order_address (
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    address VARCHAR(255) NOT NULL,
    PRIMARY KEY (customer_id, address)
);
CREATE INDEX ix_order_address ON customer_order_address (address);

-- The customer's own part numbers for our SKUs.
CREATE TABLE customer_part_number (
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    customer_part VARCHAR(60) NOT NULL,
    product_id BIGINT NOT NULL REFERENCES product (id),
    PRIMARY KEY (customer_id, customer_part)
);
CREATE INDEX ix_part_number_product ON customer_part_number (product_id);

-- The words a customer is found by on the customer screen (name, number, city, ZIP, phone,
-- e-mail, contacts...), searched by prefix range so an index answers "any word" on every database.
CREATE TABLE customer_word (
    word VARCHAR(40) NOT NULL,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    PRIMARY KEY (word, customer_id)
);
-- (customer, word): "does this customer have a word starting so" without reading its other words
CREATE INDEX ix_customer_word_customer ON customer_word (customer_id, word);

-- New customers take the next number of this series unless one is typed (V8.1 moves it past the
-- numbers already in the book).
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('CUSTOMER', 'C-', 10000, 5);
