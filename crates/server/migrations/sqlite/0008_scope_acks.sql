-- How far each device has said it holds each of its scopes (the cursors it sends with a sync):
-- the console says how many of the devices a caseworker's change has reached.
CREATE TABLE scope_acks (
    device_id TEXT NOT NULL,
    scope     TEXT NOT NULL,
    version   INTEGER NOT NULL,
    PRIMARY KEY (scope, device_id)
);
