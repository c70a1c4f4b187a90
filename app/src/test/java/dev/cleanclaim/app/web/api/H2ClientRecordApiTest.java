package dev.cleanclaim.app.web.api;

import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One client, one record and insured massage through the API on the embedded H2 database a workspace uses by default. */
class H2ClientRecordApiTest extends ClientRecordApiContract {

    private static TestWorkspace workspace;

    @BeforeAll
    static void start() {
        workspace = TestWorkspace.onH2();
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    @Override
    TestWorkspace workspace() {
        return workspace;
    }
}
