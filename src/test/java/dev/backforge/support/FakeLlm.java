package dev.backforge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.llm.budget.Tokens;
import dev.backforge.kernel.Hashes;
import dev.backforge.planning.control.Planner;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model server for tests and benchmarks that speaks both protocols over real HTTP: OpenAI-compatible chat
 * completions and Anthropic Messages, with usage figures. It answers with the files the template generator writes
 * for the components a prompt asks for, and can be told to misbehave: latency, 429 with Retry-After, 500, hanging,
 * client errors, a malformed envelope, content that is not JSON, truncated answers, a wrong path, code that fails
 * verification. It counts calls and keeps every prompt.
 */
public final class FakeLlm implements AutoCloseable {

    /** What the next calls do; each fault applies to the given number of calls, then the fake behaves. */
    public enum Fault {
        RATE_LIMITED, SERVER_ERROR, HANG, CLIENT_ERROR, BAD_ENVELOPE, NOT_JSON, TRUNCATED, WRONG_PATH,
        FAILS_VERIFICATION,
        /** 401 quoting the credentials it got, as providers do: "Incorrect API key provided: Bearer sk-...". */
        ECHO_KEY
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMPONENT = Pattern.compile("(?m)^## Component (\\S+): ");
    private static final Pattern REPAIR = Pattern.compile("The file you wrote for component (\\S+) must be corrected");

