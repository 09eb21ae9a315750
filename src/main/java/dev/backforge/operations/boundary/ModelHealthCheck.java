package dev.backforge.operations.boundary;

import dev.backforge.llmclient.control.LlmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * With a model configured, ready only when its server accepts connections. A connection, not a call: a readiness
 * probe must not spend tokens or a rate limit.
 */
@Readiness
@ApplicationScoped
public class ModelHealthCheck implements HealthCheck {

    @Inject
    LlmConfig llm;

    @Override
    public HealthCheckResponse call() {
        if (!llm.configured()) {
            return HealthCheckResponse.named("language-model").up().withData("configured", false).build();
        }
        URI base = URI.create(llm.baseUrl(llm.provider()));
        int port = base.getPort() > 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), port), 2000);
            return HealthCheckResponse.named("language-model").up().withData("provider", llm.provider()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("language-model").down().withData("provider", llm.provider())
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
