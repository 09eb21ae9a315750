package dev.backforge.generation.llm.control;

import dev.backforge.generation.llm.entity.LlmResponse;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers already paid for, by a hash of everything that determines them. Written as soon as an answer arrives, so a
 * crash after the call does not pay for it again.
 */
public interface ResponseCache {

    Optional<LlmResponse> get(String key);

    void put(String key, LlmResponse response);

    /** Which of these keys hold an answer. */
    default Set<String> known(Collection<String> keys) {
        return keys.stream().filter(k -> get(k).isPresent()).collect(Collectors.toSet());
    }

    ResponseCache NONE = new ResponseCache() {
        @Override
        public Optional<LlmResponse> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, LlmResponse response) {
        }
    };
}
