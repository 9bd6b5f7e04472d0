package dev.gatehouse.connector;

/** The four lists a backend exposes, with their MCP list method and list_changed notification. */
public enum CatalogKind {
    TOOLS("tools/list", "tools", "notifications/tools/list_changed"),
    RESOURCES("resources/list", "resources", "notifications/resources/list_changed"),
    RESOURCE_TEMPLATES("resources/templates/list", "resourceTemplates", "notifications/resources/list_changed"),
    PROMPTS("prompts/list", "prompts", "notifications/prompts/list_changed");

    private final String listMethod;
    private final String resultField;
    private final String changedNotification;

    CatalogKind(String listMethod, String resultField, String changedNotification) {
        this.listMethod = listMethod;
        this.resultField = resultField;
        this.changedNotification = changedNotification;
    }

    public String listMethod() {
        return listMethod;
    }

    /** The array field of the list result: {@code tools}, {@code resources}, ... */
    public String resultField() {
        return resultField;
    }

    public String changedNotification() {
        return changedNotification;
    }
}
