/**
 * What Gatehouse knows about itself (its version and start-up) and the small grammar every
 * feature's settings share ({@link dev.gatehouse.platform.Durations}). No feature logic lives here.
 */
package dev.gatehouse.platform;
