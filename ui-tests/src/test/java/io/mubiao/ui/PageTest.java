package io.mubiao.ui;

import org.junit.jupiter.api.BeforeAll;

/** The browser test classes' shared stack and browser (see {@link Pages}). */
abstract class PageTest {
    static Stack stack;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        stack = Pages.stack();
        browser = Pages.browser();
    }
}
