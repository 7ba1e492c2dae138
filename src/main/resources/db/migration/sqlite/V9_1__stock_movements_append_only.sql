-- Stock movements are a ledger: a correction is a new movement, never an edit of an old one.
CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
BEGIN
    SELECT RAISE(ABORT, 'stock movements are kept as they were made: correct one with a new movement');
END;

CREATE TRIGGER stock_movement_no_delete BEFORE DELETE ON stock_movement
BEGIN
    SELECT RAISE(ABORT, 'stock movements are kept as they were made: a movement cannot be removed');
END;
