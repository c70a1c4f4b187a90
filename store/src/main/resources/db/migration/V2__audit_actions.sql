-- Audit actions name sign-in outcomes and downloads too ("sign-in-failed", "download"): wider than V1 allowed.
ALTER TABLE audit_log ALTER COLUMN action SET DATA TYPE VARCHAR(20);
