package dev.backforge.architecture.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An HTTP endpoint of an api component, bound to one method of one service. */
public record EndpointSpec(String method, String path, String handler, String summary, String requestModel,
                           String responseModel, Integer statusCode, String service, String serviceMethod,
                           List<FieldSpec> queryParams, boolean authRequired, boolean rateLimited,
                           Map<String, Integer> errors) {

    public EndpointSpec {
        path = path == null ? "" : path;
        queryParams = Lists.of(queryParams);
        errors = Lists.of(errors);
    }

    public String httpMethod() {
        return method.toUpperCase(Locale.ROOT);
    }
}
