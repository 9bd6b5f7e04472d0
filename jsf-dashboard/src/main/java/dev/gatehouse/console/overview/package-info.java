/**
 * The overview ({@code /index.xhtml}): backends by state, calls and denials over the last
 * hour ({@link dev.gatehouse.console.overview.CallChart}), the latest denials and how many
 * agents and enabled policies there are. It only reads; every number comes from a service.
 */
package dev.gatehouse.console.overview;
