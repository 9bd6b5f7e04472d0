/**
 * What Gatehouse knows about itself: its version and start-up. No feature logic lives here.
 */
package dev.gatehouse.platform;
