-- The audit log (dev.gatehouse.audit.JdbcAuditStore). Portable SQL: Derby 10.17 and PostgreSQL 15.
-- ID is time-ordered (ULID layout), so ORDER BY ID DESC is newest first and retention deletes an ID range.
CREATE TABLE AUDIT_RECORD (
    ID                 CHAR(26)        NOT NULL,
    EVENT_TIME         TIMESTAMP       NOT NULL,
    AGENT              VARCHAR(255),
    USER_NAME          VARCHAR(255),
    BACKEND            VARCHAR(255),
    TOOL               VARCHAR(512),
    MCP_ACTION         VARCHAR(64)     NOT NULL,
    DECISION           VARCHAR(8)      NOT NULL,
    REASONS            VARCHAR(8000)   NOT NULL,
    ARGUMENTS_PREVIEW  VARCHAR(16000),
    DURATION_MS        BIGINT          NOT NULL,
    PROTOCOL           VARCHAR(32),
    SESSION_ID         VARCHAR(255),
    POLICY_VERSIONS    VARCHAR(4000)   NOT NULL,
    ERROR_TEXT         VARCHAR(2000),
    CONSTRAINT PK_AUDIT_RECORD PRIMARY KEY (ID)
);

-- One index per filter, each ending in ID so a filtered page is read newest first from the index.
CREATE INDEX IX_AUDIT_TIME ON AUDIT_RECORD (EVENT_TIME);
CREATE INDEX IX_AUDIT_AGENT ON AUDIT_RECORD (AGENT, ID);
CREATE INDEX IX_AUDIT_USER ON AUDIT_RECORD (USER_NAME, ID);
CREATE INDEX IX_AUDIT_BACKEND_TOOL ON AUDIT_RECORD (BACKEND, TOOL, ID);
CREATE INDEX IX_AUDIT_DECISION ON AUDIT_RECORD (DECISION, ID);
CREATE INDEX IX_AUDIT_ACTION ON AUDIT_RECORD (MCP_ACTION, ID);
