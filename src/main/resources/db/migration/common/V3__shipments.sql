-- Fulfillment: a shipment is one node's part of one order (routing.md). Lines say how much of
-- each order line that node ships; qty_shipped is what was actually confirmed at pack-and-ship.
CREATE TABLE shipment (
    id ${id_pk},
    shipment_no VARCHAR(24) NOT NULL UNIQUE,
    order_id BIGINT NOT NULL REFERENCES sales_order (id),
    node_id BIGINT NOT NULL REFERENCES fulfillment_node (id),
    status VARCHAR(20) NOT NULL,
    planned_cost_cents BIGINT NOT NULL,
    distance_km DOUBLE PRECISION,
    zone INTEGER,
    weight_grams INTEGER NOT NULL,
    units INTEGER NOT NULL,
    carrier VARCHAR(40),
    tracking_no VARCHAR(60),
    ship_date VARCHAR(10),
    released_at BIGINT,
    shipped_at BIGINT,
    shipped_by VARCHAR(40),
    version BIGINT NOT NULL
);
CREATE INDEX ix_shipment_order ON shipment (order_id);
CREATE INDEX ix_shipment_status ON shipment (status);

CREATE TABLE shipment_line (
    id ${id_pk},
    shipment_id BIGINT NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    order_line_id BIGINT NOT NULL REFERENCES sales_order_line (id),
    product_id BIGINT NOT NULL REFERENCES product (id),
    qty_planned INTEGER NOT NULL CHECK (qty_planned > 0),
    qty_shipped INTEGER CHECK (qty_shipped >= 0)
);
CREATE INDEX ix_shipment_line_shipment ON shipment_line (shipment_id);

INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('SHIPMENT', 'SH-', 100001, 6);
