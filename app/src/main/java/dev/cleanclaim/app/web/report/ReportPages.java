package dev.cleanclaim.app.web.report;

import dev.cleanclaim.app.reports.CsvTable;
import dev.cleanclaim.app.reports.Period;
import dev.cleanclaim.app.reports.ReportCsv;
import dev.cleanclaim.app.reports.Reports;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.page.Frame;
import dev.cleanclaim.app.web.page.Pages;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The reports: an index at /reports, one page per report at /reports/{name} with a from/through filter (the last
 * twelve months by default), and each table as CSV at /reports/{file}.csv with the same filter. Billers and admins
 * only: a therapist is refused (403) before anything is read.
 */
public final class ReportPages {

    private final Reports reports;
    private final List<Export> exports;

    public ReportPages(Workspace workspace) {
        this.reports = new Reports(workspace);
        this.exports = List.of(
                new Export("aging", ReportKind.AGING, "Payers", (actor, period) -> ReportCsv.aging(reports.aging(actor))),
                new Export("aging-claims", ReportKind.AGING, "Open claims",
                        (actor, period) -> ReportCsv.agingClaims(reports.aging(actor))),
                new Export("patient-aging", ReportKind.PATIENT_AGING, "Patients",
                        (actor, period) -> ReportCsv.patientAging(reports.patientAging(actor))),
                new Export("denials", ReportKind.DENIALS, "Rates by payer",
                        (actor, period) -> ReportCsv.denials(reports.denials(actor, period))),
                new Export("denial-rules", ReportKind.DENIALS, "Denials by rule and code",
                        (actor, period) -> ReportCsv.denialRules(reports.denials(actor, period))),
                new Export("revenue", ReportKind.REVENUE, "By code",
                        (actor, period) -> ReportCsv.revenue(reports.revenue(actor, period))),
                new Export("revenue-providers", ReportKind.REVENUE, "By provider",
                        (actor, period) -> ReportCsv.revenueByProvider(reports.revenue(actor, period))),
                new Export("revenue-patients", ReportKind.REVENUE, "Paid by patients",
                        (actor, period) -> ReportCsv.revenueFromPatients(reports.revenue(actor, period))),
                new Export("units", ReportKind.UNITS, "Every therapist day",
                        (actor, period) -> ReportCsv.therapistDays(reports.units(actor, period))),
                new Export("unit-visits", ReportKind.UNITS, "Every visit",
                        (actor, period) -> ReportCsv.visitUnits(reports.units(actor, period))),
                new Export("audit", ReportKind.AUDIT, "Every error",
                        (actor, period) -> ReportCsv.audit(reports.audit(actor, period))));
    }

    public void register(RoutesConfig routes) {
        routes.get("/reports", this::index);
        for (ReportKind kind : ReportKind.values()) {
            routes.get(kind.path(), ctx -> page(ctx, kind));
        }
        for (Export export : exports) {
            routes.get("/reports/" + export.file() + ".csv", ctx -> csv(ctx, export));
        }
    }

    private void index(Context ctx) {
        reports.requireAccess(Requests.actor(ctx));
        Pages.render(ctx, "reports/index.jte", Map.of("frame", Frame.of(ctx, "Reports", "reports"),
                "reports", List.of(ReportKind.values())));
    }

    private void page(Context ctx, ReportKind kind) {
        Actor actor = Requests.actor(ctx);
        reports.requireAccess(actor);
        PeriodForm form = PeriodForm.read(ctx, reports.today());
        ReportContent content = ReportContent.NONE;
        if (form.period().isPresent()) {
            content = content(kind, actor, form.period().get());
        } else {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        List<ReportView.Download> downloads = exports.stream().filter(export -> export.kind() == kind)
                .map(export -> new ReportView.Download(export.label(), "/reports/" + export.file() + ".csv" + form.query()))
                .toList();
        Pages.render(ctx, "reports/report.jte", Map.of("frame", Frame.of(ctx, kind.title(), "reports"),
                "view", new ReportView(kind, form.state(), reports.today().toString(), content, downloads)));
    }

    private ReportContent content(ReportKind kind, Actor actor, Period period) {
        return switch (kind) {
            case AGING -> AgingView.of(reports.aging(actor));
            case PATIENT_AGING -> PatientAgingView.of(reports.patientAging(actor));
            case DENIALS -> DenialsView.of(reports.denials(actor, period));
            case REVENUE -> RevenueView.of(reports.revenue(actor, period));
            case UNITS -> UnitsView.of(reports.units(actor, period));
            case AUDIT -> AuditView.of(reports.audit(actor, period));
        };
    }

    /** A bad date is a 400 naming the field, as plain text: the download has no page to show it on. */
    private void csv(Context ctx, Export export) {
        Actor actor = Requests.actor(ctx);
        reports.requireAccess(actor);
        PeriodForm form = PeriodForm.read(ctx, reports.today());
        if (form.period().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=utf-8").result(form.state().problems()
                    .stream().map(problem -> problem.field() + ": " + problem.detail()).collect(Collectors.joining("\n")));
            return;
        }
        Period period = form.period().get();
        String fileName = "cleanclaim-" + export.file() + (export.kind().periodApplies()
                ? "-" + period.from() + "-to-" + period.through() : "-as-of-" + reports.today()) + ".csv";
        String csv = export.table().apply(actor, period).write();
        reports.downloaded(actor, fileName);
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(csv);
    }

    /** One CSV file: a table of one report. */
    private record Export(String file, ReportKind kind, String label, BiFunction<Actor, Period, CsvTable> table) {
    }
}
