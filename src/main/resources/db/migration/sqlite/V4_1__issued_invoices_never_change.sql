-- An issued invoice never changes (corrections are credit memos): the database refuses what the
-- application never does. Only the money that follows it may change (open amount, credited,
-- status) and its print record. Credit memos likewise. SQLite only for now (triggers differ).
CREATE TRIGGER invoice_never_changes BEFORE UPDATE ON invoice
WHEN NEW.invoice_no <> OLD.invoice_no OR NEW.customer_id <> OLD.customer_id
  OR NEW.issue_date <> OLD.issue_date OR NEW.due_date <> OLD.due_date OR NEW.terms <> OLD.terms
  OR NEW.subtotal_cents <> OLD.subtotal_cents OR NEW.tax_cents <> OLD.tax_cents
  OR NEW.freight_cents <> OLD.freight_cents OR NEW.total_cents <> OLD.total_cents
BEGIN
  SELECT RAISE(ABORT, 'an issued invoice never changes; correct it with a credit memo');
END;

CREATE TRIGGER invoice_line_never_changes BEFORE UPDATE ON invoice_line
BEGIN
  SELECT RAISE(ABORT, 'an issued invoice never changes; correct it with a credit memo');
END;

CREATE TRIGGER invoice_line_never_deleted BEFORE DELETE ON invoice_line
BEGIN
  SELECT RAISE(ABORT, 'an issued invoice never changes; correct it with a credit memo');
END;

CREATE TRIGGER invoice_tax_never_changes BEFORE UPDATE ON invoice_tax
BEGIN
  SELECT RAISE(ABORT, 'an issued invoice never changes; correct it with a credit memo');
END;

CREATE TRIGGER credit_memo_never_changes BEFORE UPDATE ON credit_memo
WHEN NEW.memo_no <> OLD.memo_no OR NEW.invoice_id <> OLD.invoice_id OR NEW.total_cents <> OLD.total_cents
  OR NEW.lines_cents <> OLD.lines_cents OR NEW.tax_cents <> OLD.tax_cents OR NEW.issue_date <> OLD.issue_date
BEGIN
  SELECT RAISE(ABORT, 'an issued credit memo never changes');
END;

CREATE TRIGGER credit_memo_line_never_changes BEFORE UPDATE ON credit_memo_line
BEGIN
  SELECT RAISE(ABORT, 'an issued credit memo never changes');
END;
