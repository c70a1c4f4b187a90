package dev.cleanclaim.forms;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.identifier.ClaimText;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Patient;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.PacketLine;
import dev.cleanclaim.core.visit.Circumstances;
import dev.cleanclaim.core.visit.RelatedCause;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each CMS-1500 box says for one claim, page by page: six service lines a page, the claim-level boxes
 * repeated on every page, the total charge (box 28) on the last page only, as the NUCC instructions ask.
 *
 * <p>A box is filled only from what the claim record knows. It keeps no unable-to-work or hospitalization dates
 * (16, 18), no claim codes or other claim id (10d, 11b), no referring provider id other
 * than the NPI (17a) and no additional claim information (19): those boxes are drawn and stay empty, as 8, 9b, 9c and
 * 30 (reserved for NUCC use) always are.
 */
final class Cms1500Fields {

    private static final DateTimeFormatter SERVICE_DATE = DateTimeFormatter.ofPattern("MM dd yy");
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("MM dd yyyy");
    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("MM/dd/yy");
    private static final String SIGNATURE_ON_FILE = "SIGNATURE ON FILE";

    private Cms1500Fields() {
    }

    static List<Map<String, String>> pages(ClaimPacket packet, LocalDate signedOn) {
        List<PacketLine> lines = packet.lines();
        int pageCount = (lines.size() + Cms1500Layout.SERVICE_LINES_PER_PAGE - 1) / Cms1500Layout.SERVICE_LINES_PER_PAGE;
        List<Map<String, String>> pages = new ArrayList<>();
        for (int page = 0; page < pageCount; page++) {
            Map<String, String> fields = claimBoxes(packet, signedOn);
            int first = page * Cms1500Layout.SERVICE_LINES_PER_PAGE;
            int last = Math.min(lines.size(), first + Cms1500Layout.SERVICE_LINES_PER_PAGE);
            for (int i = first; i < last; i++) {
                serviceLine(fields, packet, lines.get(i), i - first + 1);
            }
            if (page == pageCount - 1) {
                money(fields, "28", packet.totalCharge());
                packet.prior().ifPresent(primary -> money(fields, "29", primary.paid()));
            }
            // Capitals with every Latin letter made plain, as the 837P spells it: "García" prints GARCIA, since a
            // payer's OCR reads A-Z and the paper claim must name the patient as the electronic one would.
            fields.replaceAll((name, value) -> ClaimText.fold(value));
            pages.add(fields);
        }
        return pages;
    }

    private static Map<String, String> claimBoxes(ClaimPacket packet, LocalDate signedOn) {
        Map<String, String> fields = new LinkedHashMap<>();
        packet.payer().ifPresent(payer -> {
            fields.put("payer.name", payer.name());
            payer.address().ifPresent(address -> {
                fields.put("payer.street", street(address));
                fields.put("payer.city", address.city() + " " + address.state() + " " + address.zip());
            });
            fields.put("11c", payer.name());
        });
        fields.put("1." + insuranceType(packet.payerPack().claimFilingIndicator()), "X");
        Patient patient = packet.patient();
        Person insured = patient.subscriber().orElse(patient.person());
        patient.memberId().ifPresent(id -> fields.put("1a", id));
        person(fields, "2", "3", patient.person());
        fields.put("4", name(insured));
        fields.put("5.street", street(patient.person().address()));
        fields.put("5.city", patient.person().address().city());
        fields.put("5.state", patient.person().address().state());
        fields.put("5.zip", patient.person().address().zip());
        fields.put("6." + patient.relationship().name().toLowerCase(Locale.ROOT), "X");
        fields.put("7.street", street(insured.address()));
        fields.put("7.city", insured.address().city());
        fields.put("7.state", insured.address().state());
        fields.put("7.zip", insured.address().zip());
        // Box 11 says NONE when there is no group number: Medicare reads a blank box 11 as a missing answer.
        fields.put("11", patient.groupNumber().orElse("NONE"));
        if (patient.relationship() != Relationship.SELF) {
            person(fields, null, "11a", insured);
        }
        otherPlan(fields, packet);
        conditionRelatedTo(fields, packet.circumstances());
        fields.put("12", SIGNATURE_ON_FILE);
        fields.put("12.date", SIGNED.format(signedOn));
        fields.put("13", SIGNATURE_ON_FILE);
        conditionDates(fields, packet.circumstances());
        packet.referring().ifPresent(referring -> {
            fields.put("17.qualifier", "DN");
            fields.put("17.name", referring.firstName() + " " + referring.lastName());
            fields.put("17b", referring.npi());
            // Box 23 takes the payer's prior authorization or referral number: the one the 837P sends as REF*9F.
            referring.referralNumber().ifPresent(number -> fields.put("23", number));
        });
        // Box 20: cleanclaim bills only services the practice performed; it has no purchased services (an outside
        // lab's work billed by the practice), so the answer is NO and the charges stay blank, as on the 837P.
        fields.put("20.no", "X");
        fields.put("21.indicator", "0");
        List<String> diagnoses = packet.claim().diagnoses();
        for (int i = 0; i < Math.min(12, diagnoses.size()); i++) {
            fields.put("21." + (char) ('A' + i), diagnoses.get(i));
        }
        // Box 22 is filled only on a replacement (7) or void (8), with the payer's number of the claim corrected.
        packet.correction().ifPresent(correction -> {
            fields.put("22.code", correction.frequency().code());
            fields.put("22.original", correction.payerClaimNumber());
        });
        billing(fields, packet.practice().billing(), signedOn);
        fields.put("26", patient.accountNumber());
        fields.put("27.yes", "X");
        return fields;
    }

