package dev.cleanclaim.app.reports;

/** How long a claim has waited on its payer, in the brackets billers and their accountants age receivables by. */
public enum AgingBucket {
    UP_TO_30("0-30 days", 30),
    DAYS_31_TO_60("31-60 days", 60),
    DAYS_61_TO_90("61-90 days", 90),
    OVER_90("over 90 days", Long.MAX_VALUE);

    private final String label;
    private final long lastDay;

    AgingBucket(String label, long lastDay) {
        this.label = label;
        this.lastDay = lastDay;
    }

    public String label() {
        return label;
    }

    /** The bracket of a claim waiting this many days; a claim sent today is 0 days old. */
    public static AgingBucket of(long days) {
        for (AgingBucket bucket : values()) {
            if (days <= bucket.lastDay) {
                return bucket;
            }
        }
        throw new AssertionError("OVER_90 takes every age");
    }
}
