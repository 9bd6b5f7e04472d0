package dev.gatehouse.web.admin;

import java.util.List;

/**
 * The outcome of applying the declarative file.
 *
 * @param file    the file applied
 * @param changes one line per write ({@code create-backend everything}); empty when nothing differed
 */
public record ConfigApplyDetails(String file, List<String> changes) {
}
