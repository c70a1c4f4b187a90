-- The audit log as a hash chain (HIPAA audit controls, integrity): each row, once sealed, carries its place in the
-- chain and a SHA-256 over the row before it and its own contents, so an edited or deleted row shows when the chain
-- is verified. Rows are sealed by one sealer at a time, in the order they committed, so a business transaction never
-- waits for another's audit rows. Rows written before this migration are sealed on the first run.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN row_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_log_chain_idx ON audit_log (chain_seq);

-- The chain's head: the last sealed row's place and hash. One row; sealers lock it, so they take turns.
CREATE TABLE audit_chain (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The admin's viewer looks up who saw or changed a record, and what a user did.
CREATE INDEX audit_log_record_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_user_idx ON audit_log (user_name);
