package dev.cleanclaim.store;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a patient record refuses before any database sees it. */
class PatientRecordTest {

    @Test
    void a_secondary_insurance_with_the_primary_payer_is_refused() {
        assertThatThrownBy(() -> new PatientRecord(1, Samples.patient("Park"), Optional.of("bcbs"), Optional.empty(),
                Optional.of(Samples.secondary("bcbs", "RBX1")))).hasMessageContaining("the primary payer");
    }

    @Test
    void a_self_pay_client_has_no_secondary_insurance() {
        assertThatThrownBy(() -> new PatientRecord(1, Samples.patient("Park"), Optional.empty(), Optional.empty(),
                Optional.of(Samples.secondary("bcbs", "RBX1")))).hasMessageContaining("self-pay");
    }

    @Test
    void a_record_made_without_a_secondary_has_none() {
        assertThat(new PatientRecord(1, Samples.patient("Park"), Optional.of("bcbs"), Optional.empty()).secondary()).isEmpty();
    }
}