    static {
        // a provider's front end sends an answer without waiting on Nagle; the JDK server, left alone, holds the body
        // back until the client acknowledges the headers (about 40 ms on loopback), a delay no real provider adds.
        // Read once, when the JDK's server first loads: the build sets it as well
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** The faults that send no model answer at all. */
    private static final Set<Fault> WITHOUT_ANSWER = EnumSet.of(Fault.RATE_LIMITED, Fault.SERVER_ERROR,
            Fault.ECHO_KEY, Fault.CLIENT_ERROR, Fault.BAD_ENVELOPE);

    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicLong lastAnswerAt = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Set<HttpExchange> left = ConcurrentHashMap.newKeySet();
    private final List<String> prompts = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> answersByPrompt = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    /** Each answered call's arrival (System.nanoTime()) and the tokens its usage reported. */
    private final List<long[]> usage = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> accepted = new ArrayList<>();
    private final AtomicInteger overLimit = new AtomicInteger();
    private final List<Long> rateLimitedAt = Collections.synchronizedList(new ArrayList<>());
    private volatile int perMinute;
    private volatile Fault always;
    private volatile long latencyMillis;
    private volatile int retryAfterSeconds = 1;
    private volatile long hangMillis = 60_000;
    private volatile GenerationContext context;

    public FakeLlm(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/v1/chat/completions", e -> handle(e, false));
        server.createContext("/v1/messages", e -> handle(e, true));
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The architecture whose components the fake writes. */
    public FakeLlm serve(byte[] architecture) throws Exception {
        var a = TargetStacks.STANDARD.reader().read(architecture);
        context = GenerationContext.of(a, new Planner().plan(a));
        return this;
    }

    public FakeLlm latency(long millis) {
        latencyMillis = millis;
        return this;
    }

    /**
     * A provider's rate limit: a call arriving when this many were accepted in the last 60 s gets 429 with the
     * seconds until a slot frees as Retry-After (0: no limit).
     */
    public FakeLlm limit(int requestsPerMinute) {
        perMinute = requestsPerMinute;
        return this;
    }

    /** When the injected 429s (Fault.RATE_LIMITED) were answered (System.nanoTime()). */
    public List<Long> rateLimitedAt() {
        synchronized (rateLimitedAt) {
            return List.copyOf(rateLimitedAt);
        }
    }

    /** Calls refused for going over the limit. */
    public int overLimit() {
        return overLimit.get();
    }

    /** When each call arrived (System.nanoTime()), in order. */
    public List<Long> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    /** The most calls that arrived within any 60 seconds. */
    public int mostInAnyMinute() {
        return (int) mostInAnyMinute(arrivals().stream().map(t -> new long[] {t, 1}).toList());
    }

    /** The most tokens (prompt and answer, as reported in usage) in calls that arrived within any 60 seconds. */
    public long mostTokensInAnyMinute() {
        synchronized (usage) {
            return mostInAnyMinute(List.copyOf(usage));
        }
    }

    /** The largest sum of weights among events (time in nanoseconds, weight) within any 60 seconds. */
    private static long mostInAnyMinute(List<long[]> events) {
        List<long[]> all = new ArrayList<>(events);
        all.sort((x, y) -> Long.compare(x[0], y[0]));
        long most = 0;
        long sum = 0;
        for (int i = 0, j = 0; j < all.size(); j++) {
            sum += all.get(j)[1];
            while (all.get(j)[0] - all.get(i)[0] >= 60_000_000_000L) {
                sum -= all.get(i++)[1];
            }
            most = Math.max(most, sum);
        }
        return most;
    }

    /** All tokens reported in usage. */
    public long tokens() {
        synchronized (usage) {
            return usage.stream().mapToLong(u -> u[1]).sum();
        }
    }

    /** Seconds until a slot frees, or 0 when the call is within the limit (then it counts). */
    private long limited() {
        if (perMinute <= 0) {
            return 0;
        }
        synchronized (accepted) {
            long now = System.nanoTime();
            accepted.removeIf(t -> now - t >= 60_000_000_000L);
            if (accepted.size() >= perMinute) {
                return Math.max(1, (accepted.get(0) + 60_000_000_000L - now + 999_999_999L) / 1_000_000_000L);
            }
            accepted.add(now);
            return 0;
        }
    }

    public FakeLlm retryAfter(int seconds) {
        retryAfterSeconds = seconds;
        return this;
    }

    public FakeLlm hangFor(long millis) {
        hangMillis = millis;
        return this;
    }

    /** The next {@code times} calls get this fault. */
    public FakeLlm next(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(fault);
        }
        return this;
    }

    /** Every call gets this fault until {@link #behave()}. */
    public FakeLlm always(Fault fault) {
        always = fault;
        return this;
    }

    public FakeLlm behave() {
        always = null;
        faults.clear();
        return this;
    }

    public void reset() {
        behave();
        calls.set(0);
        answered.set(0);
        prompts.clear();
        answersByPrompt.clear();
        latencies.clear();
        arrivals.clear();
        usage.clear();
        lastAnswerAt.set(0);
        mostInFlight.set(0);
        latencyMillis = 0;
    }

    /** The most calls it was answering at once since the last reset. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** When the last call so far was answered (System.nanoTime()), 0 before any. */
    public long lastAnswerAt() {
        return lastAnswerAt.get();
    }

    public int calls() {
        return calls.get();
    }

    /** Calls answered with 200 and delivered to the client. */
    public int answered() {
        return answered.get();
    }

    public List<String> prompts() {
        return List.copyOf(prompts);
    }

    /** The components each prompt asked for, by id, in the order the prompts came. */
    public List<List<String>> componentsAsked() {
        return prompts().stream().map(FakeLlm::componentIds).toList();
    }

    /** The ids of the components a prompt asks to write, in its order. */
    public static List<String> componentIds(String prompt) {
        List<String> ids = new ArrayList<>();
        Matcher m = COMPONENT.matcher(prompt);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Prompts answered more than once: each such answer was paid for again. */
    public Map<String, Integer> answeredTwice() {
        Map<String, Integer> twice = new HashMap<>();
        answersByPrompt.forEach((k, v) -> {
            if (v > 1) {
                twice.put(k, v);
            }
        });
        return twice;
    }

    public List<Long> latencies() {
        return List.copyOf(latencies);
    }

    private void handle(HttpExchange exchange, boolean anthropic) throws IOException {
        long started = System.nanoTime();
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            calls.incrementAndGet();
            arrivals.add(started);
            long wait = limited();
            if (wait > 0) {
                overLimit.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(wait));
                send(exchange, 429, "{\"error\": {\"message\": \"rate limit reached\"}}");
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String system = anthropic ? request.path("system").asText() : message(request, "system");
            String user = message(request, "user");
            prompts.add(system + "\n" + user);
            Fault fault = always != null ? always : faults.poll();
            // the answer is made before the latency runs out, so a call takes the latency set, not that plus the
            // fake's own work (templates, token counts) on the cores the server under test also needs
            Answer answer = fault != null && WITHOUT_ANSWER.contains(fault) ? null
                    : answer(fault, anthropic, system + user, user);
            sleep(latencyMillis - (System.nanoTime() - started) / 1_000_000);
            if (fault == Fault.RATE_LIMITED) {
                rateLimitedAt.add(System.nanoTime());
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(retryAfterSeconds));
                send(exchange, 429, "{\"error\": {\"message\": \"rate limited\"}}");
                return;
            }
            if (fault == Fault.SERVER_ERROR) {
                send(exchange, 500, "{\"error\": {\"message\": \"overloaded\"}}");
                return;
            }
            if (fault == Fault.ECHO_KEY) {
                String credentials = anthropic ? exchange.getRequestHeaders().getFirst("x-api-key")
                        : exchange.getRequestHeaders().getFirst("Authorization");
                send(exchange, 401, "{\"error\": {\"message\": \"Incorrect API key provided: " + credentials
                        + "\", \"api_key\": \"" + credentials + "\"}}");
                return;
            }
            if (fault == Fault.CLIENT_ERROR) {
                send(exchange, 400, "{\"error\": {\"message\": \"invalid request\"}}");
                return;
            }
            if (fault == Fault.HANG) {
                sleep(hangMillis);
            }
            if (fault == Fault.BAD_ENVELOPE) {
                send(exchange, 200, "{\"choices\": [");
                return;
            }
            if (send(exchange, 200, answer.body())) {
                answered.incrementAndGet();
                usage.add(new long[] {started, answer.tokens()});
                String prompt = Hashes.sha256(system + "\n" + user);
                answersByPrompt.merge(prompt, 1, Integer::sum);
            }
        } finally {
            leave(exchange);
            left.remove(exchange);
            long ended = System.nanoTime();
            latencies.add((ended - started) / 1_000_000);
            lastAnswerAt.accumulateAndGet(ended, Math::max);
        }
    }

