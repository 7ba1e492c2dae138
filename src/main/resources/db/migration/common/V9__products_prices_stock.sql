-- Products, contract prices and stock kept in the app (issue 11).
--
-- Products: case quantity, GTIN (stored as 14 digits, GS1's advice for databases: a UPC-A, an
-- EAN-13 and a GTIN-14 of the same item are one value) and a version for optimistic locking.
ALTER TABLE product ADD COLUMN case_qty INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE product ADD COLUMN gtin VARCHAR(14);
ALTER TABLE product ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE UNIQUE INDEX ux_product_gtin ON product (gtin);

-- Contract prices are keyed by customer, product and valid-from (the import's key). An undated
-- contract was valid from the beginning: it keeps that meaning with valid-from 2000-01-01 (before
-- any order of any book) and an open end. Where two undated contracts for one customer and
-- product shared a key, the newest one (the one order entry used) is kept.
DELETE FROM customer_price WHERE EXISTS (
    SELECT 1 FROM customer_price newer
    WHERE newer.customer_id = customer_price.customer_id
      AND newer.product_id = customer_price.product_id
      AND COALESCE(newer.valid_from, '2000-01-01') = COALESCE(customer_price.valid_from, '2000-01-01')
      AND newer.id > customer_price.id);
UPDATE customer_price SET valid_from = '2000-01-01' WHERE valid_from IS NULL;
CREATE UNIQUE INDEX ux_customer_price_key ON customer_price (customer_id, product_id, valid_from);

-- Every change of stock on hand made by a person: receipts, adjustments (with a reason) and both
-- halves of a transfer; shipments are their own record (shipment_line). Never changed or removed
-- (triggers in V9_1 / V9_2). qty is the signed change of on hand; on_hand_after the count after it.
CREATE TABLE stock_movement (
    id ${id_pk},
    product_id BIGINT NOT NULL REFERENCES product (id),
    node_id BIGINT NOT NULL REFERENCES fulfillment_node (id),
    kind VARCHAR(12) NOT NULL,
    reason VARCHAR(10),
    qty INTEGER NOT NULL,
    on_hand_after INTEGER NOT NULL CHECK (on_hand_after >= 0),
    reference VARCHAR(60),
    other_node_id BIGINT REFERENCES fulfillment_node (id),
    note VARCHAR(500),
    moved_at BIGINT NOT NULL,
    moved_by VARCHAR(40) NOT NULL
);
CREATE INDEX ix_stock_movement_item ON stock_movement (product_id, node_id, id);
