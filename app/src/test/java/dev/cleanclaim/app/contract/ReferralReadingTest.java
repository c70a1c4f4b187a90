package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.core.referral.Referral;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A referral sent to the REST API: the referring physician, the dates it covers and the visits it authorizes. */
class ReferralReadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFERRAL = """
            {"referrer": {"firstName": "Ruth", "lastName": "Adams", "npi": "1564738296"}, "referralNumber": "R-77",
             "validFrom": "2026-10-01", "validThrough": "2027-03-31", "visitsAuthorized": 12}""";

    @Test
    void aReferralIsReadWithNoVisitsUsedYet() throws Exception {
        Referral referral = new ReferralReader().read("referral", JSON.readTree(REFERRAL));

        assertThat(referral.referrer().referralNumber()).contains("R-77");
        assertThat(referral.validThrough()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(referral.visitsAuthorized()).isEqualTo(12);
        assertThat(referral.visitsUsed()).isZero();
    }

    @Test
    void everyProblemIsNamedAtOnce() throws Exception {
        String bad = REFERRAL.replace("1564738296", "1564738297").replace("2027-03-31", "2026-02-30")
                .replace("\"visitsAuthorized\": 12", "\"visitsAuthorized\": 0, \"visitsLeft\": 3");

        assertThatThrownBy(() -> new ReferralReader().read("referral", JSON.readTree(bad)))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems())
                        .extracting(InputProblem::path).containsExactlyInAnyOrder("$.visitsLeft", "$.referrer.npi",
                                "$.validThrough", "$.visitsAuthorized"));
    }

    @Test
    void aReferralThatEndsBeforeItStartsIsRefused() throws Exception {
        String bad = REFERRAL.replace("2027-03-31", "2026-09-30");

        assertThatThrownBy(() -> new ReferralReader().read("referral", JSON.readTree(bad)))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems())
                        .extracting(InputProblem::toString).containsExactly(
                                "$.validThrough: the referral ends (2026-09-30) before it starts (2026-10-01)"));
    }

    @Test
    void aReferralNumberHoldingACharacterAClaimCannotCarryIsRefusedNotRewritten() throws Exception {
        String bad = REFERRAL.replace("R-77", "R|77");

        assertThatThrownBy(() -> new ReferralReader().read("referral", JSON.readTree(bad)))
                .isInstanceOfSatisfying(InputException.class, refused -> assertThat(refused.problems())
                        .extracting(InputProblem::toString).singleElement().asString()
                        .startsWith("$.referralNumber: \"R|77\" holds").contains("which an 837P cannot carry"));
    }
}
