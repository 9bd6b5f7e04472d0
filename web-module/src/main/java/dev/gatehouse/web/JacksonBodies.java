package dev.gatehouse.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.gatehouse.protocol.McpJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.stream.Collectors;

/**
 * Reads and writes JSON bodies with Jackson ({@link McpJson#MAPPER}), so that Jackson trees
 * ({@code JsonNode}: schemas, tool results) and the wire records pass unchanged. Liberty's
 * default JSON-B provider cannot write {@code JsonNode}. Malformed JSON and unknown fields
 * become a {@link MalformedBodyException} (a 400 problem naming the field).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/problem+json", "application/*+json"})
public class JacksonBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && type != String.class && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            return McpJson.MAPPER.readValue(body, McpJson.MAPPER.constructType(genericType));
        } catch (UnrecognizedPropertyException e) {
            throw new MalformedBodyException(path(e), "unknown field '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            String field = path(e);
            throw new MalformedBodyException(field, field.isEmpty()
                    ? "the request body is empty or has the wrong shape" : "wrong type or value");
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new MalformedBodyException("", "malformed JSON" + (at == null ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && type != String.class;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        try {
            McpJson.MAPPER.writeValue(out, value);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException("response not serialisable: " + type.getSimpleName());
        }
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType == null || "json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json");
    }
}
