package dev.backforge.llmclient.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * OpenAI-compatible chat completions (OpenAI, Ollama, vLLM, llama.cpp server, LM Studio, gateways), as a MicroProfile
 * Rest Client; the base URL ends with {@code /v1}. Paths sit on the method, not the type.
 */
public interface OpenAiApi {

    @POST
    @Path("chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response complete(@HeaderParam("Authorization") String authorization, String body);
}
