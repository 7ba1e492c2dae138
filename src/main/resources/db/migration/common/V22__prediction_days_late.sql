-- The credit-hold desk shows how many days after due a customer's money is expected (issue 15);
-- the day's prediction run fills it, rows from before it stay NULL until the next run.
ALTER TABLE collection_prediction ADD COLUMN expected_days_late INTEGER;
