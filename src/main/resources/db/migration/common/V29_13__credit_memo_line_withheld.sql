-- What a credit memo line kept from its credit (a returned line's restocking fee), so the memo can print the
-- returned units at their price and the fee as a line of its own: amount_cents stays what the line credits
-- (returned value less the fee), and the lines still add up to the memo's lines amount. Memos issued before
-- this migration show 0 here (their fee is in their reason's text only).
ALTER TABLE credit_memo_line ADD COLUMN withheld_cents BIGINT NOT NULL DEFAULT 0;
