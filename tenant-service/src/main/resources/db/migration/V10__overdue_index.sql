-- Found by the complaint benchmark (deployment/bench/complaints.sh, docs/benchmarks.md): the staff inbox's "overdue"
-- counter, ((RECEIVED or DEFERRED) past verification_due_at) or (DISPOSED past follow_up_due_at), read every
-- candidate row through ix_complaint_tenant_status, 1.2 s at a million complaints per tenant. With both deadlines in
-- the index the count is answered from the index alone (tens of ms); the escalation sweep's queries use it too.
-- The benchmark's own table (bench_complaint) is not here: its servlet creates it, so production never has it.
CREATE INDEX ix_complaint_tenant_status_due ON complaint (tenant_id, status, verification_due_at, follow_up_due_at);
