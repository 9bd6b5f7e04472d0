/**
 * Rego builtin functions: declarations for the type checker ({@link dev.gatehouse.rego.builtin.BuiltinDecl},
 * {@link dev.gatehouse.rego.builtin.Type}, {@link dev.gatehouse.rego.builtin.Types}), implementations
 * ({@link dev.gatehouse.rego.builtin.Builtin}, {@link dev.gatehouse.rego.builtin.Relation}) and the registry
 * with capability profiles ({@link dev.gatehouse.rego.builtin.Builtins}).
 *
 * <p>Contract with the evaluator:
 * <ul>
 *   <li>a {@code Builtin} returning {@code null} means "undefined" (e.g. {@code uuid.parse} of garbage,
 *       {@code max([])}, a failing {@code json.patch});</li>
 *   <li>failures are {@link dev.gatehouse.rego.builtin.BuiltinException}s carrying OPA's code
 *       ({@code eval_type_error} / {@code eval_builtin_error}) and OPA's message starting with the builtin's
 *       name; the evaluator adds {@code file:row:col: code: } and applies strict / non-strict handling.
 *       Unexpected runtime exceptions inside an implementation are turned into {@code eval_builtin_error};</li>
 *   <li>relations ({@code walk}) feed each output to a {@link dev.gatehouse.rego.builtin.Relation.Sink};</li>
 *   <li>{@link dev.gatehouse.rego.builtin.BuiltinContext} supplies the query's stable time, a per-query cache
 *       (random builtins are stable within a query) and cancellation;</li>
 *   <li>{@code internal.template_string} takes an array whose literal parts are strings and whose template
 *       expressions are sets of their values (empty set: {@code <undefined>}).</li>
 * </ul>
 *
 * <p>Families live in one class each ({@code StringBuiltins}, {@code TimeBuiltins}, ...) with a
 * {@code register(Builtins.Builder)} method listed in {@code Families}; a new family declares what
 * OPA's capabilities lack and implements with {@link dev.gatehouse.rego.builtin.Builtins.Builder#function}.
 * No builtin performs network I/O: {@code http.send} validates and fails, {@code net.lookup_ip_addr}
 * answers literal addresses and localhost only, and the gateway profile disables both at compile time.
 */
package dev.gatehouse.rego.builtin;
