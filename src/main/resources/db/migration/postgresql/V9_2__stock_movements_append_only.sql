-- Stock movements are a ledger: a correction is a new movement, never an edit of an old one.
CREATE FUNCTION stock_movement_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'stock movements are kept as they were made: correct one with a new movement';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER stock_movement_no_update BEFORE UPDATE OR DELETE ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_refuse_change();

CREATE TRIGGER stock_movement_no_truncate BEFORE TRUNCATE ON stock_movement
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movement_refuse_change();
