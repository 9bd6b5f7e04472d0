package dev.gatehouse.protocol;

/**
 * One JSON-RPC 2.0 message. The set is closed: a request (has an id and a method), a
 * notification (a method, no id) or a response (an id and either a result or an error).
 */
public sealed interface JsonRpcMessage permits JsonRpcRequest, JsonRpcNotification, JsonRpcResponse {
}
