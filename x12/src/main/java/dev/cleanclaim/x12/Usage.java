package dev.cleanclaim.x12;

/** ISA15: whether the receiver should treat the interchange as test data or as real claims. */
public enum Usage {
    TEST("T"), PRODUCTION("P");

    private final String code;

    Usage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
