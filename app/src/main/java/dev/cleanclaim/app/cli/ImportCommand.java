package dev.cleanclaim.app.cli;

import dev.cleanclaim.core.ncci.NcciQuarter;
import dev.cleanclaim.rules.RuleFolder;
import dev.cleanclaim.rules.imports.Icd10cmImporter;
import dev.cleanclaim.rules.imports.MueImporter;
import dev.cleanclaim.rules.imports.PtpImporter;
import dev.cleanclaim.rules.imports.RvuImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "import", description = "Imports official CMS files into the rule folder, and payers' 835 remittances into the workspace.",
        subcommands = {ImportCommand.NcciPtp.class, ImportCommand.Mue.class, ImportCommand.Icd10cm.class, ImportCommand.Rvu.class})
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

        @Option(names = "--quarter", paramLabel = "YYYYQN",
                description = "The quarter the files are, e.g. 2026Q2 (default: from CMS's file names, else the newest edit's date).")
        private String quarter;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        private List<Path> files;

        @Override
        public Integer call() {
            long started = System.nanoTime();
            PtpImporter.Report report = PtpImporter.importFiles(files, rules.folder().orElseGet(RuleFolder::defaultLocation),
                    Optional.ofNullable(quarter).map(NcciPtp::quarter));
            spec.commandLine().getOut().printf("{\"imported\":\"ncci-ptp\",\"rows\":%d,\"files\":%d,\"quarter\":\"%s\",\"table\":\"%s\",\"seconds\":%.1f}%n",
                    report.rows(), report.files(), report.quarter(), report.table(), (System.nanoTime() - started) / 1e9);
            return ExitCode.OK;
        }

        private static NcciQuarter quarter(String text) {
            try {
                return NcciQuarter.parse(text);
            } catch (IllegalArgumentException e) {
                throw new UsageException("cleanclaim import ncci-ptp: --quarter: " + e.getMessage());
            }
        }
    }

    @Command(name = "mue", description = {"Imports the NCCI MUE practitioner services file (CSV or XLSX). It is used from the date",
            "in its name (MCR_MUE_PractitionerServices_Eff_04-01-2026.csv) or --effective; the built-in tables serve earlier dates."})
    static final class Mue implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private RulesOption rules;

        @Option(names = "--effective", paramLabel = "YYYY-MM-DD", description = "The first date of service the table is for.")
        private String effective;

        @Parameters(index = "0", paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() {
            MueImporter.Report report = MueImporter.importFile(file, rules.folder().orElseGet(RuleFolder::defaultLocation),
                    Optional.ofNullable(effective).map(text -> date("mue --effective", text)));
            spec.commandLine().getOut().printf("{\"imported\":\"mue\",\"rows\":%d,\"effective\":%s,\"table\":\"%s\"}%n", report.rows(),
                    report.effective().map(day -> "\"" + day + "\"").orElse("null"), report.table());
            return ExitCode.OK;
        }
    }

    @Command(name = "icd10cm", description = {"Imports CMS's ICD-10-CM order file of a fiscal year (icd10cm_order_YYYY.txt, or the",
            "code-descriptions ZIP holding it) as one more year of diagnosis codes; a year imported again is replaced."})
    static final class Icd10cm implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private RulesOption rules;

        @Option(names = "--fiscal-year", paramLabel = "YYYY", description = "The fiscal year (default: the year in the file's name).")
        private Integer fiscalYear;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD",
                description = "First day in force, for a mid-year update (default: October 1, or April 1 for an April file).")
        private String from;

        @Parameters(index = "0", paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() {
            Icd10cmImporter.Report report = Icd10cmImporter.importFile(file, rules.folder().orElseGet(RuleFolder::defaultLocation),
                    Optional.ofNullable(fiscalYear), Optional.ofNullable(from).map(text -> date("icd10cm --from", text)));
            spec.commandLine().getOut().printf("{\"imported\":\"icd10cm\",\"year\":\"%s\",\"from\":\"%s\",\"through\":\"%s\","
                            + "\"codes\":%d,\"billable\":%d,\"table\":\"%s\"}%n", report.name(), report.from(), report.through(),
                    report.codes(), report.billable(), report.table());
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

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("cleanclaim import " + option + ": expected a date YYYY-MM-DD, got \"" + text + "\"");
        }
    }
}
