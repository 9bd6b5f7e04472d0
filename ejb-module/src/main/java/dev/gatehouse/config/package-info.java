/**
 * Configuration as code: the declarative YAML file ({@code gatehouse.config}, env
 * {@code GATEHOUSE_CONFIG}) parsed into a {@link dev.gatehouse.config.ConfigDocument}, diffed
 * against the stored state and applied at start-up so that applying the same file twice changes
 * nothing. Sections today: {@code credentials}, {@code backends}; later issues add
 * {@code agents} and {@code policies} as further sections. Parsing and diffing are plain classes;
 * only {@link dev.gatehouse.config.ConfigApplier} touches the container.
 */
package dev.gatehouse.config;
