package dev.backforge.llmclient.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Anthropic's Messages API as a MicroProfile Rest Client; the base URL ends with {@code /v1}. */
public interface AnthropicApi {

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response messages(@HeaderParam("x-api-key") String apiKey, @HeaderParam("anthropic-version") String version,
                      String body);
}
