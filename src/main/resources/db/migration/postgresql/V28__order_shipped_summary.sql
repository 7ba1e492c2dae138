-- Issue 16: what an order's shipments that left add up to, recorded on the order and kept right by
-- triggers (see sqlite/V28__order_shipped_summary.sql for the columns and why triggers). The same
-- formulas; here the recomputation is a function the triggers call.
ALTER TABLE sales_order ADD COLUMN ship_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales_order ADD COLUMN last_ship_date VARCHAR(10);
ALTER TABLE sales_order ADD COLUMN last_arrival_date VARCHAR(10);
ALTER TABLE sales_order ADD COLUMN ship_shipping_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sales_order ADD COLUMN ship_handling_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sales_order ADD COLUMN shipped_in_full BOOLEAN NOT NULL DEFAULT FALSE;

-- Recomputes one order's summary from its rows (never adds to it, so it cannot drift).
CREATE FUNCTION order_shipped_refresh(p_order BIGINT) RETURNS void AS $$
BEGIN
    UPDATE sales_order SET
        ship_count = (SELECT COUNT(*) FROM shipment s
            WHERE s.order_id = p_order AND s.status IN ('SHIPPED', 'INVOICED')),
        last_ship_date = (SELECT MAX(s.ship_date) FROM shipment s
            WHERE s.order_id = p_order AND s.status IN ('SHIPPED', 'INVOICED')),
        last_arrival_date = (SELECT s.delivery_date FROM shipment s
            WHERE s.order_id = p_order AND s.status IN ('SHIPPED', 'INVOICED') AND s.ship_date IS NOT NULL
            ORDER BY s.ship_date DESC, s.id DESC LIMIT 1),
        ship_shipping_cents = (SELECT COALESCE(SUM(s.planned_cost_cents
                - LEAST(n.handling_cents + n.pick_per_unit_cents * s.units, s.planned_cost_cents)), 0)
            FROM shipment s JOIN fulfillment_node n ON n.id = s.node_id
            WHERE s.order_id = p_order AND s.status IN ('SHIPPED', 'INVOICED')),
        ship_handling_cents = (SELECT COALESCE(SUM(LEAST(n.handling_cents + n.pick_per_unit_cents * s.units,
                s.planned_cost_cents)), 0)
            FROM shipment s JOIN fulfillment_node n ON n.id = s.node_id
            WHERE s.order_id = p_order AND s.status IN ('SHIPPED', 'INVOICED')),
        shipped_in_full = NOT EXISTS (SELECT 1 FROM sales_order_line l WHERE l.order_id = p_order
            AND l.qty > (SELECT COALESCE(SUM(COALESCE(sl.qty_shipped, sl.qty_planned)), 0)
                FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id
                WHERE s.order_id = p_order AND s.status IN ('SHIPPED', 'INVOICED') AND sl.order_line_id = l.id))
    WHERE id = p_order;
END;
$$ LANGUAGE plpgsql;

-- NEW is read only where the operation has one, OLD likewise (each branch on its own)
CREATE FUNCTION shipment_shipped_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status IN ('SHIPPED', 'INVOICED') THEN
            PERFORM order_shipped_refresh(OLD.order_id);
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        IF NEW.status IN ('SHIPPED', 'INVOICED') THEN
            PERFORM order_shipped_refresh(NEW.order_id);
        END IF;
    ELSIF (OLD.status IN ('SHIPPED', 'INVOICED')) <> (NEW.status IN ('SHIPPED', 'INVOICED'))
            OR (NEW.status IN ('SHIPPED', 'INVOICED') AND (OLD.ship_date IS DISTINCT FROM NEW.ship_date
                OR OLD.delivery_date IS DISTINCT FROM NEW.delivery_date
                OR OLD.planned_cost_cents IS DISTINCT FROM NEW.planned_cost_cents OR OLD.units IS DISTINCT FROM NEW.units
                OR OLD.node_id IS DISTINCT FROM NEW.node_id OR OLD.order_id IS DISTINCT FROM NEW.order_id)) THEN
        PERFORM order_shipped_refresh(NEW.order_id);
        IF OLD.order_id IS DISTINCT FROM NEW.order_id THEN
            PERFORM order_shipped_refresh(OLD.order_id);
        END IF;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER shipment_shipped AFTER INSERT OR UPDATE OR DELETE ON shipment
    FOR EACH ROW EXECUTE FUNCTION shipment_shipped_changed();

