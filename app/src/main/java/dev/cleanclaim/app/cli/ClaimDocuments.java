package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cleanclaim.app.cli.VisitFiles.ScrubbedVisit;
import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.fhir.FhirClaims;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Clearinghouse;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.submission.ClaimDescriptions;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.ClaimPacketAssembler;
import dev.cleanclaim.core.submission.PacketAssembly;
import dev.cleanclaim.core.submission.Purpose;
import dev.cleanclaim.forms.Cms1500Layout;
import dev.cleanclaim.forms.Cms1500Pdf;
import dev.cleanclaim.forms.MedicalNecessityLetterPdf;
import dev.cleanclaim.forms.SuperbillPdf;
import dev.cleanclaim.x12.Claim837Validator;
import dev.cleanclaim.x12.Claim837Writer;
import dev.cleanclaim.x12.Interchange;
import dev.cleanclaim.x12.InvalidClaimFileException;
import dev.cleanclaim.x12.Usage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Assembles the scrubbed visits into claim packets and writes the documents asked for. Every packet is assembled
 * and every document rendered before the first file is written, so missing facts stop the run with nothing half
 * written.
 */
final class ClaimDocuments {

    private final RuleData ruleData;
    private final ClaimPacketAssembler assembler;
    private final CliContext context;
    private final EnvelopeOptions settings;
    private final PrintWriter out;
    private final Practice practice;

    ClaimDocuments(RuleData ruleData, Practice practice, CliContext context, EnvelopeOptions settings, PrintWriter out) {
        this.ruleData = ruleData;
        this.practice = practice;
        this.assembler = new ClaimPacketAssembler(practice);
        this.context = context;
        this.settings = settings;
        this.out = out;
    }

    void write(List<ScrubbedVisit> visits, ClaimOutputOptions outputs) {
        List<ClaimPacket> insurance = outputs.insurance() ? packets(insurable(visits), Purpose.INSURANCE_CLAIM) : List.of();
        List<ClaimPacket> papers = outputs.papers() ? packets(visits, Purpose.PATIENT_PAPERS) : List.of();
        List<Output> rendered = new ArrayList<>();
        if (!insurance.isEmpty()) {
            outputs.edi().ifPresent(path -> rendered.add(new Output(path, edi(insurance), "837P, " + insurance.size() + " claim(s)")));
            if (outputs.pdf != null) {
                Cms1500Pdf.Mode mode = outputs.redForm ? Cms1500Pdf.Mode.RED_FORM : Cms1500Pdf.Mode.FULL_FORM;
                rendered.add(new Output(outputs.pdf, new Cms1500Pdf(Cms1500Layout.builtIn()).render(insurance, mode,
                        context.today()), "CMS-1500 " + (outputs.redForm ? "red-form data" : "full form")));
            }
            if (outputs.fhir != null) {
                rendered.add(new Output(outputs.fhir, fhir(insurance, context.today()), "FHIR R4 " + (insurance.size() == 1 ? "Claim" : "Bundle")));
            }
        }
        ClaimDescriptions descriptions = new ClaimDescriptions(ruleData);
        if (outputs.superbill != null) {
            List<Money> paid = Collections.nCopies(papers.size(), settings.paidAmount());
            rendered.add(new Output(outputs.superbill, new SuperbillPdf(descriptions).render(papers, paid, context.today()),
                    "superbill, " + papers.size() + " visit(s)"));
        }
        if (outputs.letter != null) {
            rendered.add(new Output(outputs.letter, new MedicalNecessityLetterPdf(descriptions).render(papers,
                    settings.letterTerms(), context.today()), "letter of medical necessity"));
        }
        for (Output output : rendered) {
            OutputFiles.write(output.path(), output.bytes());
            out.println("wrote " + output.path() + ": " + output.what() + ", " + output.bytes().length + " bytes");
        }
    }

    private List<ScrubbedVisit> insurable(List<ScrubbedVisit> visits) {
        List<ScrubbedVisit> insurable = new ArrayList<>();
        for (ScrubbedVisit visit : visits) {
            if (visit.visit().payer().selfPay()) {
                out.println(visit.file() + ": self-pay, so no insurance claim (837P, CMS-1500, FHIR); --superbill"
                        + " gives the patient a receipt");
            } else {
                insurable.add(visit);
            }
        }
        return insurable;
    }

    private List<ClaimPacket> packets(List<ScrubbedVisit> visits, Purpose purpose) {
        List<ClaimPacket> packets = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (ScrubbedVisit visit : visits) {
            PacketAssembly assembly = assembler.assemble(visit.visit(), visit.claim(), purpose);
            if (assembly instanceof PacketAssembly.Assembled assembled) {
                packets.add(assembled.packet());
            } else if (assembly instanceof PacketAssembly.Incomplete incomplete) {
                incomplete.missing().forEach(missing -> problems.add(new InputProblem(visit.file(), missing)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException("cleanclaim claim", problems);
        }
        return packets;
    }

    private byte[] edi(List<ClaimPacket> packets) {
        LocalDateTime now = LocalDateTime.now(context.clock());
        int control = settings.controlNumber != null ? settings.controlNumber
                : Interchange.controlNumberAt(context.clock().instant());
        try {
            Clearinghouse clearinghouse = practice.clearinghouse().orElseThrow(() -> new IllegalArgumentException(
                    "the practice file has no submitter and receiver: name the clearinghouse to write an 837P"));
            Interchange interchange = new Interchange(clearinghouse.submitterId(), clearinghouse.receiverId(), control,
                    now, settings.testFile || practice.test() ? Usage.TEST : Usage.PRODUCTION);
            return new Claim837Writer(new Claim837Validator()).write(packets, interchange);
        } catch (IllegalArgumentException e) {
            throw new InputException("cleanclaim claim", List.of(new InputProblem("--837", e.getMessage())));
        } catch (InvalidClaimFileException e) {
            throw new InputException("cleanclaim claim", e.problems().stream()
                    .map(problem -> new InputProblem("837P", problem + "; nothing was written")).toList());
        }
    }

    private static byte[] fhir(List<ClaimPacket> packets, java.time.LocalDate created) {
        try {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            String json = mapper.writeValueAsString(FhirClaims.document(packets, created)) + "\n";
            return json.getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Output(Path path, byte[] bytes, String what) {
    }
}
