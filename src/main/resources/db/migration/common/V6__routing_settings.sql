-- Routing settings and records (issue 4). The parcel rate card the router prices shipments with
-- (routing.md: zones by distance, weight breaks, one price per zone and break, a price per kg
-- above the last break), the backorder penalty, and the backordered remainders of routed orders.
-- Defaults: the spec's zone-1 prices, each further zone about 11 % dearer plus a weight surcharge.
CREATE TABLE rate_zone (
    zone INTEGER PRIMARY KEY,
    max_km DOUBLE PRECISION,
    per_kg_above_max_cents BIGINT NOT NULL CHECK (per_kg_above_max_cents >= 0)
);

CREATE TABLE rate_weight_break (
    idx INTEGER PRIMARY KEY,
    max_grams INTEGER NOT NULL CHECK (max_grams > 0)
);

CREATE TABLE rate_price (
    zone INTEGER NOT NULL REFERENCES rate_zone (zone),
    idx INTEGER NOT NULL REFERENCES rate_weight_break (idx),
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    PRIMARY KEY (zone, idx)
);

CREATE TABLE routing_setting (
    name VARCHAR(40) PRIMARY KEY,
    value VARCHAR(255) NOT NULL
);
INSERT INTO routing_setting (name, value) VALUES ('backorder_penalty_per_unit', '25.00');

-- What routing could not promise: open until stock arrives and the order is routed again.
CREATE TABLE order_backorder (
    id ${id_pk},
    order_id BIGINT NOT NULL REFERENCES sales_order (id),
    order_line_id BIGINT NOT NULL REFERENCES sales_order_line (id),
    product_id BIGINT NOT NULL REFERENCES product (id),
    qty INTEGER NOT NULL CHECK (qty > 0),
    created_at BIGINT NOT NULL,
    cause VARCHAR(20) NOT NULL,
    is_open BOOLEAN NOT NULL
);
CREATE INDEX ix_backorder_order ON order_backorder (order_id);

INSERT INTO rate_weight_break (idx, max_grams) VALUES (0, 500);
INSERT INTO rate_weight_break (idx, max_grams) VALUES (1, 1000);
INSERT INTO rate_weight_break (idx, max_grams) VALUES (2, 2000);
INSERT INTO rate_weight_break (idx, max_grams) VALUES (3, 5000);
INSERT INTO rate_weight_break (idx, max_grams) VALUES (4, 10000);
INSERT INTO rate_weight_break (idx, max_grams) VALUES (5, 20000);
INSERT INTO rate_weight_break (idx, max_grams) VALUES (6, 30000);
INSERT INTO rate_zone (zone, max_km, per_kg_above_max_cents) VALUES (1, 80, 55);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (1, 0, 710);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (1, 1, 760);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (1, 2, 840);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (1, 3, 1020);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (1, 4, 1290);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (1, 5, 1780);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (1, 6, 2250);
INSERT INTO rate_zone (zone, max_km, per_kg_above_max_cents) VALUES (2, 241, 67);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (2, 0, 811);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (2, 1, 879);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (2, 2, 985);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (2, 3, 1224);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (2, 4, 1571);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (2, 5, 2187);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (2, 6, 2767);
INSERT INTO rate_zone (zone, max_km, per_kg_above_max_cents) VALUES (3, 483, 79);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (3, 0, 912);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (3, 1, 997);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (3, 2, 1131);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (3, 3, 1428);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (3, 4, 1852);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (3, 5, 2594);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (3, 6, 3284);
INSERT INTO rate_zone (zone, max_km, per_kg_above_max_cents) VALUES (4, 966, 91);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (4, 0, 1014);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (4, 1, 1116);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (4, 2, 1276);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (4, 3, 1632);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (4, 4, 2134);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (4, 5, 3001);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (4, 6, 3801);
INSERT INTO rate_zone (zone, max_km, per_kg_above_max_cents) VALUES (5, 1609, 103);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (5, 0, 1115);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (5, 1, 1234);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (5, 2, 1422);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (5, 3, 1837);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (5, 4, 2415);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (5, 5, 3408);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (5, 6, 4317);
INSERT INTO rate_zone (zone, max_km, per_kg_above_max_cents) VALUES (6, 2253, 115);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (6, 0, 1216);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (6, 1, 1353);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (6, 2, 1567);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (6, 3, 2041);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (6, 4, 2696);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (6, 5, 3815);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (6, 6, 4834);
INSERT INTO rate_zone (zone, max_km, per_kg_above_max_cents) VALUES (7, 2897, 127);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (7, 0, 1317);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (7, 1, 1472);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (7, 2, 1713);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (7, 3, 2245);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (7, 4, 2977);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (7, 5, 4222);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (7, 6, 5351);
INSERT INTO rate_zone (zone, max_km, per_kg_above_max_cents) VALUES (8, NULL, 139);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (8, 0, 1418);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (8, 1, 1590);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (8, 2, 1858);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (8, 3, 2449);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (8, 4, 3259);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (8, 5, 4629);
INSERT INTO rate_price (zone, idx, price_cents) VALUES (8, 6, 5868);
