package dev.cleanclaim.forms;

import dev.cleanclaim.core.letter.NecessityLetter;
import dev.cleanclaim.core.letter.Physician;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.core.practice.BillingProvider;
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

    /**
     * A letter kept with the client: the physician's copy to sign and return, then the client's copy to send to the
     * HSA or FSA administrator with the superbill. Both say the same; only the heading tells them apart.
     */
    public byte[] render(NecessityLetter letter, Person client, BillingProvider practice) {
        try (TextDocument document = new TextDocument()) {
            for (String copy : new String[] {"Physician's copy: sign and return to " + practice.name(), "Client's copy"}) {
                document.newPage();
                stored(document, letter, client, practice, copy);
            }
            return document.toBytes();
        }
    }

    private void stored(TextDocument document, NecessityLetter letter, Person client, BillingProvider practice, String copy) {
        Physician physician = letter.physician();
        document.title("Letter of medical necessity");
        document.text(copy);
        document.text("Dated " + DATE.format(letter.issuedOn()) + "    Valid from " + DATE.format(letter.validFrom())
                + " through " + DATE.format(letter.validThrough()));
        document.heading("Physician");
        document.text(physician.name() + "    NPI " + physician.npi());
        document.text(Printed.address(physician.address()) + "    Phone " + Printed.phone(physician.phone()));
        document.heading("Patient");
        document.text(client.firstName() + " " + client.lastName() + ", born " + DATE.format(client.birthDate()));
        document.text(Printed.address(client.address()));
        document.heading("Condition treated");
        document.text(letter.condition());
        document.heading("Diagnoses (ICD-10-CM)");
        for (String code : letter.diagnoses()) {
            document.text(code + "  " + descriptions.diagnosis(code, letter.issuedOn()));
        }
        document.heading("Recommended treatment");
        document.text(letter.treatment() + ", " + letter.frequency() + ", for " + letter.duration() + ", at "
                + practice.name() + " (" + Printed.address(practice.address())
                + practice.phone().map(phone -> ", " + Printed.phone(phone)).orElse("") + ").");
        document.heading("Statement of medical necessity");
        document.text("I am the patient's physician. The treatment above is medical care: it is recommended to treat"
                + " the condition and diagnoses named in this letter, which I have diagnosed, and not to benefit the"
                + " patient's general health or well-being. Without the condition the patient would not need it. (IRS"
                + " Publication 502 counts as medical care only what treats a specific condition, so an HSA, FSA or HRA"
                + " may pay for it with this letter.)");
        document.text("This letter covers treatment from " + DATE.format(letter.validFrom()) + " through "
                + DATE.format(letter.validThrough()) + "; treatment after that date needs a new letter.");
        document.space(24);
        document.text("Physician's signature ______________________________    Date ____________");
        document.text(physician.name() + ", NPI " + physician.npi());
    }
}
