-- Each job event is indexed once instead of twice (measured with script/bench and pg_get_wal_stats, bench/RESULTS.md).
--
-- An event had two index entries: one in the primary key (id) and one in idx_gh_job_events_job (job_id, id). Every
-- reader names the job and reads its events in id order (GET /jobs/{id}/events, the job's SSE stream, the apply
-- handler's submission record, the delete trigger of migration 019); nothing looks an event up by id alone. So
-- (job_id, id) becomes the primary key and the id-only index goes. A drained job writes two status events, so this is
-- two index entries fewer per job: 130 B less WAL per job (2,380 -> 2,250 B on a scratch cluster, 6,400 jobs claimed
-- 32 at a time and completed right after a CHECKPOINT, as the drain does), and less work per event insert.
--
-- Ids stay unique and in commit order per job: they are drawn from the identity's sequence, GENERATED ALWAYS (by the
-- column default, or by migration 013's trigger), never given by a writer.
ALTER TABLE gh_job_events DROP CONSTRAINT gh_job_events_pkey;
DROP INDEX idx_gh_job_events_job;
ALTER TABLE gh_job_events ADD CONSTRAINT gh_job_events_pkey PRIMARY KEY (job_id, id);
