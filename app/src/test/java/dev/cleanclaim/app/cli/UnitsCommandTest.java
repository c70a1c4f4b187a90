package dev.cleanclaim.app.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsCommandTest {

    @Test
    void theSeedExamplePrintsExactlyTheContractShape() {
        Cli.Run run = Cli.run("units", "97110=33", "97140=7");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{\"method\":\"medicare\",\"totalTimedMinutes\":40,\"totalUnits\":3,\"lines\":["
                + "{\"code\":\"97110\",\"minutes\":33,\"units\":2},{\"code\":\"97140\",\"minutes\":7,\"units\":1}]}"
                + System.lineSeparator());
    }

    @Test
    void theAmaMethodIsChosenWithAnOption() {
        Cli.Run run = Cli.run("units", "--method", "ama", "97110=33", "97140=7");

        assertThat(run.out().trim()).isEqualTo("{\"method\":\"ama\",\"totalTimedMinutes\":40,\"totalUnits\":2,\"lines\":["
                + "{\"code\":\"97110\",\"minutes\":33,\"units\":2},{\"code\":\"97140\",\"minutes\":7,\"units\":0}]}");
    }

    @Test
    void linesKeepInputOrderAndACodeWithNoUnitsStaysListed() {
        Cli.Run run = Cli.run("units", "97140=3", "97110=33");

        assertThat(run.out().trim()).isEqualTo("{\"method\":\"medicare\",\"totalTimedMinutes\":36,\"totalUnits\":2,\"lines\":["
                + "{\"code\":\"97140\",\"minutes\":3,\"units\":0},{\"code\":\"97110\",\"minutes\":33,\"units\":2}]}");
    }

    @Test
    void untimedCodesGetOneUnitAndStayOutOfTheTotals() {
        Cli.Run run = Cli.run("units", "97010=15", "97124=23", "98941=10");

        assertThat(run.out().trim()).isEqualTo("{\"method\":\"medicare\",\"totalTimedMinutes\":23,\"totalUnits\":2,\"lines\":["
                + "{\"code\":\"97010\",\"minutes\":15,\"units\":1},{\"code\":\"97124\",\"minutes\":23,\"units\":2},"
                + "{\"code\":\"98941\",\"minutes\":10,\"units\":1}]}");
    }

    @Test
    void twoEntriesOfOneCodeAreAddedTogether() {
        Cli.Run run = Cli.run("units", "97110=10", "97110=5");

        assertThat(run.out().trim()).isEqualTo("{\"method\":\"medicare\",\"totalTimedMinutes\":15,\"totalUnits\":1,\"lines\":["
                + "{\"code\":\"97110\",\"minutes\":15,\"units\":1}]}");
    }

    @Test
    void sixtyMinutesOfMassageAreFourUnits() {
        assertThat(Cli.run("units", "97124=60").out()).contains("\"totalUnits\":4");
    }

    @Test
    void everyBadArgumentIsReportedOnStderrWithExitCode2() {
        Cli.Run run = Cli.run("units", "97999=5", "97110=abc", "97110", "97140=-4", "97124=1441");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("argument 1 \"97999=5\": unknown code: 97999")
                .contains("argument 2 \"97110=abc\": minutes must be a whole number from 0 to 1440")
                .contains("argument 3 \"97110\": expected CODE=MINUTES")
                .contains("argument 4 \"97140=-4\"")
                .contains("argument 5 \"97124=1441\"")
                .doesNotContain("Exception");
    }

    @Test
    void aDayOfMoreThan24HoursIsRefused() {
        Cli.Run run = Cli.run("units", "97110=800", "97140=800");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("1600").contains("1440 minutes of a day");
    }

    @Test
    void anUnknownMethodIsAUsageError() {
        Cli.Run run = Cli.run("units", "--method", "aetna", "97110=33");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--method: expected medicare or ama, got \"aetna\"");
    }

    @Test
    void noArgumentsIsAUsageError() {
        Cli.Run run = Cli.run("units");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CODE=MINUTES");
    }

    @Test
    void noCommandPrintsUsageAndExits2() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("units").contains("code");
    }
}
