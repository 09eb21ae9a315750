package dev.backforge.kernel;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** The two JSON mappers of the contract: snake_case for artifacts, and a deterministic one for what we write. */
public final class Json {

    /** Reads artifacts: snake_case names, unknown fields tolerated (other agents add their own). */
    public static final ObjectMapper ARTIFACT = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Writes manifests and reports: keys sorted where maps are used, so equal content gives equal bytes. */
    public static final ObjectMapper OUTPUT = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Json() {
    }

    /**
     * Why a document could not be read, in words for the sender: where it broke and what was found there, or which
     * limit it passed. The parser's own text is cut at its first line and never names its classes or settings.
     */
    public static String describe(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return "the JSON passes a size limit (nesting deeper than 1000 levels, or a number or name too long)";
        }
        if (!(e instanceof JsonProcessingException j)) {
            return "the body could not be read";
        }
        JsonLocation at = j.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column "
                + at.getColumnNr();
        String what = j.getOriginalMessage() == null ? "" : j.getOriginalMessage().lines().findFirst().orElse("");
        if (what.contains("`") || what.contains("com.fasterxml") || what.contains("StreamReadConstraints")) {
            what = "";
        }
        return "not valid JSON" + where + (what.isEmpty() ? "" : ": " + what);
    }
}
