package dev.cleanclaim.forms;

import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.submission.ClaimDescriptions;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.PacketLine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A letter of medical necessity filled from the visit, for the referring physician to review and sign: the
 * conditions (diagnoses), the treatment, the recommended frequency and number of sessions, valid for one year.
 * An HSA or FSA pays for massage therapy only with such a letter.
 */
public final class MedicalNecessityLetterPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");

    private final ClaimDescriptions descriptions;

    public MedicalNecessityLetterPdf(ClaimDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    public byte[] render(List<ClaimPacket> packets, LetterTerms terms, LocalDate issued) {
        try (TextDocument document = new TextDocument()) {
            for (ClaimPacket packet : packets) {
                document.newPage();
                letter(document, packet, terms, issued);
            }
            return document.toBytes();
        }
    }

    private void letter(TextDocument document, ClaimPacket packet, LetterTerms terms, LocalDate issued) {
        Person patient = packet.patient().person();
        document.title("Letter of medical necessity");
        document.text(DATE.format(issued));
        document.heading("Patient");
        document.text(patient.firstName() + " " + patient.lastName() + ", born " + DATE.format(patient.birthDate()));
        document.heading("Conditions treated (ICD-10-CM)");
        for (String code : packet.claim().diagnoses()) {
            document.text(code + "  " + descriptions.diagnosis(code, packet.dateOfService()));
        }
        document.heading("Recommended treatment");
        Set<String> treatments = new LinkedHashSet<>();
        for (PacketLine line : packet.lines()) {
            String code = line.line().code();
            treatments.add(code + "  " + line.line().description().orElse(descriptions.procedure(code)));
        }
        treatments.forEach(document::text);
        LocalDate validThrough = issued.plusYears(1).minusDays(1);
        RenderingProvider provider = packet.rendering();
        document.space(6);
        document.text("I have examined the patient named above and find the treatment listed medically necessary for"
                + " the conditions listed, not for general health or relaxation. I recommend " + terms.sessions()
                + " sessions, " + terms.frequency() + ", with " + provider.firstName() + " " + provider.lastName()
                + " (" + provider.type().name() + ", NPI " + provider.npi()
                + provider.licenseNumber().map(license -> ", licence " + license).orElse("") + ").");
        document.text("This letter is valid from " + DATE.format(issued) + " through " + DATE.format(validThrough)
                + " and is to be renewed after that date if treatment continues.");
        document.heading("Physician");
        document.text(packet.referring().map(referring -> referring.firstName() + " " + referring.lastName()
                + ", NPI " + referring.npi()).orElse("Name and NPI ______________________________"));
        document.space(24);
        document.text("Signature ______________________________    Date ____________");
    }
}
