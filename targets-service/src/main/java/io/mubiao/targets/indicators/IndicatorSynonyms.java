package io.mubiao.targets.indicators;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewed synonym resource ({@code /indicators/synonyms.json}): canonical indicator names with their
 * variants and, where it does not depend on context, the direction in which the indicator improves.
 * {@link #key(String)} gives the grouping key of any indicator text: its canonical name when the normalized
 * text is a known name or variant, else the normalized text itself.
 */
public final class IndicatorSynonyms {
    public static final String DEFAULT_RESOURCE = "/indicators/synonyms.json";

    /** One entry of the file. */
    public record Entry(String name, String direction, List<String> variants) {
    }

    /** The file's layout. */
    public record File(String about, List<Entry> indicators) {
    }

    private final Map<String, String> keyByComparable = new HashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private IndicatorSynonyms(List<Entry> list, String origin) {
        for (Entry e : list) {
            if (e == null || e.name() == null || e.name().isBlank()) {
                throw new IllegalArgumentException(origin + ": an indicator without a name");
            }
            if (e.direction() != null) {
                direction(e.direction(), origin);
            }
            String name = IndicatorNames.normalize(e.name());
            if (entries.putIfAbsent(name, e) != null) {
                throw new IllegalArgumentException(origin + ": indicator " + name + " is listed twice");
            }
            register(name, name, origin);
            for (String v : e.variants() == null ? List.<String>of() : e.variants()) {
                register(v, name, origin);
            }
        }
    }

    private void register(String text, String name, String origin) {
        String c = IndicatorNames.comparable(text);
        String previous = keyByComparable.putIfAbsent(c, name);
        if (previous != null && !previous.equals(name)) {
            throw new IllegalArgumentException(origin + ": '" + text + "' is a variant of both " + previous + " and " + name);
        }
    }

    public static IndicatorSynonyms loadDefault() {
        try (InputStream in = IndicatorSynonyms.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + DEFAULT_RESOURCE + " is missing");
            }
            return parse(in.readAllBytes(), "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath:" + DEFAULT_RESOURCE, e);
        }
    }

    public static IndicatorSynonyms parse(byte[] json, String origin) {
        try {
            File f = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(json, File.class);
            return new IndicatorSynonyms(f.indicators() == null ? List.of() : f.indicators(), origin);
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + " is not a valid synonym file: " + e.getMessage(), e);
        }
    }

    /** The grouping key of an indicator text ("" for a blank one). */
    public String key(String indicator) {
        String normalized = IndicatorNames.normalize(indicator);
        return keyByComparable.getOrDefault(normalized.toUpperCase(Locale.ROOT), normalized);
    }

    /** The direction the resource gives for a key, if any. */
    public Optional<Direction> direction(String key) {
        Entry e = entries.get(key);
        return e == null || e.direction() == null ? Optional.empty() : Optional.of(direction(e.direction(), "synonyms"));
    }

    /** The variants the resource lists for a key (empty for a key it does not know). */
    public List<String> variants(String key) {
        Entry e = entries.get(key);
        return e == null || e.variants() == null ? List.of() : List.copyOf(e.variants());
    }

    /** Every canonical name of the resource. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    private static Direction direction(String value, String origin) {
        try {
            return Direction.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": direction must be up or down, was " + value);
        }
    }
}
