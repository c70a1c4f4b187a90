-- A status move (a remittance posting 40,000 claims, a submission of 10,000) changes a claim's status, not its
-- contents: its history row no longer copies the claim's body. A row without a body means "the contents as the
-- row before it left them"; ClaimStore.history fills it in when the history is read, so readers see no change.
-- Rows that change the contents (created, revised) keep theirs.
ALTER TABLE claim_event ALTER COLUMN body DROP NOT NULL;
