package dev.backforge.operations.boundary;

import dev.backforge.operations.control.PrometheusText;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * /metrics: Payara's own metrics endpoint (moved to /payara-metrics by the post-boot commands) read on this
 * server's port and answered without its repeated series ({@link PrometheusText}). Open like health: a scraper has
 * no user. {@code ?scope=base|vendor|application} is passed on.
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsEndpoint extends HttpServlet {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String scope = request.getParameter("scope");
        String host = request.getLocalAddr().contains(":") ? "[" + request.getLocalAddr() + "]"
                : request.getLocalAddr();
        URI source = URI.create("http://" + host + ":" + request.getLocalPort() + "/payara-metrics"
                + (scope == null ? "" : "?scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)));
        HttpResponse<String> scraped;
        try {
            scraped = HTTP.send(HttpRequest.newBuilder(source).timeout(Duration.ofSeconds(20))
                    .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(503);
            return;
        }
        if (scraped.statusCode() != 200) {
            response.sendError(scraped.statusCode() == 404 ? 404 : 503);
            return;
        }
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.getOutputStream().write(PrometheusText.deduplicated(scraped.body())
                .getBytes(StandardCharsets.UTF_8));
    }
}
