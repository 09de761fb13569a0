-- The demand event log is the audit trail: it may only grow. UPDATE, DELETE and TRUNCATE are
-- refused by the database itself, whatever the application does.
CREATE FUNCTION custodian_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'demand_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER demand_event_append_only BEFORE UPDATE OR DELETE ON demand_event
  FOR EACH ROW EXECUTE FUNCTION custodian_refuse_change();
--> statement-breakpoint
CREATE TRIGGER demand_event_no_truncate BEFORE TRUNCATE ON demand_event
  FOR EACH STATEMENT EXECUTE FUNCTION custodian_refuse_change();
