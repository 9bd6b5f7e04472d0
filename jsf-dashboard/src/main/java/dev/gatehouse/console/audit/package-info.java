/**
 * The audit pages: the feed ({@code /audit/index.xhtml}: filters for every column, a time
 * range, newest first, paging through the store's cursor, auto-refresh) and one record
 * ({@code /audit/record.xhtml?id=}). They read through {@link dev.gatehouse.audit.AuditRecorder};
 * filtering and paging rules are the store's, not repeated here.
 */
package dev.gatehouse.console.audit;
