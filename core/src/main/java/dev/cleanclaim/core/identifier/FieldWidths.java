package dev.cleanclaim.core.identifier;

/**
 * The longest value each free-text field of a claim may hold: the width of the 837P element that carries it, which
 * the database column that keeps it matches (store migration V1). Readers check against these, so a value that
 * would not fit is refused where it is typed, naming its field, and never reaches the database or the 837P.
 */
public final class FieldWidths {

    /** NM104, a person's first name (patient, subscriber, rendering or referring provider). */
    public static final int FIRST_NAME = 35;
    /** NM103, a person's last name or an organization's name. */
    public static final int LAST_NAME = 60;
    /** N301 and N302, a street address line. */
    public static final int ADDRESS_LINE = 55;
    /** N401, a city. */
    public static final int CITY = 30;
    /** CLM01 is 38 wide; the practice's account number part of it is kept in 20. */
    public static final int ACCOUNT_NUMBER = 20;
    /** REF02 of a prior authorization or referral number (column referral.referral_number). */
    public static final int REFERRAL_NUMBER = 50;
    /** NM109 of the subscriber: the member id on the card (column insurance.member_id). */
    public static final int MEMBER_ID = 80;
    /** SBR03, the group or policy number (column insurance.group_number). */
    public static final int GROUP_NUMBER = 50;

    private FieldWidths() {
    }
}
