package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.claim.ClaimDraft;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.remit.ClaimPaymentStatus;
import dev.cleanclaim.store.AuditNote;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.Update;
import dev.cleanclaim.store.VisitRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.cleanclaim.app.reports.ReportFixture.PARK;
import static dev.cleanclaim.app.reports.ReportFixture.REYES;
import static dev.cleanclaim.app.reports.ReportFixture.TODAY;
import static dev.cleanclaim.app.reports.ReportFixture.adjustment;
import static dev.cleanclaim.app.reports.ReportFixture.line;
import static dev.cleanclaim.app.reports.ReportFixture.payment;
import static dev.cleanclaim.app.reports.ReportFixture.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each report over claims made, sent and paid through the workspace on a real H2 database, with exact numbers. A
 * 30-minute 97110 visit bills 2 units at $29.29: $58.58.
 */
class ReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Period JUNE = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));

    private final ReportFixture fixture = new ReportFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aging_brackets_each_open_insurance_claim_by_the_days_since_it_was_first_sent_at_30_31_60_61_90_and_91_days() {
        long patient = fixture.patient("Lark", "commercial", PARK);
        for (int i = 0; i < 6; i++) {
            int daysAgo = List.of(30, 31, 60, 61, 90, 91).get(i);
            fixture.sendOn(fixture.claim(fixture.ptVisit(patient, LocalDate.of(2026, 6, 1 + i), "commercial",
                    timed("97110", 30))), TODAY.minusDays(daysAgo));
        }
        fixture.claim(fixture.ptVisit(patient, LocalDate.of(2026, 6, 10), "commercial", timed("97110", 30)));
        fixture.claim(fixture.ptVisit(fixture.patient("Self", "self-pay", PARK), LocalDate.of(2026, 6, 11),
                "self-pay", timed("97110", 30)));
        long other = fixture.patient("Moss", "bcbs", PARK);
        ClaimView partly = fixture.sendOn(fixture.claim(fixture.ptVisit(other, LocalDate.of(2026, 11, 2), "bcbs",
                timed("97110", 30))), TODAY.minusDays(10));
        ClaimView settled = fixture.sendOn(fixture.claim(fixture.ptVisit(other, LocalDate.of(2026, 11, 3), "bcbs",
                timed("97110", 30))), TODAY.minusDays(10));
        fixture.post(payment(partly, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "30.00", "10.00",
                        List.of(adjustment(AdjustmentGroup.CO, "45", "8.58"), adjustment(AdjustmentGroup.PR, "2", "10.00"))),
                payment(settled, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "48.58", "10.00",
                        List.of(adjustment(AdjustmentGroup.PR, "2", "10.00"))));

        Aging aging = fixture.reports.aging(fixture.biller);

        assertThat(aging.asOf()).isEqualTo(TODAY);
        assertThat(aging.claims()).extracting(Aging.AgedClaim::days).containsExactly(91L, 90L, 61L, 60L, 31L, 30L, 10L);
        assertThat(aging.claims()).extracting(Aging.AgedClaim::bucket).containsExactly(AgingBucket.OVER_90,
                AgingBucket.DAYS_61_TO_90, AgingBucket.DAYS_61_TO_90, AgingBucket.DAYS_31_TO_60, AgingBucket.DAYS_31_TO_60,
                AgingBucket.UP_TO_30, AgingBucket.UP_TO_30);
        assertThat(aging.rows()).extracting(Aging.Row::payerId).containsExactly("bcbs", "commercial");
        Aging.Row bcbs = aging.rows().get(0);
        assertThat(bcbs.claims()).isEqualTo(1);
        assertThat(bcbs.amount(AgingBucket.UP_TO_30)).as("58.58 - 30.00 paid - 8.58 written off - 10.00 patient")
                .isEqualTo(Money.parse("10.00"));
        Aging.Row commercial = aging.rows().get(1);
        assertThat(List.of(commercial.amount(AgingBucket.UP_TO_30), commercial.amount(AgingBucket.DAYS_31_TO_60),
                commercial.amount(AgingBucket.DAYS_61_TO_90), commercial.amount(AgingBucket.OVER_90), commercial.total()))
                .containsExactly(Money.parse("58.58"), Money.parse("117.16"), Money.parse("117.16"), Money.parse("58.58"),
                        Money.parse("351.48"));
        assertThat(aging.total().total()).isEqualTo(Money.parse("361.48"));
        assertThat(aging.total().claims()).isEqualTo(7);
        assertThat(fixture.stored(partly).value().status()).as("paid, yet still open").isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void aging_exports_a_row_per_payer_with_plain_decimal_money() {
        long patient = fixture.patient("Lark", "commercial", PARK);
        fixture.sendOn(fixture.claim(fixture.ptVisit(patient, LocalDate.of(2026, 6, 1), "commercial",
                timed("97110", 30))), TODAY.minusDays(45));

        String csv = ReportCsv.aging(fixture.reports.aging(fixture.biller)).write();

        assertThat(csv).isEqualTo("as_of,payer_id,payer,claims,days_0_30,days_31_60,days_61_90,days_over_90,total\r\n"
                + "2026-11-23,commercial,Example Commercial Health Plan,1,0.00,58.58,0.00,0.00,58.58\r\n");
    }

    @Test
    void denial_rate_is_denied_of_adjudicated_claims_per_payer_to_one_decimal_and_each_denial_is_traced_to_its_rule() {
        long patient = fixture.patient("Lark", "commercial", PARK);
        ClaimView paid = sent(fixture.ptVisit(patient, LocalDate.of(2026, 6, 1), "commercial", timed("97110", 30)));
        ClaimView denied = sent(fixture.ptVisit(patient, LocalDate.of(2026, 6, 2), "commercial", timed("97110", 30)));
        ClaimView partly = sent(fixture.ptVisit(patient, LocalDate.of(2026, 6, 3), "commercial", timed("97110", 38),
                timed("97140", 10)));
        sent(fixture.ptVisit(patient, LocalDate.of(2026, 6, 4), "commercial", timed("97110", 30)));
        ClaimView july = sent(fixture.ptVisit(patient, LocalDate.of(2026, 7, 1), "commercial", timed("97110", 30)));
        long other = fixture.patient("Moss", "bcbs", PARK);
        ClaimView bcbs = sent(fixture.ptVisit(other, LocalDate.of(2026, 6, 5), "bcbs", timed("97110", 30)));
        fixture.post(
                payment(paid, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "40.00", "10.00", List.of(),
                        line("97110", "58.58", "40.00", adjustment(AdjustmentGroup.CO, "45", "8.58"),
                                adjustment(AdjustmentGroup.PR, "2", "10.00"))),
                payment(denied, ClaimPaymentStatus.DENIED, "0.00", "0.00", List.of(
                        adjustment(AdjustmentGroup.CO, "119", "30.00"), adjustment(AdjustmentGroup.OA, "18", "28.58"))),
                payment(partly, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "67.87", "0.00", List.of(),
                        line("97110", "87.87", "67.87", adjustment(AdjustmentGroup.CO, "97", "20.00")),
                        line("97140", "26.96", "0.00", adjustment(AdjustmentGroup.CO, "50", "26.96"))),
                payment(july, ClaimPaymentStatus.DENIED, "0.00", "0.00", List.of(adjustment(AdjustmentGroup.CO, "50", "58.58"))),
                payment(bcbs, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "58.58", "0.00", List.of()));

        Denials denials = fixture.reports.denials(fixture.biller, JUNE);

        assertThat(denials.byPayer()).extracting(Denials.PayerRate::payerId, Denials.PayerRate::adjudicated,
                Denials.PayerRate::denied, Denials.PayerRate::ratePercent).containsExactly(
                tuple("bcbs", 1L, 0L, new BigDecimal("0.0")),
                tuple("commercial", 3L, 2L, new BigDecimal("66.7")));
        assertThat(denials.total().ratePercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(denials.byRule()).extracting(Denials.RuleDenials::ruleId, Denials.RuleDenials::warned,
                Denials.RuleDenials::missed, Denials.RuleDenials::notInPack).containsExactly(
                tuple("doc.medical-necessity", new Tally(1, Money.parse("26.96")), Tally.ZERO, Tally.ZERO),
                tuple("modifier.kx", Tally.ZERO, Tally.ZERO, new Tally(1, Money.parse("30.00"))),
                tuple("ncci.ptp", Tally.ZERO, new Tally(1, Money.parse("20.00")), Tally.ZERO),
                // CO-119, a benefit maximum reached: Medicare's yearly threshold or a plan's daily cap on therapy
                tuple("units.daily-cap", Tally.ZERO, Tally.ZERO, new Tally(1, Money.parse("30.00"))));
        assertThat(denials.byRule()).allSatisfy(row -> assertThat(row.payerId()).isEqualTo("commercial"));
        assertThat(denials.untraced()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("OA-18");
            assertThat(row.meaning()).contains("duplicate");
            assertThat(row.tally()).isEqualTo(new Tally(1, Money.parse("28.58")));
        });
        assertThat(ReportCsv.denialRules(denials).write()).contains(
                "commercial,Example Commercial Health Plan,ncci.ptp,,missed,1,20.00\r\n",
                "commercial,Example Commercial Health Plan,,OA-18,untraced,1,28.58\r\n");
        assertThat(ReportCsv.denials(denials).write()).endsWith(
                "2026-06-01,2026-06-30,commercial,Example Commercial Health Plan,3,2,66.7\r\n");
    }

    @Test
    void revenue_adds_up_what_sent_claims_charged_and_payers_paid_per_code_and_per_rendering_provider() {
        long patient = fixture.patient("Lark", "commercial", PARK);
        ClaimView pt = sent(fixture.ptVisit(patient, LocalDate.of(2026, 6, 3), "commercial", timed("97110", 38),
                timed("97140", 10)));
        fixture.claim(fixture.ptVisit(patient, LocalDate.of(2026, 6, 4), "commercial", timed("97110", 30)));
        sent(fixture.ptVisit(patient, LocalDate.of(2026, 7, 4), "commercial", timed("97110", 30)));
        long chiroPatient = fixture.patient("Reed", "commercial", REYES);
        ClaimView chiro = sent(fixture.chiroVisit(chiroPatient, LocalDate.of(2026, 6, 5)));
        fixture.post(payment(pt, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "80.00", "0.00", List.of(),
                        line("97110", "87.87", "60.00"), line("97140", "26.96", "20.00")),
                payment(chiro, ClaimPaymentStatus.PROCESSED_AS_PRIMARY, "40.00", "0.00", List.of(),
                        line("98940", "55.00", "40.00")));

        Revenue revenue = fixture.reports.revenue(fixture.biller, JUNE);

        assertThat(revenue.byCode()).extracting(Revenue.CodeRow::code, Revenue.CodeRow::units, Revenue.CodeRow::charged,
                Revenue.CodeRow::paid).containsExactly(
                tuple("97110", 3L, Money.parse("87.87"), Money.parse("60.00")),
                tuple("97140", 1L, Money.parse("26.96"), Money.parse("20.00")),
                tuple("98940", 1L, Money.parse("55.00"), Money.parse("40.00")));
        assertThat(revenue.codeTotal().charged()).isEqualTo(Money.parse("169.83"));
        assertThat(revenue.byProvider()).extracting(Revenue.ProviderRow::providerName, Revenue.ProviderRow::claims,
                Revenue.ProviderRow::charged, Revenue.ProviderRow::paid).containsExactly(
                tuple("Dana Reyes (DC)", 1L, Money.parse("55.00"), Money.parse("40.00")),
                tuple("Lee Park (PT)", 1L, Money.parse("114.83"), Money.parse("80.00")));
        assertThat(revenue.providerTotal().paid()).isEqualTo(Money.parse("120.00"));
    }

    @Test
    void a_therapist_day_over_24_hours_of_timed_minutes_is_impossible_and_one_over_12_hours_is_long() {
        LocalDate busy = LocalDate.of(2026, 6, 10);
        LocalDate longDay = LocalDate.of(2026, 6, 11);
        for (String name : List.of("Abel", "Bian", "Cruz")) {
            fixture.claim(fixture.ptVisit(fixture.patient(name, "commercial", PARK), busy, "commercial", timed("97110", 500)));
        }
        for (String name : List.of("Dunn", "Egan")) {
            fixture.claim(fixture.ptVisit(fixture.patient(name, "commercial", PARK), longDay, "commercial", timed("97110", 400)));
        }
        ClaimView ordinary = fixture.claim(fixture.ptVisit(fixture.patient("Ford", "commercial", PARK), LocalDate.of(2026, 6, 12),
                "commercial", timed("97110", 38), timed("97140", 10)));
        withoutMinutes(ordinary);
        fixture.claim(fixture.chiroVisit(fixture.patient("Gale", "commercial", REYES), busy));

        TimedUnits units = fixture.reports.units(fixture.biller, JUNE);

        assertThat(units.days()).extracting(TimedUnits.TherapistDay::date, TimedUnits.TherapistDay::minutes,
                TimedUnits.TherapistDay::load).containsExactly(
                tuple(busy, 0, DayLoad.ORDINARY),
                tuple(busy, 1500, DayLoad.IMPOSSIBLE),
                tuple(longDay, 800, DayLoad.LONG),
                tuple(LocalDate.of(2026, 6, 12), 46, DayLoad.ORDINARY));
        TimedUnits.TherapistDay impossible = units.flagged().get(0);
        assertThat(impossible.providerName()).isEqualTo("Lee Park (PT)");
        assertThat(impossible.visits()).hasSize(3).allSatisfy(visit -> {
            assertThat(visit.timedUnits()).isEqualTo(33);
            assertThat(visit.minutes()).isEqualTo(500);
        });
        assertThat(units.flagged()).extracting(TimedUnits.TherapistDay::load).containsExactly(DayLoad.IMPOSSIBLE, DayLoad.LONG);
        assertThat(units.visits()).filteredOn(visit -> visit.claimId() == ordinary.claim().id()).singleElement()
                .satisfies(visit -> {
                    assertThat(visit.timedUnits()).isEqualTo(4);
                    assertThat(visit.minutes()).as("3 units need 8 + 15 + 15, 1 unit needs 8").isEqualTo(46);
                    assertThat(visit.minutesImplied()).isTrue();
                });
        assertThat(ReportCsv.therapistDays(units).write()).contains(
                "Lee Park (PT),2026-06-10,3,99,1500,impossible\r\n", "Lee Park (PT),2026-06-11,2,54,800,long\r\n");
    }

    @Test
    void the_audit_lists_claims_that_fail_under_todays_rules_and_tells_errors_the_stored_claim_lacked() {
        long chiroPatient = fixture.patient("Reed", "commercial", REYES);
        String shoulderless = "{\"code\": \"97140\", \"minutes\": 15, \"regions\": [\"cervical\"]}";
        ClaimView known = fixture.claim(fixture.chiroVisit(chiroPatient, LocalDate.of(2026, 6, 1), shoulderless));
        ClaimView olderRules = fixture.claim(fixture.chiroVisit(chiroPatient, LocalDate.of(2026, 6, 2), shoulderless));
        withoutFindings(olderRules);
        fixture.claim(fixture.chiroVisit(chiroPatient, LocalDate.of(2026, 7, 2), shoulderless));
        long patient = fixture.patient("Lark", "commercial", PARK);
        ClaimView clean = fixture.claim(fixture.ptVisit(patient, LocalDate.of(2026, 6, 3), "commercial", timed("97110", 30)));
        ClaimView unreadable = fixture.claim(fixture.ptVisit(patient, LocalDate.of(2026, 6, 4), "commercial", timed("97110", 30)));
        Stored<VisitRecord> visit = fixture.database.visits().find(unreadable.claim().value().visitId()).orElseThrow();
        fixture.database.visits().update(visit.id(), visit.version(), new VisitRecord(visit.value().patientId(),
                visit.value().providerId(), visit.value().dateOfService(), "commercial",
                visit.value().body().replace("\"commercial\"", "\"a-payer-since-dropped\"")), new AuditNote("biller", Optional.empty(), "update", Optional.empty()));

        RescrubAudit audit = fixture.reports.audit(fixture.biller, JUNE);

        assertThat(audit.checked()).isEqualTo(4);
        assertThat(audit.rulesVersion()).isEqualTo(fixture.workspace.rules().version());
        assertThat(audit.failing()).extracting(RescrubAudit.FailingClaim::claimId)
                .containsExactly(known.claim().id(), olderRules.claim().id(), unreadable.claim().id())
                .doesNotContain(clean.claim().id());
        assertThat(audit.failing().get(0).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("cmt.region");
            assertThat(finding.codes()).containsExactlyInAnyOrder("97140", "98940");
            assertThat(finding.alreadyStored()).isTrue();
        });
        assertThat(audit.failing().get(1).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("cmt.region");
            assertThat(finding.alreadyStored()).isFalse();
        });
        assertThat(audit.failing().get(2).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(RescrubAudit.UNREADABLE);
            assertThat(finding.message()).contains("a-payer-since-dropped");
        });
        assertThat(audit.newlyFailing()).isEqualTo(2);
        assertThat(audit.failingCount()).isEqualTo(3);
        assertThat(audit.unreadable()).isEqualTo(1);
        assertThat(audit.examplesCut()).isFalse();
        assertThat(audit.byRule()).containsExactly(new RescrubAudit.RuleCount("cmt.region", 1, 1, 1),
                new RescrubAudit.RuleCount(RescrubAudit.UNREADABLE, 0, 1, 1));
        assertThat(ReportCsv.audit(audit).write()).contains(",cmt.region,97140 98940,", ",no\r\n", ",yes\r\n");
    }

    @Test
    void a_therapist_is_refused_every_report_and_each_report_run_is_audited() {
        var therapist = fixture.therapist(PARK);

        assertThatThrownBy(() -> fixture.reports.aging(therapist)).isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> fixture.reports.denials(therapist, JUNE)).isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> fixture.reports.revenue(therapist, JUNE)).isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> fixture.reports.units(therapist, JUNE)).isInstanceOf(WorkspaceException.Forbidden.class);
        assertThatThrownBy(() -> fixture.reports.audit(therapist, JUNE)).isInstanceOf(WorkspaceException.Forbidden.class);

        fixture.reports.revenue(fixture.biller, JUNE);
        assertThat(fixture.database.audit().recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.user()).isEqualTo("biller");
            assertThat(entry.action()).isEqualTo("report");
            assertThat(entry.detail()).hasValueSatisfying(detail -> assertThat(detail).startsWith("revenue 2026-06-01 to 2026-06-30"));
            assertThat(entry.remoteAddress()).contains("10.0.0.2");
        });
    }

    private ClaimView sent(dev.cleanclaim.app.workspace.StoredVisit visit) {
        return fixture.sendOn(fixture.claim(visit), TODAY.minusDays(5));
    }

    /** The claim as if it had been stored without minutes on its lines (made elsewhere, or imported). */
    private void withoutMinutes(ClaimView claim) {
        revise(claim, draft -> new ClaimDraft(draft.dateOfService(), draft.payerId(), draft.unitMethod(),
                draft.totalTimedMinutes(), draft.totalTimedUnits(), draft.diagnoses(), draft.lines().stream()
                .map(line -> new ClaimLine(line.code(), line.modifiers(), line.units(), java.util.OptionalInt.empty(),
                        line.diagnosisPointers(), line.charge(), line.allowed(), line.description())).toList(),
                draft.findings(), draft.ruleDataVersion()));
    }

    /** The claim as if it had been scrubbed with older rules that found nothing. */
    private void withoutFindings(ClaimView claim) {
        revise(claim, draft -> new ClaimDraft(draft.dateOfService(), draft.payerId(), draft.unitMethod(),
                draft.totalTimedMinutes(), draft.totalTimedUnits(), draft.diagnoses(), draft.lines(), List.of(),
                draft.ruleDataVersion()));
    }

    private void revise(ClaimView claim, java.util.function.UnaryOperator<ClaimDraft> change) {
        Stored<ClaimRecord> stored = fixture.stored(claim);
        ClaimRecord record = stored.value();
        ClaimDraft older = change.apply(record.draft());
        Update<ClaimRecord> update = fixture.database.claims().revise(stored.id(), stored.version(),
                new ClaimRecord(record.visitId(), record.patientId(), record.payerId(), record.status(),
                        record.patientControlNumber(), record.totalCharge(), new ClaimDraft(older.dateOfService(),
                        older.payerId(), older.unitMethod(), older.totalTimedMinutes(), older.totalTimedUnits(),
                        older.diagnoses(), older.lines(), older.findings(), "builtin-older")),
                "test", "as stored by an older version");
        assertThat(update).isInstanceOf(Update.Saved.class);
    }
}
