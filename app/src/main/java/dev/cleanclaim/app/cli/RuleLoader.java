package dev.cleanclaim.app.cli;

import dev.cleanclaim.core.ruledata.RuleData;

import java.nio.file.Path;
import java.util.Optional;

/** Loads rule data for a command: the given rule folder, or the default one. */
@FunctionalInterface
public interface RuleLoader {

    RuleData load(Optional<Path> rulesFolder);
}
