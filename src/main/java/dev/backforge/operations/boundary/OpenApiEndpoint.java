package dev.backforge.operations.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * /openapi: the API's OpenAPI 3.1 document, META-INF/openapi.yaml as written (YAML, or JSON when asked for with
 * {@code Accept: application/json} or {@code ?format=json}). Payara's own endpoint, moved to /payara-openapi by the
 * post-boot commands, adds a top-level {@code endpoints} member the OpenAPI specification does not allow.
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiEndpoint extends HttpServlet {

    private static final String DOCUMENT = "/META-INF/openapi.yaml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] yaml;
        try (InputStream in = OpenApiEndpoint.class.getResourceAsStream(DOCUMENT)) {
            yaml = in.readAllBytes();
        }
        String accept = request.getHeader("Accept");
        boolean json = "json".equals(request.getParameter("format"))
                || accept != null && accept.contains("application/json") && !accept.contains("yaml");
        if (json) {
            response.setContentType("application/json;charset=UTF-8");
            byte[] converted = new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml));
            response.getOutputStream().write(converted);
        } else {
            response.setContentType("application/yaml;charset=UTF-8");
            response.getOutputStream().write(new String(yaml, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        }
    }
}
