package dev.cleanclaim.forms;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.submission.ClaimDescriptions;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.PacketLine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A superbill and receipt for self-pay and out-of-network clients: everything an HSA or FSA administrator or an
 * out-of-network plan asks for (practice, NPI, tax id, each provider's licence, the client, diagnoses, each visit's
 * date with its codes, modifiers, units, descriptions and fees, what was paid and how, a signature line). One
 * superbill per client, listing every visit given for that client: one visit, or the visits of a period.
 */
public final class SuperbillPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final float[] SERVICE_COLUMNS = {0, 62, 104, 150, 182, 410, 450};
    private static final float[] PAYMENT_COLUMNS = {0, 80, 410, 450};

    private final ClaimDescriptions descriptions;

    public SuperbillPdf(ClaimDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** @param paid what the patient paid for each visit, in the packets' order */
    public byte[] render(List<ClaimPacket> packets, List<Money> paid, LocalDate issued) {
        return render(packets, paid, List.of(), issued);
    }

    /**
     * @param paid     what the patient paid towards each visit, in the packets' order
     * @param payments the payments received, listed with how they were made (empty: only the amounts per visit)
     */
    public byte[] render(List<ClaimPacket> packets, List<Money> paid, List<SuperbillPayment> payments, LocalDate issued) {
        if (paid.size() != packets.size()) {
            throw new IllegalArgumentException("one paid amount per visit: " + packets.size() + " visits, " + paid.size() + " amounts");
        }
        Map<String, List<Integer>> byClient = new LinkedHashMap<>();
        for (int i = 0; i < packets.size(); i++) {
            byClient.computeIfAbsent(packets.get(i).patient().accountNumber(), account -> new ArrayList<>()).add(i);
        }
        try (TextDocument document = new TextDocument()) {
            for (List<Integer> visits : byClient.values()) {
                document.newPage();
                superbill(document, visits.stream().map(packets::get).toList(), visits.stream().map(paid::get).toList(),
                        payments, issued);
            }
            return document.toBytes();
        }
    }

    private void superbill(TextDocument document, List<ClaimPacket> visits, List<Money> paid,
                           List<SuperbillPayment> payments, LocalDate issued) {
        ClaimPacket first = visits.get(0);
        BillingProvider billing = first.practice().billing();
        document.title("Superbill and receipt");
        document.text(billing.name());
        document.text(Printed.address(billing.address()));
        billing.phone().ifPresent(phone -> document.text("Phone " + Printed.phone(phone)));
        document.text("Tax id " + Printed.taxId(billing.taxId(), billing.taxIdIsSsn()) + "    Practice NPI " + billing.npi());
        document.heading(visits.stream().map(ClaimPacket::rendering).distinct().count() == 1 ? "Provider" : "Providers");
        visits.stream().map(ClaimPacket::rendering).distinct().forEach(rendering -> document.text(provider(rendering)));
        document.heading("Client");
        Person patient = first.patient().person();
        document.text(patient.firstName() + " " + patient.lastName() + "    Born " + DATE.format(patient.birthDate())
                + "    Account " + first.patient().accountNumber());
        document.text(Printed.address(patient.address()));
        LocalDate from = visits.get(0).dateOfService();
        LocalDate through = visits.get(visits.size() - 1).dateOfService();
        document.text((from.equals(through) ? "Date of service " + DATE.format(from)
                : "Dates of service " + DATE.format(from) + " to " + DATE.format(through))
                + "    Place of service " + first.placeOfService() + "    Issued " + DATE.format(issued));
        List<String> diagnoses = diagnoses(visits);
        document.heading("Diagnoses (ICD-10-CM)");
        for (int i = 0; i < diagnoses.size(); i++) {
            document.text((i + 1) + ".  " + diagnoses.get(i) + "  " + descriptions.diagnosis(diagnoses.get(i), through));
        }
        document.heading("Services");
        document.row(true, SERVICE_COLUMNS, "Date", "Code", "Modifiers", "Units", "Description", "Dx", "Fee");
        for (ClaimPacket visit : visits) {
            for (PacketLine packetLine : visit.lines()) {
                ClaimLine line = packetLine.line();
                document.wrappedRow(SERVICE_COLUMNS, DATE.format(visit.dateOfService()), line.code(),
                        String.join(" ", line.modifiers()), Integer.toString(line.units()),
                        line.description().orElse(descriptions.procedure(line.code())),
                        pointers(line, visit.claim().diagnoses(), diagnoses),
                        Printed.dollars(line.charge().orElse(Money.ZERO)));
            }
        }
        Money total = visits.stream().map(ClaimPacket::totalCharge).reduce(Money.ZERO, Money::plus);
        Money totalPaid = paid.stream().reduce(Money.ZERO, Money::plus);
        document.space(4);
        document.row(true, PAYMENT_COLUMNS, "", "", "Total charges", Printed.dollars(total));
        if (!payments.isEmpty()) {
            document.heading("Payments received");
            document.row(true, PAYMENT_COLUMNS, "Date", "Paid by", "", "Amount");
            for (SuperbillPayment payment : payments) {
                document.row(false, PAYMENT_COLUMNS, DATE.format(payment.receivedOn()), payment.how(), "",
                        Printed.dollars(payment.amount()));
            }
            document.space(4);
        }
        document.row(false, PAYMENT_COLUMNS, "", "", "Amount paid", Printed.dollars(totalPaid));
        document.row(true, PAYMENT_COLUMNS, "", "", "Balance due", Printed.dollars(total.minus(totalPaid)));
        document.space(12);
        document.text("Keep this receipt. An HSA or FSA pays for massage therapy with a letter of medical necessity from"
                + " a physician, renewed each year; an out-of-network plan may reimburse part of these charges.");
        document.space(24);
        document.text("Provider signature ______________________________    Date ____________");
        document.text(provider(first.rendering()));
    }

    private static String provider(RenderingProvider rendering) {
        return rendering.firstName() + " " + rendering.lastName() + ", " + rendering.type().name() + "    NPI "
                + rendering.npi() + rendering.licenseNumber().map(license -> "    Licence " + license
                + rendering.licenseState().map(state -> " (" + state + ")").orElse("")).orElse("");
    }

    /** The diagnoses of every visit, each once, in the order the visits first name them. */
    private static List<String> diagnoses(List<ClaimPacket> visits) {
        Set<String> all = new LinkedHashSet<>();
        visits.forEach(visit -> all.addAll(visit.claim().diagnoses()));
        return List.copyOf(all);
    }

    /** The line's diagnoses as numbers of the superbill's own list (a visit's A, B ... renumbered across visits). */
    private static String pointers(ClaimLine line, List<String> visitDiagnoses, List<String> all) {
        List<String> numbers = new ArrayList<>();
        for (String pointer : line.diagnosisPointers()) {
            int index = pointer.charAt(0) - 'A';
            if (index >= 0 && index < visitDiagnoses.size()) {
                numbers.add(Integer.toString(all.indexOf(visitDiagnoses.get(index)) + 1));
            }
        }
        return String.join(",", numbers);
    }
}
