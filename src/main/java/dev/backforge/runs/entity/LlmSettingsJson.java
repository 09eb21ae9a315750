package dev.backforge.runs.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.kernel.Json;

/** A run's model settings in one column. */
final class LlmSettingsJson {

    private LlmSettingsJson() {
    }

    static String write(LlmSettings settings) {
        try {
            return Json.OUTPUT.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static LlmSettings read(String json) {
        try {
            return Json.OUTPUT.readValue(json, LlmSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored model settings are unreadable", e);
        }
    }
}