    /**
     * Boxes 9, 9a, 9d and 11d: the patient's other plan. On a claim to the secondary that is the primary, which has
     * paid (box 29 carries its payment); on a claim to the primary, the second policy on file. With neither on file
     * box 11d says NO, and 9 stays blank as the NUCC instructions ask.
     */
    private static void otherPlan(Map<String, String> fields, ClaimPacket packet) {
        Optional<OtherPlan> other = packet.prior().map(prior -> new OtherPlan(prior.coverage(), prior.payer()))
                .or(() -> packet.next().map(next -> new OtherPlan(next.coverage(), next.payer())));
        if (other.isEmpty()) {
            fields.put("11d.no", "X");
            return;
        }
        Patient coverage = other.get().coverage();
        fields.put("11d.yes", "X");
        fields.put("9", name(coverage.subscriber().orElse(coverage.person())));
        // 9a takes the policy number without the hyphens or spaces a card may print in it.
        coverage.memberId().ifPresent(id -> fields.put("9a", id.replaceAll("[\\s-]", "")));
        fields.put("9d", other.get().payer().name());
    }

    /**
     * Boxes 10a-10c: YES or NO to employment, auto accident (with the state it happened in) and other accident, as the
     * visit records them; the 837P sends the same in CLM11, and paper and electronic claim must not disagree.
     */
    private static void conditionRelatedTo(Map<String, String> fields, Circumstances circumstances) {
        fields.put(circumstances.relatedTo(RelatedCause.EMPLOYMENT) ? "10a.yes" : "10a.no", "X");
        fields.put(circumstances.relatedTo(RelatedCause.AUTO_ACCIDENT) ? "10b.yes" : "10b.no", "X");
        circumstances.autoAccidentState().ifPresent(state -> fields.put("10b.state", state));
        fields.put(circumstances.relatedTo(RelatedCause.OTHER_ACCIDENT) ? "10c.yes" : "10c.no", "X");
    }

    /**
     * Box 14, the date the current illness or injury began (qualifier 431), and box 15, one other date: the NUCC
     * instructions allow a single one there, so the initial treatment (454) comes first, then the last x-ray (455), then
     * the accident (439), whose date the 837P sends besides. Both stay empty when the visit records no date.
     */
    private static void conditionDates(Map<String, String> fields, Circumstances circumstances) {
        circumstances.onset().ifPresent(onset -> {
            fields.put("14.date", SERVICE_DATE.format(onset));
            fields.put("14.qualifier", "431");
        });
        Optional<Map.Entry<String, LocalDate>> other = circumstances.initialTreatment().map(date -> Map.entry("454", date))
                .or(() -> circumstances.lastXray().map(date -> Map.entry("455", date)))
                .or(() -> circumstances.accidentDate().map(date -> Map.entry("439", date)));
        other.ifPresent(date -> {
            fields.put("15.qualifier", date.getKey());
            fields.put("15.date", SERVICE_DATE.format(date.getValue()));
        });
    }

