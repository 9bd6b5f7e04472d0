/**
 * The database schema and its lifecycle: Flyway migrations ({@code db/migration/common} plus a
 * vendor folder when SQL must diverge between Derby and PostgreSQL), run once at start-up on the
 * non-JTA data source before anything touches JPA. Entities live with their feature, not here.
 */
package dev.gatehouse.persistence;
