package dev.cleanclaim.bench;

import dev.cleanclaim.x12.remit.InvalidRemittanceException;
import dev.cleanclaim.x12.remit.Remittance835Reader;
import dev.cleanclaim.x12.remit.RemittanceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Claim payments read per second from an 835 the size a busy clinic gets from one payer in a week: one payment of
 * 1,000 claims, two service lines each, with contractual and patient-responsibility adjustments and remarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class Remittance835Benchmark {

    static final int CLAIMS = 1000;

    private byte[] file;
    private final Remittance835Reader reader = new Remittance835Reader();

    @Setup
    public void setUp() {
        file = synthetic(CLAIMS).getBytes(StandardCharsets.US_ASCII);
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public RemittanceFile readClaimPayments() throws InvalidRemittanceException {
        return reader.read("bench.835", new ByteArrayInputStream(file));
    }

    /** A balanced 835: each claim charged $180.00, paid $100.00, $50.00 written off and $30.00 left to the patient. */
    static String synthetic(int claims) {
        StringBuilder body = new StringBuilder();
        int segments = 0;
        for (int i = 1; i <= claims; i++) {
            String pcn = "A" + (1000 + i) + "-20261102";
            body.append("CLP*").append(pcn).append("*1*180*100*30*12*PCN").append(i).append("~\n");
            body.append("NM1*QC*1*DOE*JANE****MI*XYZ").append(i).append("~\n");
            for (int line = 1; line <= 2; line++) {
                body.append("SVC*HC:97110:GP*90*50**2~\n");
                body.append("DTM*472*20261102~\n");
                body.append("CAS*CO*45*25~\n");
                body.append("CAS*PR*2*15~\n");
                body.append("REF*6R*").append(pcn).append("-").append(line).append("~\n");
                body.append("AMT*B6*65~\n");
                body.append("LQ*HE*N130~\n");
                segments += 7;
            }
            segments += 2;
        }
        String header = "ST*835*0001~\nBPR*I*" + (100 * claims) + "*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*20261110~\n"
                + "TRN*1*BENCH0001*1512345678~\nDTM*405*20261110~\nN1*PR*BENCH PAYER~\nN1*PE*BENCH CLINIC*XX*1234567893~\nLX*1~\n";
        int total = segments + 8;
        return "ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*CLEANCLAIM     *261110*1200*^*00501*000000001*0*P*:~\n"
                + "GS*HP*BENCHPAYER*CLEANCLAIM*20261110*1200*1*X*005010X221A1~\n" + header + body
                + "SE*" + total + "*0001~\nGE*1*1~\nIEA*1*000000001~\n";
    }
}
