package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.ConditionReader;

import java.util.List;

/** The visit form's "Condition and accident" choices, in the visit contract's words. */
public final class ConditionChoices {

    /** {@code condition.accident}: none, or the kind of accident the condition came from. */
    public static final List<Choice> ACCIDENTS = List.of(new Choice("", "No accident"),
            new Choice(ConditionReader.AUTO, "Auto accident (box 10b)"),
            new Choice(ConditionReader.OTHER, "Other accident (box 10c)"));

    private ConditionChoices() {
    }
}
