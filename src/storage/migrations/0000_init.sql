CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "app_user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "demand_event" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "demand_event_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "demand" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"number" bigint NOT NULL,
	"state" text NOT NULL,
	"instrument_type" text NOT NULL,
	"authority_name" text NOT NULL,
	"authority_kind" text NOT NULL,
	"jurisdiction" text,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"emergency" boolean DEFAULT false NOT NULL,
	"target_count" integer DEFAULT 0 NOT NULL,
	"summary" text,
	"fields" jsonb NOT NULL,
	"view" jsonb NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "demand_reference_unique" UNIQUE("reference"),
	CONSTRAINT "demand_number_unique" UNIQUE("number"),
	CONSTRAINT "demand_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"text" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "demand_event" ADD CONSTRAINT "demand_event_demand_id_demand_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demand"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_demand_id_demand_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demand"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demand_event_demand_idx" ON "demand_event" USING btree ("demand_id","seq");--> statement-breakpoint
CREATE INDEX "demand_state_idx" ON "demand" USING btree ("state");--> statement-breakpoint
CREATE INDEX "demand_due_idx" ON "demand" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "demand_received_idx" ON "demand" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "demand_instrument_idx" ON "demand" USING btree ("instrument_type");--> statement-breakpoint
CREATE INDEX "document_demand_idx" ON "document" USING btree ("demand_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");