package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.contract.UnitsJson;
import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.catalog.CodeLookup;
import dev.cleanclaim.core.units.ServiceTime;
import dev.cleanclaim.core.units.UnitCalculator;
import dev.cleanclaim.core.units.UnitMethod;
import dev.cleanclaim.core.units.UnitResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "units", sortOptions = false,
        description = {"Computes billable units for the services of one date of service.",
                "Entries of the same code are added together; untimed codes are 1 unit and never count toward the timed totals."})
final class UnitsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--method", paramLabel = "medicare|ama", defaultValue = "medicare",
            description = "medicare: CMS total-time 8-minute rule (default); ama: AMA/CPT midpoint rule per code.")
    private String method;

    @Parameters(arity = "1..*", paramLabel = "CODE=MINUTES", description = "A code and its one-on-one minutes, e.g. 97110=33.")
    private List<String> entries;

    private final CliContext context;

    UnitsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<InputProblem> problems = new ArrayList<>();
        Optional<UnitMethod> unitMethod = UnitMethod.parse(method);
        if (unitMethod.isEmpty()) {
            problems.add(new InputProblem("--method", "expected medicare or ama, got \"" + method + "\""));
        }
        List<ServiceTime> services = parse(problems);
        if (!problems.isEmpty()) {
            throw new InputException("cleanclaim units", problems);
        }
        UnitResult result = UnitCalculator.calculate(unitMethod.orElseThrow(), services);
        spec.commandLine().getOut().println(UnitsJson.write(result));
        return ExitCode.OK;
    }

    private List<ServiceTime> parse(List<InputProblem> problems) {
        CodeCatalog catalog = context.rules().codes();
        List<ServiceTime> services = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String where = "argument " + (i + 1) + " \"" + entry + "\"";
            int equals = entry.indexOf('=');
            if (equals < 1) {
                problems.add(new InputProblem(where, "expected CODE=MINUTES, e.g. 97110=33"));
                continue;
            }
            Optional<CatalogCode> code = known(catalog, entry.substring(0, equals), where, problems);
            Optional<Integer> minutes = minutes(entry.substring(equals + 1), where, problems);
            if (code.isPresent() && minutes.isPresent()) {
                services.add(new ServiceTime(code.get().code(), code.get().unitBasis(), minutes.get()));
                total += minutes.get();
            }
        }
        if (total > ServiceTime.MAX_MINUTES) {
            problems.add(new InputProblem("CODE=MINUTES", "the minutes add up to " + total
                    + ", more than the 1440 minutes of a day"));
        }
        return services;
    }

    private static Optional<CatalogCode> known(CodeCatalog catalog, String code, String where, List<InputProblem> problems) {
        // The units command has no date of service: any code the catalog has ever held is accepted.
        CodeLookup lookup = catalog.lookup(code, LocalDate.MAX);
        if (lookup instanceof CodeLookup.Unknown unknown) {
            problems.add(new InputProblem(where, "unknown code: " + unknown.explanation()));
            return Optional.empty();
        }
        return catalog.find(code);
    }

    private static Optional<Integer> minutes(String text, String where, List<InputProblem> problems) {
        try {
            int minutes = Integer.parseInt(text.trim());
            if (minutes >= 0 && minutes <= ServiceTime.MAX_MINUTES) {
                return Optional.of(minutes);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new InputProblem(where, "minutes must be a whole number from 0 to " + ServiceTime.MAX_MINUTES));
        return Optional.empty();
    }
}
