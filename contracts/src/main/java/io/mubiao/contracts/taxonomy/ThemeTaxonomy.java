package io.mubiao.contracts.taxonomy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A set of policy themes loaded from a JSON file
 * ({@code {"name": ..., "source": ..., "defaultTheme": ..., "themes": [Theme...]}}).
 * The default is Tianjin's ten actions plus {@code macro} and {@code reform_opening}; another city's plan is
 * another file, chosen by configuration. A malformed file is refused with a message naming the problem.
 */
public final class ThemeTaxonomy {

    public static final String DEFAULT_RESOURCE = "/taxonomy/tianjin-ten-actions.json";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    /**
     * The file's layout.
     *
     * @param defaultTheme optional: the code of the theme for a figure that no cue places (the catch-all, e.g.
     *                     overall economic figures); the first theme when absent
     */
    public record Document(String name, String source, String defaultTheme, List<Theme> themes) {
    }

    private final String name;
    private final String source;
    private final String defaultTheme;
    private final List<Theme> themes;

    private ThemeTaxonomy(String name, String source, String defaultTheme, List<Theme> themes) {
        this.name = name;
        this.source = source;
        this.themes = List.copyOf(themes);
        this.defaultTheme = defaultTheme != null ? defaultTheme : this.themes.get(0).code();
    }

    public static ThemeTaxonomy loadDefault() {
        try (InputStream in = ThemeTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new InvalidTaxonomyException("classpath:" + DEFAULT_RESOURCE + " is missing");
            }
            return parse(in.readAllBytes(), "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new InvalidTaxonomyException("cannot read classpath:" + DEFAULT_RESOURCE + ": " + e.getMessage());
        }
    }

    /** Loads {@code file}, or the default when {@code file} is empty. */
    public static ThemeTaxonomy load(Optional<Path> file) {
        return file.map(ThemeTaxonomy::load).orElseGet(ThemeTaxonomy::loadDefault);
    }

    public static ThemeTaxonomy load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new InvalidTaxonomyException("cannot read theme taxonomy " + file + ": " + e.getMessage());
        }
    }

    static ThemeTaxonomy parse(byte[] json, String origin) {
        Document doc;
        try {
            doc = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(json, Document.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InvalidTaxonomyException("theme taxonomy " + origin + " is not valid JSON of the expected shape: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidTaxonomyException("cannot read theme taxonomy " + origin + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (doc == null || doc.themes() == null || doc.themes().isEmpty()) {
            problems.add("no themes");
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < doc.themes().size(); i++) {
                Theme t = doc.themes().get(i);
                String where = "themes[" + i + "]";
                if (t == null) {
                    problems.add(where + " is null");
                    continue;
                }
                if (t.code() == null || !CODE.matcher(t.code()).matches()) {
                    problems.add(where + ".code must match " + CODE.pattern() + ", was " + t.code());
                } else if (!codes.add(t.code())) {
                    problems.add(where + ".code " + t.code() + " is repeated");
                }
                if (blank(t.nameZh()) && blank(t.nameEn())) {
                    problems.add(where + " needs nameZh or nameEn");
                }
                if (empty(t.headingCues()) && empty(t.indicatorCues())) {
                    problems.add(where + " (" + t.code() + ") has no headingCues and no indicatorCues");
                }
                checkCues(problems, where + ".headingCues", t.headingCues());
                checkCues(problems, where + ".indicatorCues", t.indicatorCues());
            }
        }
        if (doc != null && doc.defaultTheme() != null && doc.themes() != null
                && doc.themes().stream().noneMatch(t -> t != null && doc.defaultTheme().equals(t.code()))) {
            problems.add("defaultTheme " + doc.defaultTheme() + " is not one of the themes");
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaxonomyException("theme taxonomy " + origin + " is malformed: " + String.join("; ", problems));
        }
        return new ThemeTaxonomy(doc.name(), doc.source(), doc.defaultTheme(), doc.themes().stream().map(ThemeTaxonomy::withLists).toList());
    }

    private static void checkCues(List<String> problems, String where, List<String> cues) {
        if (cues == null) {
            return;
        }
        for (int i = 0; i < cues.size(); i++) {
            if (blank(cues.get(i))) {
                problems.add(where + "[" + i + "] is blank");
            }
        }
    }

    private static Theme withLists(Theme t) {
        return new Theme(t.code(), t.nameZh(), t.nameEn(), t.description(),
                t.headingCues() == null ? List.of() : List.copyOf(t.headingCues()),
                t.indicatorCues() == null ? List.of() : List.copyOf(t.indicatorCues()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean empty(List<String> l) {
        return l == null || l.isEmpty();
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    /** The code of the theme for a figure that no cue places: the file's {@code defaultTheme}, else the first theme. */
    public String defaultTheme() {
        return defaultTheme;
    }

    public List<Theme> themes() {
        return themes;
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Refused at start-up: the message says which file and what is wrong. */
    public static final class InvalidTaxonomyException extends RuntimeException {
        public InvalidTaxonomyException(String message) {
            super(message);
        }
    }
}
