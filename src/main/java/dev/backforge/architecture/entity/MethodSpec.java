package dev.backforge.architecture.entity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A method of a component's interface; {@code parsed} is filled in by validation. */
public record MethodSpec(String name, String signature, String description, List<String> raises,
                         @JsonIgnore Signature parsed) {

    public MethodSpec {
        raises = Lists.of(raises);
    }

    public MethodSpec withParsed(Signature signature) {
        return new MethodSpec(name, this.signature, description, raises, signature);
    }
}
