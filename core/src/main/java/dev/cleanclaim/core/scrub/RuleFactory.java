package dev.cleanclaim.core.scrub;

/** Builds a rule from a payer pack's settings; refuses settings it does not understand. */
@FunctionalInterface
public interface RuleFactory {

    Rule create(RuleParams params);
}
