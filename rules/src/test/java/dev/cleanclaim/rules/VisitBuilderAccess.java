package dev.cleanclaim.rules;

import dev.cleanclaim.core.ruledata.RuleData;

/** Lets tests in sub-packages build visits with the package's test builder. */
public final class VisitBuilderAccess {

    private VisitBuilderAccess() {
    }

    public static Builder visit(RuleData rules) {
        return new Builder(VisitBuilder.visit(rules));
    }

    /** The few builder steps other packages' tests use. */
    public static final class Builder {
        private final VisitBuilder builder;

        Builder(VisitBuilder builder) {
            this.builder = builder;
        }

        public Builder payer(String id) {
            builder.payer(id);
            return this;
        }

        public Builder referral() {
            builder.referral();
            return this;
        }

        public Builder rationale() {
            builder.rationale();
            return this;
        }

        public Builder on(String isoDate) {
            builder.on(isoDate);
            return this;
        }

        public Builder diagnosis(String code, String... regions) {
            builder.diagnosis(code, regions);
            return this;
        }

        public Builder code(String code, Integer minutes, String... regions) {
            builder.code(code, minutes, regions);
            return this;
        }

        public dev.cleanclaim.core.visit.Visit build() {
            return builder.build();
        }
    }
}
