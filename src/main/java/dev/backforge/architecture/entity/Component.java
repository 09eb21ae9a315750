package dev.backforge.architecture.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One component of the architecture: a class or module, written to one file. */
public record Component(
                        String id,
                        String name,
                        String type,
                        String assignedTo,
                        String filePath,
                        String description,
                        String implementationNotes,
                        Dependencies dependencies,
                        @JsonProperty("interface") InterfaceSpec contract,
                        List<ExceptionSpec> exceptions,
                        List<SettingSpec> settings,
                        String envPrefix,
                        List<ModelSpec> models,
                        String entity,
                        String prefix,
                        List<String> tags,
                        List<EndpointSpec> endpoints) {

    public static final String BACKEND = "backend";

    public Component {
        dependencies = dependencies == null ? Dependencies.NONE : dependencies;
        contract = contract == null ? InterfaceSpec.EMPTY : contract;
        exceptions = Lists.of(exceptions);
        settings = Lists.of(settings);
        models = Lists.of(models);
        tags = Lists.of(tags);
        endpoints = Lists.of(endpoints);
    }

    public boolean isBackend() {
        return BACKEND.equals(assignedTo);
    }

    public ComponentType kind() {
        return ComponentType.of(type);
    }

    public List<MethodSpec> methods() {
        return contract.methods();
    }

    /** Models this component owns: its own {@code models} and those of its interface. */
    public List<ModelSpec> ownModels() {
        return models.isEmpty() ? contract.models()
                : Stream.concat(models.stream(), contract.models().stream()).toList();
    }

    /** Python module path of the file, e.g. {@code src/auth/exceptions.py} gives {@code src.auth.exceptions}. */
    public String module() {
        String path = filePath.replace('\\', '/');
        int dot = path.lastIndexOf('.');
        String noExt = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
        if (noExt.endsWith("/__init__")) {
            noExt = noExt.substring(0, noExt.length() - "/__init__".length());
        }
        return noExt.replace('/', '.');
    }

    public String descriptionOr(String fallback) {
        return description == null || description.isBlank() ? fallback : description.strip();
    }

    /** An endpoint's exception mapping, for callers that want it as a map. */
    public static Map<String, Integer> errors(EndpointSpec e) {
        return e.errors();
    }
}
