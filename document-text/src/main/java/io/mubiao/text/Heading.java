package io.mubiao.text;

/**
 * A heading read from one line: its nesting level (1 = 一、/第X章/2025年工作安排, 2 = （一）/第X节, 3 = 1./专栏N),
 * its numbering and its title.
 *
 * @param level  1, 2 or 3
 * @param label  the numbering as written without spaces (一、, （三）, 第二章, 专栏1, 1), or null when it has none
 * @param title  the heading's text without its numbering (and without a closing 。)
 * @param bodyAt where the paragraph after an inline heading starts in the line ((一)建设生态屏障。重点实施… → after
 *               the 。), or the line's length when the whole line is the heading
 */
public record Heading(int level, String label, String title, int bodyAt) {
    /** The heading as written: its numbering and title (一、2025年工作回顾). */
    public String fullTitle() {
        return label == null ? title : label + title;
    }
}
