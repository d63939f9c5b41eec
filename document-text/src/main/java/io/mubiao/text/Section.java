package io.mubiao.text;

/**
 * A heading and the text it governs, {@code [start, end)} in the normalized text: from the heading to the next
 * heading of the same or an outer level.
 *
 * @param level   1 = 一、 / 第一章 / 2025年工作安排, 2 = （一） / 第一节, 3 = 1. / 专栏1
 * @param label   the numbering as written (一、, （三）, 第二章, 专栏1), null when the heading has none
 * @param heading the heading's text without its numbering
 */
public record Section(int level, String label, String heading, int start, int end) {
}
