package io.mubiao.documents;

/**
 * A metadata value and where it came from.
 *
 * @param source {@code upload}, {@code file-name}, {@code html-title}, {@code url}, or {@code text:START-END}
 *               (offsets in the normalized text)
 */
record Found<T>(T value, String source) {
    static <T> Found<T> inText(T value, int start, int end) {
        return new Found<>(value, "text:" + start + "-" + end);
    }
}
