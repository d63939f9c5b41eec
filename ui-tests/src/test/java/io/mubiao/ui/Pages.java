package io.mubiao.ui;

/**
 * One stack and one browser for every browser test class of the run: starting the four services and extracting
 * the seeds takes minutes, so the classes share them; they are closed when the test JVM exits.
 */
final class Pages {
    private static Stack stack;
    private static Browser browser;

    private Pages() {
    }

    static synchronized Stack stack() throws Exception {
        if (stack == null) {
            stack = Stack.start();
            Runtime.getRuntime().addShutdownHook(new Thread(Pages::close));
        }
        return stack;
    }

    static synchronized Browser browser() throws Exception {
        if (browser == null) {
            browser = new Browser(stack().url());
        }
        return browser;
    }

    private static synchronized void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }
}
