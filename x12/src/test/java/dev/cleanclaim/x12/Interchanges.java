package dev.cleanclaim.x12;

import java.time.LocalDateTime;

/** The envelope golden files are written with: fixed control number and time, so the bytes never change. */
final class Interchanges {

    static final Interchange FIXED = new Interchange("RCM0042", "CLEARHOUSE01", 1001,
            LocalDateTime.of(2026, 7, 9, 14, 30), Usage.TEST);

    private Interchanges() {
    }
}
