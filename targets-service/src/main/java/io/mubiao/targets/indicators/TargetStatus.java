package io.mubiao.targets.indicators;

/** Whether a target was reached, with the reason in words ({@code status} is written lower-case in the API). */
public record TargetStatus(Status status, String reason, int achievementIndex) {

    public enum Status {
        MET, MISSED, PENDING, UNKNOWN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static TargetStatus of(Status status, String reason) {
        return new TargetStatus(status, reason, -1);
    }
}
