package dev.cleanclaim.app.web.report;

/** The reports the web app offers, each at /reports/{name}. */
public enum ReportKind {
    AGING("aging", "A/R aging", false,
            "What each payer still owes, by how long the claims have waited since they were sent."),
    PATIENT_AGING("patient-aging", "Patient balances", false,
            "What each patient owes, by how long ago the visits were, and the credits patients hold."),
    DENIALS("denials", "Denials", true,
            "How often each payer denies, and the rule that should have caught each denial."),
    REVENUE("revenue", "Revenue", true,
            "What sent claims charged and what the payers paid, per procedure code and per provider."),
    UNITS("units", "Timed units", true,
            "Timed units per visit and per therapist day, with the days no one could have worked."),
    AUDIT("audit", "Re-scrub audit", true,
            "The period's claims scrubbed again with today's rules: what would fail if sent now.");

    private final String name;
    private final String title;
    private final boolean periodApplies;
    private final String summary;

    ReportKind(String name, String title, boolean periodApplies, String summary) {
        this.name = name;
        this.title = title;
        this.periodApplies = periodApplies;
        this.summary = summary;
    }

    public String id() {
        return name;
    }

    public String path() {
        return "/reports/" + name;
    }

    public String title() {
        return title;
    }

    /** Aging (a payer's or a patient's) is as of today: every open balance is owed now, whenever its visit was. */
    public boolean periodApplies() {
        return periodApplies;
    }

    public String summary() {
        return summary;
    }
}
