package dev.cleanclaim.app.web.page;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.catalog.CodeCategory;
import dev.cleanclaim.core.catalog.CodeLookup;
import dev.cleanclaim.core.catalog.TherapyDesignation;
import dev.cleanclaim.core.catalog.UnitBasis;
import dev.cleanclaim.core.ncci.PtpEdit;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.CodeNotes;
import dev.cleanclaim.core.scrub.ConfiguredRule;
import dev.cleanclaim.core.time.EffectivePeriod;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rule browser at /rules: the codes, payer packs, rules and edits cleanclaim scrubs with, and for a code every
 * rule that concerns it. Everything shown is read from the rule data in force, the same objects the scrub uses.
 */
public final class RuleBrowser {

    private final RuleData rules;
    private final Clock clock;

    public RuleBrowser(RuleData rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/rules", this::show);
    }

    private void show(Context ctx) {
        String query = Optional.ofNullable(ctx.queryParam("code")).map(String::trim).orElse("");
        LocalDate today = LocalDate.now(clock);
        RuleBrowserView.CodeDetail found = null;
        RuleBrowserView.UnknownCode notFound = null;
        if (!query.isEmpty()) {
            CodeLookup lookup = rules.codes().lookup(query, today);
            if (lookup instanceof CodeLookup.Unknown unknown) {
                notFound = new RuleBrowserView.UnknownCode(query, unknown.explanation());
            } else {
                CatalogCode code = rules.codes().find(lookup.code()).orElseThrow();
                found = detail(code, standing(lookup), today);
            }
        }
        RuleBrowserView view = new RuleBrowserView(rules.version(), query, found, notFound, codes(), payers(), definitions(),
                rules.ptp().quarter() + " edition: " + rules.ptp().edition(), rules.mue().forDate(today).edition());
        Pages.render(ctx, "rules/browser.jte", Map.of("frame", Frame.of(ctx, found == null ? "Rules" : "Rules · " + found.code(),
                "rules"), "view", view));
    }

    /** A code looked up today may be one a biller still sees on old superbills: say plainly that it is not billable now. */
    private static String standing(CodeLookup lookup) {
        if (lookup instanceof CodeLookup.Deleted deleted) {
            return "deleted after " + deleted.deletedAfter() + ": not billable for services after that date";
        }
        if (lookup instanceof CodeLookup.NotYetEffective notYet) {
            return "in force from " + notYet.effectiveFrom() + ": not billable for services before that date";
        }
        return "";
    }

    private RuleBrowserView.CodeDetail detail(CatalogCode code, String standing, LocalDate today) {
        String mue = rules.mue().forDate(today).find(code.code()).map(edit -> "at most " + edit.maxUnits() + " unit(s) a day: "
                + edit.adjudicationText() + (edit.rationale().isBlank() ? "" : " (" + edit.rationale() + ")")).orElse(null);
        List<Fact> notes = new ArrayList<>();
        for (String id : rules.payers().ids()) {
            Payer payer = rules.payers().find(id).orElseThrow();
            for (ConfiguredRule rule : payer.rules()) {
                if (rule.rule() instanceof CodeNotes codeNotes && rule.inForceOn(today)) {
                    codeNotes.notesOn(code).forEach(note -> notes.add(new Fact(payer.name(), note)));
                }
            }
        }
        return new RuleBrowserView.CodeDetail(code.code(), code.description(), units(code.unitBasis()),
                category(code.category()), code.family(), String.join(", ", code.renderers().stream().map(Enum::name).sorted().toList()),
                period(code.period()), standing, String.join(", ", code.replacedBy()), therapy(code.therapy()), mue,
                edits(code.code(), today), notes);
    }

    /** Every edit in force today between the code and another catalog code, with the code in either column. */
    private List<RuleBrowserView.EditRow> edits(String code, LocalDate today) {
        List<RuleBrowserView.EditRow> edits = new ArrayList<>();
        for (String other : catalogCodes().keySet()) {
            if (other.equals(code)) {
                continue;
            }
            rules.ptp().find(code, other, today).ifPresent(edit -> edits.add(edit(edit)));
            rules.ptp().find(other, code, today).ifPresent(edit -> edits.add(edit(edit)));
        }
        edits.sort(Comparator.comparing(RuleBrowserView.EditRow::column1).thenComparing(RuleBrowserView.EditRow::column2));
        return edits;
    }

    private static RuleBrowserView.EditRow edit(PtpEdit edit) {
        String meaning = switch (edit.modifierIndicator()) {
            case 0 -> "never together: no modifier allows column 2";
            case 1 -> "together only when distinct: column 2 needs 59 or an X modifier (XE, XS, XP, XU) and notes that show it";
            case 9 -> "the edit no longer applies";
            default -> "modifier indicator " + edit.modifierIndicator();
        };
        return new RuleBrowserView.EditRow(edit.column1(), edit.column2(), edit.modifierIndicator(), meaning, edit.rationale(),
                period(edit.period()));
    }

    private List<RuleBrowserView.CodeSummary> codes() {
        return catalogCodes().values().stream().map(code -> new RuleBrowserView.CodeSummary(code.code(), code.description(),
                code.isTimed(), code.family())).toList();
    }

    /** One entry a code (the catalog may hold a code's earlier periods too: the latest is shown). */
    private Map<String, CatalogCode> catalogCodes() {
        Map<String, CatalogCode> byCode = new TreeMap<>();
        rules.codes().all().forEach(code -> byCode.put(code.code(), code));
        return byCode;
    }

    private List<RuleBrowserView.PayerSummary> payers() {
        return rules.payers().ids().stream().map(id -> rules.payers().find(id).orElseThrow())
                .map(payer -> new RuleBrowserView.PayerSummary(payer.id(), payer.name(), payer.unitMethod().id(),
                        payer.unitMethodSource(), payer.distinctModifier(), String.join(" ", payer.modifierOrder()),
                        payer.claimFilingIndicator(), payer.rules().stream().map(ConfiguredRule::id).toList()))
                .toList();
    }

    private List<RuleBrowserView.RuleSummary> definitions() {
        return rules.definitions().all().stream().map(rule -> new RuleBrowserView.RuleSummary(rule.id(), rule.summary(),
                rule.source(), period(rule.period()))).toList();
    }

    static String period(EffectivePeriod period) {
        if (period.from().isEmpty() && period.through().isEmpty()) {
            return "always";
        }
        if (period.through().isEmpty()) {
            return "since " + period.from().get();
        }
        return period.from().map(from -> from + " to ").orElse("until ") + period.through().get();
    }

    private static String units(UnitBasis basis) {
        return switch (basis) {
            case TIMED_15 -> "timed: 15-minute units (8-minute rule or AMA midpoint, by payer)";
            case UNTIMED -> "untimed: one unit a date of service";
            case PER_SESSION -> "one unit a session; the claim says what was done";
            case HOURLY -> "timed: hourly units, one reached past the half hour";
        };
    }

    private static String therapy(TherapyDesignation therapy) {
        return switch (therapy) {
            case ALWAYS -> "always therapy (needs a plan of care and GP/GO/GN)";
            case SOMETIMES -> "sometimes therapy (GP/GO/GN when a therapist furnishes it under a plan of care)";
            case NEVER -> "";
        };
    }

    private static String category(CodeCategory category) {
        return switch (category) {
            case CPT_I -> "CPT category I";
            case CPT_II -> "CPT category II (performance measure)";
            case CPT_III -> "CPT category III (emerging technology)";
            case HCPCS -> "HCPCS level II";
        };
    }
}
