package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.EndpointSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteOrderTest {

    private static EndpointSpec route(String method, String path) {
        return new EndpointSpec(method, path, "h", null, null, null, null, "S", "m", null, false, false, null);
    }

    private static List<String> order(EndpointSpec... declared) {
        return RouteOrder.of(List.of(declared)).stream().map(e -> e.httpMethod() + " " + e.path()).toList();
    }

    @Test
    void aFixedSegmentMovesAheadOfTheParameterThatWouldTakeIt() {
        assertEquals(List.of("POST /orders", "GET /orders/count", "GET /orders/{order_id}", "GET /orders"),
                order(route("POST", "/orders"), route("GET", "/orders/{order_id}"), route("GET", "/orders"),
                        route("GET", "/orders/count")));
    }

    @Test
    void otherMethodsOtherDepthsAndUnrelatedPathsKeepTheArtifactsOrder() {
        assertEquals(List.of("GET /orders/{id}", "DELETE /orders/count", "GET /orders/{id}/parcels",
                "GET /orders/count/all", "GET /items/count"),
                order(route("GET", "/orders/{id}"), route("DELETE", "/orders/count"),
                        route("GET", "/orders/{id}/parcels"), route("GET", "/orders/count/all"),
                        route("GET", "/items/count")));
    }

    @Test
    void aPathUnderAParameterMovesAheadOnlyOfTheRoutesThatMatchIt() {
        assertEquals(List.of("GET /a/{x}/b/latest", "GET /a/{x}/b/{y}", "GET /a/{x}/c/{y}"),
                order(route("GET", "/a/{x}/b/{y}"), route("GET", "/a/{x}/c/{y}"), route("GET", "/a/{x}/b/latest")));
    }
}
