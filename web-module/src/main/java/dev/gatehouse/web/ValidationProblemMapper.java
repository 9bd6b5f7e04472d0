package dev.gatehouse.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Routes Bean Validation failures to {@link ProblemMapper}: the runtime has its own mapper for
 * validation exceptions, which would win over the general one; this more specific one wins instead.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.uriInfo(uri);
        return mapper.toResponse(failure);
    }
}