-- the orders of the shipments (that left) a shipment line belongs to: before and after the change
CREATE FUNCTION shipment_line_shipped_changed() RETURNS trigger AS $$
DECLARE
    before_ BIGINT;
    after_ BIGINT;
    o BIGINT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        before_ := OLD.shipment_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        after_ := NEW.shipment_id;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.qty_shipped IS NOT DISTINCT FROM NEW.qty_shipped
            AND OLD.qty_planned IS NOT DISTINCT FROM NEW.qty_planned
            AND OLD.order_line_id IS NOT DISTINCT FROM NEW.order_line_id
            AND OLD.shipment_id IS NOT DISTINCT FROM NEW.shipment_id THEN
        RETURN NULL;
    END IF;
    FOR o IN SELECT DISTINCT s.order_id FROM shipment s
            WHERE s.id IN (before_, after_) AND s.status IN ('SHIPPED', 'INVOICED') LOOP
        PERFORM order_shipped_refresh(o);
    END LOOP;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER shipment_line_shipped AFTER INSERT OR UPDATE OR DELETE ON shipment_line
    FOR EACH ROW EXECUTE FUNCTION shipment_line_shipped_changed();

-- an order line of an order that shipped something: added, removed or its quantity changed
CREATE FUNCTION order_line_shipped_changed() RETURNS trigger AS $$
DECLARE
    before_ BIGINT;
    after_ BIGINT;
    o BIGINT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        before_ := OLD.order_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        after_ := NEW.order_id;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.qty IS NOT DISTINCT FROM NEW.qty AND OLD.order_id IS NOT DISTINCT FROM NEW.order_id THEN
        RETURN NULL;
    END IF;
    FOR o IN SELECT DISTINCT s.order_id FROM shipment s
            WHERE s.order_id IN (before_, after_) AND s.status IN ('SHIPPED', 'INVOICED') LOOP
        PERFORM order_shipped_refresh(o);
    END LOOP;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER order_line_shipped AFTER INSERT OR UPDATE OR DELETE ON sales_order_line
    FOR EACH ROW EXECUTE FUNCTION order_line_shipped_changed();

-- handling is counted at the node's current costs, as the ledger read counts it
CREATE FUNCTION fulfillment_node_shipped_costs() RETURNS trigger AS $$
DECLARE
    o BIGINT;
BEGIN
    IF OLD.handling_cents IS DISTINCT FROM NEW.handling_cents
            OR OLD.pick_per_unit_cents IS DISTINCT FROM NEW.pick_per_unit_cents THEN
        FOR o IN SELECT DISTINCT s.order_id FROM shipment s
                WHERE s.node_id = NEW.id AND s.status IN ('SHIPPED', 'INVOICED') LOOP
            PERFORM order_shipped_refresh(o);
        END LOOP;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER fulfillment_node_shipped AFTER UPDATE ON fulfillment_node
    FOR EACH ROW EXECUTE FUNCTION fulfillment_node_shipped_costs();

-- Backfill, once, set-wise; the same formulas as the function's.
UPDATE sales_order SET ship_count = a.shipments, last_ship_date = a.last_day,
        ship_shipping_cents = a.shipping, ship_handling_cents = a.handling
FROM (SELECT s.order_id, COUNT(*) AS shipments, MAX(s.ship_date) AS last_day,
        SUM(s.planned_cost_cents - LEAST(n.handling_cents + n.pick_per_unit_cents * s.units, s.planned_cost_cents)) AS shipping,
        SUM(LEAST(n.handling_cents + n.pick_per_unit_cents * s.units, s.planned_cost_cents)) AS handling
    FROM shipment s JOIN fulfillment_node n ON n.id = s.node_id
    WHERE s.status IN ('SHIPPED', 'INVOICED') GROUP BY s.order_id) a
WHERE a.order_id = sales_order.id;

UPDATE sales_order SET last_arrival_date = (SELECT s.delivery_date FROM shipment s
        WHERE s.order_id = sales_order.id AND s.status IN ('SHIPPED', 'INVOICED') AND s.ship_date IS NOT NULL
        ORDER BY s.ship_date DESC, s.id DESC LIMIT 1)
WHERE ship_count > 0;

UPDATE sales_order SET shipped_in_full = NOT EXISTS (SELECT 1 FROM sales_order_line l
        LEFT JOIN (SELECT sl.order_line_id AS line_id, SUM(COALESCE(sl.qty_shipped, sl.qty_planned)) AS qty
            FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
            WHERE s.status IN ('SHIPPED', 'INVOICED') AND s.order_id = sales_order.id
            GROUP BY sl.order_line_id) x ON x.line_id = l.id
        WHERE l.order_id = sales_order.id AND l.qty > COALESCE(x.qty, 0))
WHERE ship_count > 0;
