-- Posting a payment follows its order's settlement (OrderSettlement.follow reads the order's invoices
-- by order_id): without this index each posted payment scanned the whole invoice table, a cost that
-- grew with the book (the largest native item in a 30-day simulated run's profile).
CREATE INDEX ix_invoice_order ON invoice (order_id);
