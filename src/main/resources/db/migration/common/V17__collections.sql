-- Collections (issue 15): which collector owns a customer, the calls and emails logged with it,
-- its promises to pay, the dunning procedure (levels kept by administrators) and the letters sent,
-- and the day's cached predictions per customer (the worklist reads them instead of running the
-- prediction engine on every opening) with each day's 13-week cash forecast kept for comparison.
-- Money in cents, dates ISO text, moments epoch millis.

CREATE TABLE collector_assignment (
    customer_id BIGINT PRIMARY KEY REFERENCES customer (id),
    collector VARCHAR(40) NOT NULL,
    assigned_by VARCHAR(40) NOT NULL,
    assigned_at BIGINT NOT NULL
);
CREATE INDEX ix_collector_assignment_collector ON collector_assignment (collector);

CREATE TABLE collection_contact (
    id ${id_pk},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    channel VARCHAR(10) NOT NULL,
    note VARCHAR(2000) NOT NULL,
    next_action_on VARCHAR(10),
    contacted_at BIGINT NOT NULL,
    contacted_by VARCHAR(40) NOT NULL
);
CREATE INDEX ix_collection_contact_customer ON collection_contact (customer_id, contacted_at);

CREATE TABLE payment_promise (
    id ${id_pk},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    promised_for VARCHAR(10) NOT NULL,
    status VARCHAR(10) NOT NULL,
    paid_cents BIGINT NOT NULL,
    settled_on VARCHAR(10),
    recorded_at BIGINT NOT NULL,
    recorded_by VARCHAR(40) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_payment_promise_customer ON payment_promise (customer_id, status);

CREATE TABLE dunning_level (
    level_no INTEGER PRIMARY KEY CHECK (level_no > 0),
    days_past_due INTEGER NOT NULL CHECK (days_past_due >= 0),
    grace_days INTEGER NOT NULL CHECK (grace_days >= 0),
    fee_cents BIGINT NOT NULL CHECK (fee_cents >= 0),
    letter_text VARCHAR(4000) NOT NULL,
    changed_by VARCHAR(40) NOT NULL,
    changed_at BIGINT NOT NULL
);
INSERT INTO dunning_level VALUES (1, 7, 0, 0,
    'Our records show the items below as past due. If you have already paid, please accept our thanks and disregard this reminder; otherwise we would be grateful for your payment within the next few days.',
    'system', 0);
INSERT INTO dunning_level VALUES (2, 30, 7, 1500,
    'Despite our earlier reminder the items below remain unpaid. Please pay the amount due, including the reminder fee, within 7 days, or call us if anything is in question.',
    'system', 0);
INSERT INTO dunning_level VALUES (3, 60, 7, 3500,
    'This is our final notice. Unless the amount below reaches us within 7 days we will place your account on hold and may pass the matter to a collection agency.',
    'system', 0);

CREATE TABLE dunning_notice (
    id ${id_pk},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    run_date VARCHAR(10) NOT NULL,
    level_no INTEGER NOT NULL,
    items INTEGER NOT NULL,
    overdue_cents BIGINT NOT NULL,
    fee_cents BIGINT NOT NULL,
    invoice_list VARCHAR(4000) NOT NULL,
    recorded_by VARCHAR(40) NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX ix_dunning_notice_customer ON dunning_notice (customer_id, run_date);

CREATE TABLE collection_prediction (
    customer_id BIGINT PRIMARY KEY REFERENCES customer (id),
    as_of VARCHAR(10) NOT NULL,
    open_cents BIGINT NOT NULL,
    overdue_cents BIGINT NOT NULL,
    disputed_cents BIGINT NOT NULL,
    oldest_due VARCHAR(10),
    first_pay VARCHAR(10),
    last_pay VARCHAR(10),
    p_late30 DOUBLE PRECISION NOT NULL,
    behaviour VARCHAR(500)
);

CREATE TABLE cash_forecast_week (
    as_of VARCHAR(10) NOT NULL,
    week_start VARCHAR(10) NOT NULL,
    expected_cents BIGINT NOT NULL,
    PRIMARY KEY (as_of, week_start)
);
