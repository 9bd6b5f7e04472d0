package dev.gatehouse.web.admin;

import java.util.List;
import java.util.Map;

/**
 * The backend list with counts.
 *
 * @param total    how many backends are registered
 * @param byState  how many are in each state
 * @param backends one summary per backend, in name order
 */
public record BackendListSummary(int total, Map<String, Integer> byState, List<BackendSummary> backends) {
}
