package gatehouse.bench

import rego.v1

# A gateway-style policy of about twenty rules: tool allow-lists, argument checks with regex
# and glob, lookups in objects, and reasons for every denial. bench/gateway.sh enables it.

default allow := false

read_only_tools := {"echo", "get-sum", "get-tiny-image", "list-files", "read-file"}

blocked_backends := {"prod-db", "payments"}

tool_owners := {"echo": "platform", "read-file": "platform", "create-issue": "support"}

allow if {
	input.action == "tools/call"
	input.tool.name in read_only_tools
	not input.backend.name in blocked_backends
}

allow if {
	input.action == "tools/list"
}

allow if {
	input.principal.kind == "operator"
}

allow if {
	some group in input.principal.groups
	tool_owners[input.tool.name] == group
}

deny contains msg if {
	input.backend.name in blocked_backends
	msg := sprintf("backend %s is blocked", [input.backend.name])
}

deny contains msg if {
	some key, value in input.arguments
	is_string(value)
	regex.match(`(?i)(password|secret|api[_-]?key)\s*[:=]`, value)
	msg := sprintf("argument %s looks like it carries a secret", [key])
}

deny contains msg if {
	path := input.arguments.path
	glob.match("/etc/**", ["/"], path)
	msg := sprintf("path %s is outside the workspace", [path])
}

deny contains msg if {
	input.tool.annotations.destructiveHint == true
	not input.principal.user
	msg := "destructive tools need a user"
}

deny contains msg if {
	count(input.arguments) > 20
	msg := "too many arguments"
}

deny contains msg if {
	some _, value in input.arguments
	is_string(value)
	count(value) > 10000
	msg := "argument too long"
}

deny contains msg if {
	startswith(input.tool.name, "admin-")
	msg := "admin tools are not reachable through the gateway"
}
