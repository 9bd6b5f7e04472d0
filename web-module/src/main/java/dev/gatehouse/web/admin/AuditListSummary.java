package dev.gatehouse.web.admin;

import java.util.List;

/**
 * One page of the audit log, newest first.
 *
 * @param records    the records of this page
 * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
 */
public record AuditListSummary(List<AuditRecordDetails> records, String nextCursor) {
}
