/**
 * The console's shell: who is signed in ({@link dev.gatehouse.console.shell.OperatorSession}),
 * the sign-in page, the guard every request passes (sign-in required, security headers,
 * same-origin posts) and the one place failures become page messages
 * ({@link dev.gatehouse.console.shell.ConsoleMessages}). Authentication itself is
 * {@link dev.gatehouse.identity.Authenticator}'s; nothing here checks a password.
 */
package dev.gatehouse.console.shell;
