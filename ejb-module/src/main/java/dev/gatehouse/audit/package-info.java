/**
 * The audit log: one record per tool call (and per denied list or read), written off the
 * request thread in batches, durable before the response in strict mode, queryable with
 * filters, and pruned by retention. Arguments are redacted and truncated before storing.
 * Audit is data, not logging.
 *
 * <p>Not here: deciding which requests are recorded and building the event (the pipeline's
 * {@code gateway.CallAuditor}), and the HTTP query API ({@code web.admin.AuditResource}).
 */
package dev.gatehouse.audit;
