package dev.gatehouse.console.backends;

import dev.gatehouse.registry.BackendFields;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.HttpTransportSpec;
import dev.gatehouse.registry.InvalidBackendException;
import dev.gatehouse.registry.StdioTransportSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The register/edit form's values as the operator types them: arguments one per line and
 * environment variables as {@code KEY=value} lines. {@link #toFields()} turns them into the
 * registry's {@link BackendFields} (which apply the real rules); only the line syntax is checked here.
 */
public class BackendForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name = "";
    private String transport = "stdio";
    private String url = "";
    private String command = "";
    private String args = "";
    private String env = "";
    private String credential = "";
    private boolean enabled = true;

    /** The form filled with a registered backend's definition. */
    public static BackendForm of(BackendSpec spec) {
        BackendForm form = new BackendForm();
        form.name = spec.name();
        form.transport = spec.transport().kind();
        form.credential = spec.credential() == null ? "" : spec.credential();
        form.enabled = spec.enabled();
        switch (spec.transport()) {
            case HttpTransportSpec http -> form.url = http.url().toString();
            case StdioTransportSpec stdio -> {
                form.command = stdio.command();
                form.args = String.join("\n", stdio.args());
                form.env = stdio.env().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
            }
        }
        return form;
    }

    /**
     * The backend as the registry takes it; the fields of the other transport are left out.
     *
     * @throws InvalidBackendException for an environment line without {@code =}
     */
    public BackendFields toFields() {
        boolean stdio = "stdio".equals(transport);
        return new BackendFields(name.strip(), transport, stdio ? null : url.strip(), stdio ? command.strip() : null,
                stdio ? lines(args) : null, stdio ? environment(env) : null, credential, enabled);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static Map<String, String> environment(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new InvalidBackendException("env", "line " + (i + 1) + ": write KEY=value");
            }
            variables.put(line.substring(0, equals).strip(), line.substring(equals + 1));
        }
        return variables;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport == null ? "stdio" : transport;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null ? "" : url;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command == null ? "" : command;
    }

    public String getArgs() {
        return args;
    }

    public void setArgs(String args) {
        this.args = args == null ? "" : args;
    }

    public String getEnv() {
        return env;
    }

    public void setEnv(String env) {
        this.env = env == null ? "" : env;
    }

    public String getCredential() {
        return credential;
    }

    public void setCredential(String credential) {
        this.credential = credential == null ? "" : credential;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
