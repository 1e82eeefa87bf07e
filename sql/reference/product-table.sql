-- The product reference table, filled by products.sql: the name of each volume product by the
-- activation ID its KMS requests carry. Every analysis loads it, as it does error_code.
CREATE TABLE IF NOT EXISTS product (activation_id UUID PRIMARY KEY, product VARCHAR(120) NOT NULL, family VARCHAR(20) NOT NULL);
