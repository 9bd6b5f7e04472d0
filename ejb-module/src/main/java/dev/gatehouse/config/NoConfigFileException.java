package dev.gatehouse.config;

import jakarta.ejb.ApplicationException;

/** No declarative file is configured ({@code gatehouse.config} / {@code GATEHOUSE_CONFIG} is not set). */
@ApplicationException(rollback = true)
public class NoConfigFileException extends RuntimeException {
    public NoConfigFileException() {
        super("no declarative file is configured (set GATEHOUSE_CONFIG)");
    }
}
