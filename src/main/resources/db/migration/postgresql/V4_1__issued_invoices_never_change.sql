-- An issued invoice never changes (corrections are credit memos): the database refuses what the
-- application never does. Only the money that follows it may change (open amount, credited,
-- status) and its print record. Credit memos likewise. The PostgreSQL twin of sqlite/V4_1.
CREATE FUNCTION issued_invoice_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'an issued invoice never changes; correct it with a credit memo';
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION issued_credit_memo_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'an issued credit memo never changes';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoice_never_changes BEFORE UPDATE ON invoice
    FOR EACH ROW
    WHEN (NEW.invoice_no IS DISTINCT FROM OLD.invoice_no OR NEW.customer_id IS DISTINCT FROM OLD.customer_id
          OR NEW.issue_date IS DISTINCT FROM OLD.issue_date OR NEW.due_date IS DISTINCT FROM OLD.due_date
          OR NEW.terms IS DISTINCT FROM OLD.terms OR NEW.subtotal_cents IS DISTINCT FROM OLD.subtotal_cents
          OR NEW.tax_cents IS DISTINCT FROM OLD.tax_cents OR NEW.freight_cents IS DISTINCT FROM OLD.freight_cents
          OR NEW.total_cents IS DISTINCT FROM OLD.total_cents)
    EXECUTE FUNCTION issued_invoice_refuse_change();

CREATE TRIGGER invoice_line_never_changes BEFORE UPDATE OR DELETE ON invoice_line
    FOR EACH ROW EXECUTE FUNCTION issued_invoice_refuse_change();

CREATE TRIGGER invoice_tax_never_changes BEFORE UPDATE ON invoice_tax
    FOR EACH ROW EXECUTE FUNCTION issued_invoice_refuse_change();

CREATE TRIGGER credit_memo_never_changes BEFORE UPDATE ON credit_memo
    FOR EACH ROW
    WHEN (NEW.memo_no IS DISTINCT FROM OLD.memo_no OR NEW.invoice_id IS DISTINCT FROM OLD.invoice_id
          OR NEW.total_cents IS DISTINCT FROM OLD.total_cents OR NEW.lines_cents IS DISTINCT FROM OLD.lines_cents
          OR NEW.tax_cents IS DISTINCT FROM OLD.tax_cents OR NEW.issue_date IS DISTINCT FROM OLD.issue_date)
    EXECUTE FUNCTION issued_credit_memo_refuse_change();

CREATE TRIGGER credit_memo_line_never_changes BEFORE UPDATE ON credit_memo_line
    FOR EACH ROW EXECUTE FUNCTION issued_credit_memo_refuse_change();
