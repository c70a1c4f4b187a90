package dev.cleanclaim.app.cli;

import dev.cleanclaim.rules.RuleFolder;
import dev.cleanclaim.rules.imports.MueImporter;
import dev.cleanclaim.rules.imports.PtpImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Imports official CMS files into the rule folder, and payers' 835 remittances into the workspace.",
        subcommands = {ImportCommand.NcciPtp.class, ImportCommand.Mue.class})
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
}
