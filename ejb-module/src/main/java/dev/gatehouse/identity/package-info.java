/**
 * Who is calling: agents and their API keys (the embedded identity), the administrator
 * credential, and the {@link dev.gatehouse.identity.Principal} every request carries through
 * the pipeline. Keys are stored only as hashes. What a principal may do is decided elsewhere
 * ({@code policy}); here we only establish who it is and which backends it is scoped to.
 */
package dev.gatehouse.identity;
