package io.mubiao.ingest.domain;

/** A title when the upload gives none: the first non-blank line that reads like a title. */
public final class TitleGuesser {
    static final int MAX_TITLE = 200;

    private TitleGuesser() {
    }

    public static String guess(String text) {
        for (String line : text.split("\n", 200)) {
            String l = line.strip();
            // Navigation crumbs and bare URLs are not titles.
            if (l.length() >= 6 && !l.startsWith("http") && !l.contains(">>") && !l.startsWith("当前位置")) {
                return l.length() > MAX_TITLE ? l.substring(0, MAX_TITLE) : l;
            }
        }
        return null;
    }
}
