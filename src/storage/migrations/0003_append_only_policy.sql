-- Policy changes are kept like demand events: they may only be added. The refusal function now
-- names whichever table it guards.
CREATE OR REPLACE FUNCTION custodian_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER operator_policy_change_append_only BEFORE UPDATE OR DELETE ON operator_policy_change
  FOR EACH ROW EXECUTE FUNCTION custodian_refuse_change();
--> statement-breakpoint
CREATE TRIGGER operator_policy_change_no_truncate BEFORE TRUNCATE ON operator_policy_change
  FOR EACH STATEMENT EXECUTE FUNCTION custodian_refuse_change();
