-- Two lookups made on every step of a bid's assessment, found slow in the benchmark at national
-- scale (log_min_duration_statement, then EXPLAIN ANALYZE):
--
-- Completing any task, the engine asks for the task's sub-tasks (SELECT * FROM ACT_RU_TASK WHERE
-- PARENT_TASK_ID_ = ?). Camunda's schema has no index on that column, so each completion read
-- every open task in the country: 3.5 ms at 6,400 open tasks, growing with them.
CREATE INDEX gw_idx_task_parent_task ON ACT_RU_TASK (PARENT_TASK_ID_);

-- Allocating assessors counts each candidate's open assessments (assessor IN (...) AND status =
-- 'OPEN'): without an index, every assessment ever made was read (7 ms at 32,000).
CREATE INDEX assessment_assessor_status_idx ON assessment (assessor, status);
