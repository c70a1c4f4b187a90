package dev.cleanclaim.app.security;

import dev.cleanclaim.app.testing.HandSetClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionsTest {

    private final HandSetClock clock = new HandSetClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final Sessions sessions = new Sessions(clock);

    @Test
    void a_session_in_use_stays_open_and_one_left_idle_for_thirty_minutes_ends() {
        Session session = sessions.start(7, false);

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.id())).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.id())).as("used 29 minutes ago").isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(session.id())).as("idle for 30 minutes").isEmpty();
    }

    @Test
    void a_session_in_constant_use_still_ends_twelve_hours_after_sign_in() {
        Session session = sessions.start(7, false);

        for (int i = 0; i < 47; i++) { // a request every 15 minutes: never idle
            clock.advance(Duration.ofMinutes(15));
            assertThat(sessions.find(session.id())).as("after %d minutes", (i + 1) * 15).isPresent();
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(sessions.find(session.id())).as("12 hours after sign-in").isEmpty();
    }

    @Test
    void signing_out_everywhere_ends_every_session_of_that_user_and_no_one_elses() {
        Session phone = sessions.start(7, false);
        Session desk = sessions.start(7, false);
        Session colleague = sessions.start(8, false);

        assertThat(sessions.endAllOf(7, java.util.Optional.empty())).isEqualTo(2);

        assertThat(sessions.find(phone.id())).isEmpty();
        assertThat(sessions.find(desk.id())).isEmpty();
        assertThat(sessions.find(colleague.id())).isPresent();
    }

    @Test
    void each_session_has_its_own_unguessable_id_and_csrf_token() {
        Session first = sessions.start(7, false);
        Session second = sessions.start(7, false);

        assertThat(first.id()).isNotEqualTo(second.id()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(first.csrfToken()).isNotEqualTo(second.csrfToken()).isNotEqualTo(first.id());
    }

    @Test
    void signing_out_ends_the_session_and_an_unknown_id_finds_nothing() {
        Session session = sessions.start(7, false);

        sessions.end(session.id());

        assertThat(sessions.find(session.id())).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }
}
