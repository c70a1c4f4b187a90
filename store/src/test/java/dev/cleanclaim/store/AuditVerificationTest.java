package dev.cleanclaim.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the verify row of the audit log keeps, the same whether the web app or the command line verified. */
class AuditVerificationTest {

    @Test
    void an_intact_chain_is_summed_up_by_the_rows_walked_and_a_broken_one_by_the_problems_found() {
        AuditVerification intact = new AuditVerification(12, 3, 0, List.of());
        AuditVerification broken = new AuditVerification(12, 0, 2,
                List.of(new AuditVerification.Problem(7, 7, "changed after it was sealed")));

        assertThat(intact.summary()).isEqualTo("intact, 12 row(s)");
        assertThat(broken.summary()).isEqualTo("2 problem(s)");
    }
}
