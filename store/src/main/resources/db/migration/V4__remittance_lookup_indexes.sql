-- The lookups the remittance pages and the secondary claim make, indexed: a remittance's claim payments and PLB
-- adjustments (by remittance), and a primary claim's secondary (by primary_claim_id). H2 indexes a foreign key by
-- itself; PostgreSQL does not, and would scan the whole table for each.
CREATE INDEX claim_payment_remittance_idx ON claim_payment (remittance_id);
CREATE INDEX provider_adjustment_remittance_idx ON provider_adjustment (remittance_id);
CREATE INDEX claim_primary_claim_idx ON claim (primary_claim_id);
