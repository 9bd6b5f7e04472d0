package dev.gatehouse.web.admin;

import java.util.List;
import java.util.Map;

/** Everything about one backend: its definition, its live status and the size of its catalog. */
public record BackendDetails(String name, String transport, String url, String command, List<String> args,
                             Map<String, String> env, String credential, boolean enabled, long version,
                             BackendStatusDetails status, Map<String, Integer> catalog) {
}