    /** The plan boxes 9-9d name: the patient as that policy covers them, and its payer. */
    private record OtherPlan(Patient coverage, PayerAccount payer) {
    }

    private static void billing(Map<String, String> fields, BillingProvider billing, LocalDate signedOn) {
        fields.put("25", billing.taxId());
        fields.put(billing.taxIdIsSsn() ? "25.ssn" : "25.ein", "X");
        fields.put("31.name", SIGNATURE_ON_FILE);
        fields.put("31.date", SIGNED.format(signedOn));
        Address address = billing.address();
        String cityLine = address.city() + " " + address.state() + " " + address.zip();
        fields.put("32.name", billing.name());
        fields.put("32.street", street(address));
        fields.put("32.city", cityLine);
        fields.put("32a", billing.npi());
        billing.phone().ifPresent(phone -> fields.put("33.phone", phone));
        fields.put("33.name", billing.name());
        fields.put("33.street", street(address));
        fields.put("33.city", cityLine);
        fields.put("33a", billing.npi());
        fields.put("33b", "ZZ" + billing.taxonomy());
    }

    private static void serviceLine(Map<String, String> fields, ClaimPacket packet, PacketLine packetLine, int row) {
        ClaimLine line = packetLine.line();
        String suffix = "#" + row;
        String date = SERVICE_DATE.format(packet.dateOfService());
        fields.put("24.from" + suffix, date);
        fields.put("24.to" + suffix, date);
        fields.put("24.pos" + suffix, packet.placeOfService());
        fields.put("24.cpt" + suffix, line.code());
        // Modifiers sit in four two-character cells three columns apart.
        fields.put("24.modifiers" + suffix, String.join(" ", line.modifiers().stream().limit(4).toList()));
        fields.put("24.pointer" + suffix, String.join("", line.diagnosisPointers().stream().limit(4).toList()));
        money(fields, "24", line.charge().orElse(Money.ZERO), suffix);
        fields.put("24.units" + suffix, Integer.toString(line.units()));
        fields.put("24.npi" + suffix, packet.rendering().npi());
        fields.put("24.qualifier" + suffix, "ZZ");
        fields.put("24.taxonomy" + suffix, packet.rendering().taxonomy());
        // The shaded line carries the narrative an unlisted code (97139) must have, qualifier ZZ.
        line.description().ifPresent(text -> fields.put("24.shaded" + suffix, "ZZ" + text));
    }

    private static void money(Map<String, String> fields, String box, Money amount) {
        money(fields, box, amount, "");
    }

    /** Dollars and cents print on either side of the form's printed rule, without a decimal point. */
    private static void money(Map<String, String> fields, String box, Money amount, String suffix) {
        fields.put(box + ".dollars" + suffix, Long.toString(amount.cents() / 100));
        fields.put(box + ".cents" + suffix, String.format("%02d", amount.cents() % 100));
    }

    private static void person(Map<String, String> fields, String nameBox, String birthBox, Person person) {
        if (nameBox != null) {
            fields.put(nameBox, name(person));
        }
        fields.put(birthBox + ".birth", BIRTH_DATE.format(person.birthDate()));
        if (person.sex() != Sex.U) {
            fields.put(birthBox + "." + person.sex().name().toLowerCase(Locale.ROOT), "X");
        }
    }

    /** Last name, first name: the order boxes 2 and 4 ask for. */
    private static String name(Person person) {
        return person.lastName() + ", " + person.firstName();
    }

    private static String street(Address address) {
        return address.line1() + address.line2().map(line -> " " + line).orElse("");
    }

    /** Box 1 from the X12 claim filing indicator the payer pack names. */
    static String insuranceType(String filingIndicator) {
        return switch (filingIndicator) {
            case "MB", "MA" -> "medicare";
            case "MC" -> "medicaid";
            case "CH" -> "tricare";
            case "VA" -> "champva";
            case "BL", "CI", "HM", "16", "12", "13", "14", "15", "17" -> "group";
            case "FI" -> "feca";
            default -> "other";
        };
    }
}
