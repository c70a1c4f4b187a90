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
import java.util.List;

/**
 * A superbill and receipt for self-pay and out-of-network clients: everything an HSA or FSA administrator or an
 * out-of-network plan asks for (provider, licence, NPI, tax id, patient, date, codes with units and fees,
 * diagnoses, amount paid), one visit per page.
 */
public final class SuperbillPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final float[] SERVICE_COLUMNS = {0, 62, 112, 170, 400, 440};

    private final ClaimDescriptions descriptions;

    public SuperbillPdf(ClaimDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** @param paid what the patient paid for each visit, in the packets' order */
    public byte[] render(List<ClaimPacket> packets, List<Money> paid, LocalDate issued) {
        if (paid.size() != packets.size()) {
            throw new IllegalArgumentException("one paid amount per visit: " + packets.size() + " visits, " + paid.size() + " amounts");
        }
        try (TextDocument document = new TextDocument()) {
            for (int i = 0; i < packets.size(); i++) {
                document.newPage();
                visit(document, packets.get(i), paid.get(i), issued);
            }
            return document.toBytes();
        }
    }

    private void visit(TextDocument document, ClaimPacket packet, Money paid, LocalDate issued) {
        BillingProvider billing = packet.practice().billing();
        RenderingProvider rendering = packet.rendering();
        document.title("Superbill and receipt");
        document.text(billing.name());
        document.text(billing.address().line1() + billing.address().line2().map(line -> ", " + line).orElse("")
                + ", " + billing.address().city() + ", " + billing.address().state() + " " + billing.address().zip());
        billing.phone().ifPresent(phone -> document.text("Phone " + phone));
        document.text("Tax id " + billing.taxId() + "    Practice NPI " + billing.npi());
        document.heading("Provider");
        document.text(rendering.firstName() + " " + rendering.lastName() + ", " + rendering.type().name()
                + "    NPI " + rendering.npi() + rendering.licenseNumber().map(license -> "    Licence " + license).orElse(""));
        document.heading("Patient");
        Person patient = packet.patient().person();
        document.text(patient.firstName() + " " + patient.lastName() + "    Born " + DATE.format(patient.birthDate())
                + "    Account " + packet.patient().accountNumber());
        document.text("Date of service " + DATE.format(packet.dateOfService()) + "    Place of service "
                + packet.placeOfService() + "    Issued " + DATE.format(issued));
        document.heading("Diagnoses (ICD-10-CM)");
        List<String> diagnoses = packet.claim().diagnoses();
        for (int i = 0; i < diagnoses.size(); i++) {
            document.text((char) ('A' + i) + ".  " + diagnoses.get(i) + "  "
                    + descriptions.diagnosis(diagnoses.get(i), packet.dateOfService()));
        }
        document.heading("Services");
        document.row(true, SERVICE_COLUMNS, "Date", "Code", "Modifiers", "Description", "Units", "Fee");
        for (PacketLine packetLine : packet.lines()) {
            ClaimLine line = packetLine.line();
            String description = line.description().orElse(descriptions.procedure(line.code()));
            document.row(false, SERVICE_COLUMNS, DATE.format(packet.dateOfService()), line.code(),
                    String.join(" ", line.modifiers()), cut(description, 44) + " (" + String.join("", line.diagnosisPointers()) + ")",
                    Integer.toString(line.units()), "$" + line.charge().orElse(Money.ZERO));
        }
        document.space(4);
        Money total = packet.totalCharge();
        document.row(true, SERVICE_COLUMNS, "", "", "", "Total charges", "", "$" + total);
        document.row(false, SERVICE_COLUMNS, "", "", "", "Amount paid", "", "$" + paid);
        document.row(false, SERVICE_COLUMNS, "", "", "", "Balance due", "", "$" + new Money(total.cents() - paid.cents()));
        document.space(12);
        document.text("Keep this receipt. An HSA or FSA pays for massage therapy with a letter of medical necessity from"
                + " a physician, renewed each year; an out-of-network plan may reimburse part of these charges.");
        document.space(24);
        document.text("Provider signature ______________________________    Date ____________");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
