package dev.gatehouse.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. Details never carry
 * stack traces or secret values.
 *
 * @param type     a URI naming the kind of problem
 * @param title    a short summary of that kind
 * @param status   the HTTP status
 * @param detail   what went wrong in this occurrence
 * @param instance the request path
 * @param errors   for invalid input: one entry per offending field
 * @param compileErrors for Rego source that does not compile: every error with its position
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetails(String type, String title, int status, String detail, String instance,
                             List<FieldError> errors, List<CompileError> compileErrors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetails {
        errors = errors == null ? List.of() : List.copyOf(errors);
        compileErrors = compileErrors == null ? List.of() : List.copyOf(compileErrors);
    }

    public ProblemDetails(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, List.of());
    }

    /**
     * One Rego compile error, as the engine reports it.
     *
     * @param code    OPA's error code ({@code rego_parse_error}, {@code rego_unsafe_var_error}, ...)
     * @param file    the module ({@code <policy>.rego})
     * @param row     1-based line, 0 when unknown
     * @param col     1-based column, 0 when unknown
     * @param message the message
     */
    public record CompileError(String code, String file, int row, int col, String message) {
    }

    /**
     * One invalid field.
     *
     * @param field   the field as the request spells it ({@code url}, {@code headers.X-Api-Key}); empty for the whole body
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }
}
