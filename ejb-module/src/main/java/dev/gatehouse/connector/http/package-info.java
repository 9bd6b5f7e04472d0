/**
 * A lean HTTP/1.1 client for backend traffic: kept-alive connections per origin, blocking
 * I/O on whichever thread sends, no thread or hand-off of its own. A Streamable HTTP POST is
 * written and its answer read on the agent's request thread, which is what makes a relayed
 * call cost little more than the two socket round trips it needs.
 *
 * <p>What belongs here: framing (request head, {@code Content-Length}, chunked and
 * close-delimited bodies), connection reuse and its safety rules, TLS sockets. What does not:
 * MCP, JSON, credentials as such (a header is a header here) and redaction, which the
 * transports do.
 */
package dev.gatehouse.connector.http;
