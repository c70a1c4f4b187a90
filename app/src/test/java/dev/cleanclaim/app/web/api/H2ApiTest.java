package dev.cleanclaim.app.web.api;

import dev.cleanclaim.app.testing.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The API contract on the embedded H2 database a workspace uses by default. */
class H2ApiTest extends ApiContract {

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

    @Nested
    class HsaPapers extends HsaPapersContract {
        @Override
        TestWorkspace workspace() {
            return workspace;
        }
    }
}
