-- Issue 11, the order's whole life: when routing planned each shipment, so an order's timeline
-- shows the plan at the moment it was made (older shipments have none and show when they moved).
ALTER TABLE shipment ADD COLUMN planned_at BIGINT;

-- The timeline reads the audit entries of one order and its shipments: by document, not by scan.
CREATE INDEX ix_audit_document ON audit_entry (doc_type, doc_id);
