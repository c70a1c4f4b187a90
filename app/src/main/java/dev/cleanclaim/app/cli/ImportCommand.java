package dev.cleanclaim.app.cli;

import dev.cleanclaim.rules.RuleFolder;
import dev.cleanclaim.rules.imports.MueImporter;
import dev.cleanclaim.rules.imports.PtpImporter;
import dev.cleanclaim.rules.imports.RvuImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Imports official CMS files into the rule folder, and payers' 835 remittances into the workspace.",
        subcommands = {ImportCommand.NcciPtp.class, ImportCommand.Mue.class, ImportCommand.Rvu.class})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    @Command(name = "ncci-ptp", description = {"Imports the NCCI PTP practitioner edits: every part (f1-f4) of a quarter,",
            "as TXT, XLSX or the CMS ZIPs; the Medicaid layout is read too. Replaces the folder's previous table."})
    static final class NcciPtp implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private RulesOption rules;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        private List<Path> files;

        @Override
        public Integer call() {
            long started = System.nanoTime();
            PtpImporter.Report report = PtpImporter.importFiles(files, rules.folder().orElseGet(RuleFolder::defaultLocation));
            spec.commandLine().getOut().printf("{\"imported\":\"ncci-ptp\",\"rows\":%d,\"files\":%d,\"table\":\"%s\",\"seconds\":%.1f}%n",
                    report.rows(), report.files(), report.table(), (System.nanoTime() - started) / 1e9);
            return ExitCode.OK;
        }
    }

    @Command(name = "mue", description = "Imports the NCCI MUE practitioner services file (CSV or XLSX).")
    static final class Mue implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private RulesOption rules;

        @Parameters(index = "0", paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() {
            MueImporter.Report report = MueImporter.importFile(file, rules.folder().orElseGet(RuleFolder::defaultLocation));
            spec.commandLine().getOut().printf("{\"imported\":\"mue\",\"rows\":%d,\"table\":\"%s\"}%n", report.rows(), report.table());
            return ExitCode.OK;
        }
    }

    @Command(name = "rvu", description = {"Imports a year of the Medicare physician fee schedule from CMS's PPRRVU file",
            "(CSV or XLSX, or the RVUyyX.zip holding it): RVUs and conversion factors; the year's GPCIs stay the built-in ones."})
    static final class Rvu implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private RulesOption rules;

        @Option(names = "--year", paramLabel = "YYYY", description = "the calendar year, when the file's name does not say it")
        private Integer year;

        @Parameters(index = "0", paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() {
            RvuImporter.Report report = RvuImporter.importFile(file, year == null ? OptionalInt.empty() : OptionalInt.of(year),
                    rules.folder().orElseGet(RuleFolder::defaultLocation));
            String factors = report.factors().stream()
                    .map(factor -> "\"" + factor.appliesTo().word() + "\":\"" + factor.dollarsPerRvu().toPlainString() + "\"")
                    .collect(Collectors.joining(","));
            spec.commandLine().getOut().printf("{\"imported\":\"rvu\",\"year\":%d,\"rows\":%d,\"conversionFactors\":{%s},\"table\":\"%s\"}%n",
                    report.year(), report.rows(), factors, report.table());
            return ExitCode.OK;
        }
    }
}
