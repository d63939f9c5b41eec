package io.mubiao.extract.core;

/**
 * A heading: its nesting level (1 = 一、/第X章/2025工作安排, 2 = （一）/第X节, 3 = 1…/专栏N) and title.
 *
 * @param contentStart where the paragraph text after an inline heading starts ((一)…。text), or the line end
 */
public record Heading(int level, String title, int contentStart) {
}
