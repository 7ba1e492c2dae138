-- Issue 16, the figures: who acted on an order after it was captured, and when. The touchless
-- share of orders is the share with no such row. Written by the order, credit and fulfillment use
-- cases in the unit of work that records the person's decision in the audit trail.
CREATE TABLE order_touch (
    id ${id_pk},
    order_id BIGINT NOT NULL REFERENCES sales_order (id),
    username VARCHAR(40) NOT NULL,
    action VARCHAR(40) NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX ix_order_touch_order ON order_touch (order_id);

-- A book kept before this table has the same decisions in its audit trail: carry them over so its
-- figures do not call every old order touchless.
INSERT INTO order_touch (order_id, username, action, at)
SELECT o.id, a.username, a.action, a.at
FROM audit_entry a JOIN sales_order o ON o.order_no = a.doc_id
WHERE a.doc_type = 'ORDER'
  AND (a.action IN ('CREDIT_RELEASE', 'CREDIT_REJECT', 'ROUTING_OVERRIDE', 'ORDER_CANCEL')
       OR (a.action = 'ORDER_SAVE' AND a.after_value LIKE '%"kind":"amended"%'));

-- Releases the credit desk stored without an audit entry (the demo history's) count as well.
INSERT INTO order_touch (order_id, username, action, at)
SELECT r.order_id, r.released_by, 'CREDIT_RELEASE', r.released_at
FROM credit_release r
WHERE NOT EXISTS (SELECT 1 FROM order_touch t WHERE t.order_id = r.order_id AND t.action = 'CREDIT_RELEASE');
