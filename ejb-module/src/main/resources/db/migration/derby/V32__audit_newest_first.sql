-- Derby only: the primary key is ascending and Derby does not scan an index backwards, so the
-- unfiltered newest-first page (the console's default view) and time windows sorted the whole
-- table. This index serves ORDER BY ID DESC; new records go to its first leaf page, so it is the
-- cheapest of the audit table's indexes to keep up. PostgreSQL reads the primary key backwards
-- and has an empty V32.
CREATE UNIQUE INDEX IX_AUDIT_NEWEST ON AUDIT_RECORD (ID DESC);
