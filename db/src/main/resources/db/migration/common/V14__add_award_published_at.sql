-- When an award was published as open data (the 360Giving file): NULL until it is. Set once, by
-- POST /api/export/360giving/publication; the Action 1 report counts the published awards.
-- Plain SQL that runs unchanged on PostgreSQL and H2.

ALTER TABLE award ADD COLUMN published_at TIMESTAMP WITH TIME ZONE NULL;
