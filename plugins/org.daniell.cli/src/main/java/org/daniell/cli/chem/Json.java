package org.daniell.cli.chem;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/**
 * The one place {@code daniell chem --json} output is written: Gson, pretty-printed, nulls kept so every report has
 * the same fields, and doubles rounded to 12 significant digits so that 0.6000000000000001 prints as 0.6.
 */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();
    private static final MathContext PRECISION = new MathContext(12);

    private Json() {
    }

    /** @return the element as pretty-printed JSON text */
    static String print(JsonElement element) {
        return GSON.toJson(element);
    }

    /** @return the value as a JSON number, or null if it is not finite */
    static JsonElement number(double value) {
        if (!Double.isFinite(value)) {
            return JsonNull.INSTANCE;
        }
        return new JsonPrimitive(value == 0 ? 0.0 : new BigDecimal(value).round(PRECISION).doubleValue());
    }

    /** @return the value as a JSON string, or null */
    static JsonElement string(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    /** @return the texts as a JSON array of strings */
    static JsonArray strings(Collection<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
