-- A settlement of a case (credit memo, chargeback, write-off) is undone only by its own
-- counter-document, a new row pointing back at it: the database refuses to change or remove one.
CREATE TRIGGER claim_settlement_no_update BEFORE UPDATE ON claim_settlement
BEGIN
    SELECT RAISE(ABORT, 'a case settlement never changes: reverse it with its counter-document');
END;

CREATE TRIGGER claim_settlement_no_delete BEFORE DELETE ON claim_settlement
BEGIN
    SELECT RAISE(ABORT, 'a case settlement never changes: reverse it with its counter-document');
END;

CREATE TRIGGER return_receipt_no_update BEFORE UPDATE ON return_receipt
BEGIN
    SELECT RAISE(ABORT, 'a return receipt never changes');
END;
