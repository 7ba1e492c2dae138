-- A settlement of a case (credit memo, chargeback, write-off) is undone only by its own
-- counter-document, a new row pointing back at it: the database refuses to change or remove one.
CREATE FUNCTION claim_settlement_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a case settlement never changes: reverse it with its counter-document';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER claim_settlement_no_update BEFORE UPDATE OR DELETE ON claim_settlement
    FOR EACH ROW EXECUTE FUNCTION claim_settlement_refuse_change();

CREATE FUNCTION return_receipt_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a return receipt never changes';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER return_receipt_no_update BEFORE UPDATE ON return_receipt
    FOR EACH ROW EXECUTE FUNCTION return_receipt_refuse_change();
