-- Notice template edits are kept like policy changes: they may only be added.
CREATE TRIGGER notice_template_change_append_only BEFORE UPDATE OR DELETE ON notice_template_change
  FOR EACH ROW EXECUTE FUNCTION custodian_refuse_change();
--> statement-breakpoint
CREATE TRIGGER notice_template_change_no_truncate BEFORE TRUNCATE ON notice_template_change
  FOR EACH STATEMENT EXECUTE FUNCTION custodian_refuse_change();
