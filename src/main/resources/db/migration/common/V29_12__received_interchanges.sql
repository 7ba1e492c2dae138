-- X12 interchanges the inbox took in, by sender and control number (ISA05, ISA06, ISA13). X12 makes the
-- control number, with the sender's ID, what names an interchange to its receiver (TA101), so a second
-- interchange of the same sender and number is a repeat: the inbox answers it with a TA1 note code 025
-- (duplicate interchange control number) and does not capture its orders a second time. Only
-- interchanges whose orders were taken are kept (one refused or unreadable may be sent again as it was).
CREATE TABLE received_interchange (
    id ${id_pk},
    sender_qualifier VARCHAR(2) NOT NULL,
    sender_id VARCHAR(15) NOT NULL,
    control_number VARCHAR(9) NOT NULL,
    interchange_date VARCHAR(8) NOT NULL,
    interchange_time VARCHAR(4) NOT NULL,
    received_at BIGINT NOT NULL,
    message_id BIGINT NOT NULL REFERENCES inbox_message (id)
);
CREATE UNIQUE INDEX ux_received_interchange ON received_interchange (sender_qualifier, sender_id, control_number);
