package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.gateway.catalog.AggregateView;
import dev.gatehouse.gateway.catalog.CursorCodec;
import dev.gatehouse.gateway.catalog.InvalidCursorException;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.catalog.PageCursor;
import dev.gatehouse.policy.PolicySet;
import dev.gatehouse.protocol.McpJson;
import java.util.List;

/**
 * Serves {@code tools/list}, {@code resources/list}, {@code resources/templates/list} and
 * {@code prompts/list} from the aggregated view, one page at a time, showing each principal
 * only what {@link AccessGate} lets it see. The first page comes from the current snapshot; a
 * cursor continues in the snapshot it was issued for, and only under the policy generation it
 * was issued under, so the pages of one listing come from one filtered view.
 */
final class CatalogPages {
    private final LiveAggregate aggregate;
    private final CursorCodec cursors;
    private final int pageSize;
    private final AccessGate gate;

    CatalogPages(LiveAggregate aggregate, CursorCodec cursors, int pageSize, AccessGate gate) {
        this.aggregate = aggregate;
        this.gate = gate;
        this.cursors = cursors;
        this.pageSize = pageSize;
    }

    JsonNode page(CatalogKind kind, AgentRequest request, AuditTrail trail) {
        ObjectNode params = request.params();
        PolicySet policies = gate.policies();
        JsonNode cursorNode = params.get("cursor");
        AggregateView view;
        int offset;
        if (cursorNode == null || cursorNode.isNull()) {
            view = aggregate.current();
            offset = 0;
        } else {
            if (!cursorNode.isTextual()) {
                throw new InvalidCursorException("the cursor must be a string");
            }
            PageCursor cursor = cursors.decode(cursorNode.asText());
            if (cursor.kind() != kind) {
                throw new InvalidCursorException("the cursor belongs to " + cursor.kind().listMethod());
            }
            if (cursor.policyGeneration() != policies.generation()) {
                throw new InvalidCursorException("the policies changed since; list again from the start");
            }
            view = aggregate.snapshot(cursor.generation())
                    .orElseThrow(() -> new InvalidCursorException("the list changed since; list again from the start"));
            offset = cursor.offset();
        }
        List<ObjectNode> entries = gate.visible(request.session().principal(), view, kind,
                request.session().version().wire(), policies, trail);
        if (offset > entries.size()) {
            throw new InvalidCursorException("the cursor points past the end of the list");
        }
        int end = Math.min(entries.size(), offset + pageSize);
        ObjectNode result = McpJson.object();
        ArrayNode page = result.putArray(kind.resultField());
        for (int i = offset; i < end; i++) {
            page.add(entries.get(i));
        }
        if (end < entries.size()) {
            result.put("nextCursor", cursors.encode(new PageCursor(kind, view.generation(), end, policies.generation())));
        }
        return result;
    }
}
