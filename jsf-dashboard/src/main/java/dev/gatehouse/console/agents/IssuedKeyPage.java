package dev.gatehouse.console.agents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The API key issued in the current request, for the dialog that shows it once. Request scoped
 * on purpose: the key is rendered into that one response and is never part of the view or the
 * session state, so no later request or page can show it again.
 */
@Named("issuedKey")
@RequestScoped
public class IssuedKeyPage {
    private String id;
    private String token;

    void hold(String id, String token) {
        this.id = id;
        this.token = token;
    }

    public boolean isPresent() {
        return token != null;
    }

    public String getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    /** The MCP client configuration for the key, pointing at the origin this page was reached at. */
    public String getSnippet() {
        if (token == null) {
            return "";
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return McpClientConfig.snippet(McpClientConfig.origin(request.getScheme(), request.getServerName(),
                request.getServerPort()), token);
    }
}