    /** The answer's JSON: the template's file for each component the prompt asks for. */
    private String files(String user, Fault fault) {
        Matcher repair = REPAIR.matcher(user);
        List<String> ids = repair.find() ? List.of(repair.group(1)) : componentIds(user);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode files = answer.putArray("generated_files");
        for (String id : ids) {
            PlannedComponent p = context.plan().components().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the fake does not know component " + id));
            String content;
            try {
                content = new TemplateGenerator().generate(context, p).content();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            String path = p.component().filePath();
            if (fault == Fault.WRONG_PATH) {
                path = "elsewhere/" + path;
            }
            if (fault == Fault.FAILS_VERIFICATION) {
                content = content.replace("from __future__ import annotations\n",
                        "from __future__ import annotations\n\nimport os\n");
            }
            files.addObject().put("path", path).put("component_id", id).put("description", "written by the fake")
                    .put("content", content);
        }
        return answer.toString();
    }

    /** An answer's envelope and the tokens its usage reports. */
    private record Answer(String body, long tokens) {
    }

    private Answer answer(Fault fault, boolean anthropic, String prompt, String user) {
        String content = fault == Fault.NOT_JSON ? "Here is the code you asked for, in prose." : files(user, fault);
        boolean truncated = fault == Fault.TRUNCATED;
        if (truncated) {
            content = content.substring(0, content.length() / 2);
        }
        long in = Tokens.count(prompt);
        long out = Tokens.count(content);
        return new Answer(anthropic ? anthropic(content, in, out, truncated) : openAi(content, in, out, truncated),
                in + out);
    }

    private static String openAi(String content, long in, long out, boolean truncated) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", "chatcmpl-fake").put("object", "chat.completion").put("model", "fake");
        ObjectNode choice = r.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", truncated ? "length" : "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        r.putObject("usage").put("prompt_tokens", in).put("completion_tokens", out).put("total_tokens", in + out);
        return r.toString();
    }

    /** Anthropic continues the assistant turn the client began with "{": the text omits that brace. */
    private static String anthropic(String content, long in, long out, boolean truncated) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", "msg_fake").put("type", "message").put("role", "assistant").put("model", "fake");
        String text = content.startsWith("{") ? content.substring(1) : content;
        r.putArray("content").addObject().put("type", "text").put("text", text);
        r.put("stop_reason", truncated ? "max_tokens" : "end_turn");
        r.putObject("usage").put("input_tokens", in).put("output_tokens", out);
        return r.toString();
    }

    private static String message(JsonNode request, String role) {
        for (JsonNode m : request.path("messages")) {
            if (role.equals(m.path("role").asText())) {
                return m.path("content").asText();
            }
        }
        return "";
    }

    /** Whether the whole answer reached the client. */
    private boolean send(HttpExchange exchange, int status, String body) {
        leave(exchange);
        try {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The call stops counting as in flight before its answer goes out: the client may call again the moment it has
     * the answer, while this thread still books it.
     */
    private void leave(HttpExchange exchange) {
        // not an exchange attribute: the JDK's server shares those across a context's exchanges
        if (left.add(exchange)) {
            inFlight.decrementAndGet();
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
