package org.eduroadmap.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Writes an {@link ApiError} from the security filters, which answer before any controller is reached. */
@Component
class ApiResponses {

    private final JsonMapper json;

    ApiResponses(JsonMapper json) {
        this.json = json;
    }

    void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}
