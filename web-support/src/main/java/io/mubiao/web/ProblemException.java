package io.mubiao.web;

/** Thrown by resources and domain adapters to answer with a given problem status. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Problem problem() {
        return Problem.of(status, title, getMessage());
    }
}
