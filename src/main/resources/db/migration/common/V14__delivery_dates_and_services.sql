-- Issue 17: delivery dates and carrier services (routing.md, "Delivery dates and carrier
-- services"). A node needs handling_days calendar days from an order's release until its
-- shipment leaves; each carrier service prices the rate card's rate times price_factor and takes
-- transit days per zone ("1:1,2:2,*:3": a zone's own entry wins over "*"; a zone with neither is
-- not served). A shipment records the service the router chose and its planned ship and delivery
-- dates (ship_date stays the date it actually left). An order keeps the date its plan must meet
-- (deliver_by: the requested delivery date, or the faster way the clerk picked) and that choice.
ALTER TABLE fulfillment_node ADD COLUMN handling_days INTEGER NOT NULL DEFAULT 0;

CREATE TABLE carrier_service (
    name VARCHAR(20) PRIMARY KEY,
    label VARCHAR(60) NOT NULL,
    price_factor DOUBLE PRECISION NOT NULL CHECK (price_factor > 0),
    transit_days VARCHAR(200) NOT NULL,
    sort_order INTEGER NOT NULL,
    active BOOLEAN NOT NULL
);
INSERT INTO carrier_service (name, label, price_factor, transit_days, sort_order, active)
    VALUES ('GROUND', 'Ground', 1.0, '1:1,2:2,3:3,4:4,5:5,6:5,7:6,8:7', 1, TRUE);
INSERT INTO carrier_service (name, label, price_factor, transit_days, sort_order, active)
    VALUES ('TWO_DAY', 'Two-day', 1.9, '*:2', 2, TRUE);
INSERT INTO carrier_service (name, label, price_factor, transit_days, sort_order, active)
    VALUES ('OVERNIGHT', 'Overnight', 3.4, '*:1', 3, TRUE);

ALTER TABLE shipment ADD COLUMN service VARCHAR(20);
ALTER TABLE shipment ADD COLUMN planned_ship_date VARCHAR(10);
ALTER TABLE shipment ADD COLUMN delivery_date VARCHAR(10);

ALTER TABLE sales_order ADD COLUMN deliver_by VARCHAR(10);
ALTER TABLE sales_order ADD COLUMN delivery_choice VARCHAR(200);
