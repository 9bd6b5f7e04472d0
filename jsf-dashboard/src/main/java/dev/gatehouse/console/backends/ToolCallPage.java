package dev.gatehouse.console.backends;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.console.shell.OperatorSession;
import dev.gatehouse.gateway.DirectCallResult;
import dev.gatehouse.gateway.DirectCalls;
import dev.gatehouse.gateway.PolicyDeniedException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Try a tool": a form generated from the tool's input schema ({@link ArgumentForm}); submitting
 * calls the tool through {@link DirectCalls} as the signed-in operator (so the policies decide
 * and the audit log records it) and shows the result ({@link CallOutcome}).
 */
@Named
@ViewScoped
public class ToolCallPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleBackends backends;

    @Inject
    DirectCalls calls;

    @Inject
    OperatorSession operator;

    private String name;
    private String tool;
    private CatalogViews.Tool view;
    private ArgumentForm form = new ArgumentForm(List.of());
    private Map<String, String> values = new HashMap<>();
    private Map<String, String> errors = new HashMap<>();
    private CallOutcome outcome;
    private String denied;

    /** Finds the tool in the backend's catalog and prefills the form with the schema's defaults. */
    public void load() {
        if (name == null || tool == null) {
            return;
        }
        backends.link(name).flatMap(link -> link.catalog().tools().stream()
                .filter(t -> tool.equals(t.path("name").asText())).findFirst()).ifPresent(entry -> {
                    view = CatalogViews.tool(entry);
                    form = ArgumentForm.of(entry.get("inputSchema"));
                    values = new HashMap<>(form.initialValues());
                });
    }

    /** Checks the fields, then calls the tool; field errors stay on their fields. */
    public void call() {
        outcome = null;
        denied = null;
        ArgumentForm.Submission submission = form.bind(values);
        errors = new HashMap<>(submission.errors());
        if (!submission.ok()) {
            ConsoleMessages.error(null, "Check the arguments", errors.size() == 1 ? "One field needs attention."
                    : errors.size() + " fields need attention.");
            return;
        }
        try {
            DirectCallResult result = calls.call(operator.operator(), name, tool, submission.arguments());
            outcome = CallOutcome.of(result.result(), result.durationMs());
        } catch (PolicyDeniedException e) {
            denied = e.getMessage();
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Calling " + tool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ConsoleMessages.failure(null, "Calling " + tool, e);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }

    public CatalogViews.Tool getView() {
        return view;
    }

    public ArgumentForm getForm() {
        return form;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public String getDenied() {
        return denied;
    }
}
