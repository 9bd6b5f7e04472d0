package dev.gatehouse.web.admin;

import dev.gatehouse.identity.Principal;
import dev.gatehouse.policy.InvalidPolicyException;
import dev.gatehouse.policy.PolicyInput;
import dev.gatehouse.policy.PolicySelection;
import dev.gatehouse.policy.PolicySimulator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The policy simulator: decides a hypothetical request with the same input builder and
 * decision code as enforcement. Nothing reaches a backend and nothing is audited.
 */
@Path("policies/simulate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "policies")
public class PolicySimulationResource {
    @Inject
    PolicySimulator simulator;

    @POST
    @Operation(summary = "Simulate a decision", description = "Against the enabled policies, the named stored ones"
            + " ('policies') or unsaved drafts ('drafts'). Drafts that do not compile give a 400 with every error.")
    @APIResponse(responseCode = "200", description = "the decision, the reasons, each policy's result, the time")
    @APIResponse(responseCode = "400", description = "invalid input or compile errors in a draft")
    public SimulationDetails simulate(@NotNull(message = "a JSON body is required") SimulationRequest request) {
        PolicyInput input = input(request);
        return SimulationDetails.of(simulator.simulate(input, selection(request)), input.toJson());
    }

    static PolicyInput input(SimulationRequest r) {
        if (r.backend() == null || r.backend().isBlank()) {
            throw new InvalidPolicyException("backend", "the backend is required");
        }
        Principal who = Principal.simulated(r.agent(), r.user(), r.scopes(), r.groups(), r.claims());
        PolicyInput.Target target;
        if (r.tool() != null) {
            target = new PolicyInput.Tool(r.tool(), r.qualified() != null ? r.qualified() : r.backend() + "__" + r.tool(),
                    r.annotations());
        } else if (r.resource() != null) {
            target = new PolicyInput.Resource(r.resource(), r.qualified());
        } else if (r.prompt() != null) {
            target = new PolicyInput.Prompt(r.prompt(), r.qualified() != null ? r.qualified() : r.backend() + "__" + r.prompt());
        } else {
            throw new InvalidPolicyException("tool", "one of tool, resource or prompt is required");
        }
        return new PolicyInput(r.action() == null ? "tools/call" : r.action(), who,
                new PolicyInput.BackendRef(r.backend(), r.transport()), target, r.arguments(), Instant.now(),
                r.protocol() == null ? "2025-06-18" : r.protocol());
    }

    static PolicySelection selection(SimulationRequest r) {
        if (r.drafts() != null && !r.drafts().isEmpty()) {
            if (r.policies() != null && !r.policies().isEmpty()) {
                throw new InvalidPolicyException("drafts", "give either 'policies' or 'drafts', not both");
            }
            Map<String, String> sources = new LinkedHashMap<>();
            for (SimulationRequest.Draft d : r.drafts()) {
                String name = d.name() == null ? "draft" + (sources.size() + 1) : d.name();
                if (d.source() == null || d.source().isBlank()) {
                    throw new InvalidPolicyException("drafts", "draft '" + name + "' has no source");
                }
                sources.put(name, d.source());
            }
            return new PolicySelection.Drafts(sources);
        }
        if (r.policies() != null && !r.policies().isEmpty()) {
            return new PolicySelection.Stored(r.policies());
        }
        return new PolicySelection.Enabled();
    }
}
