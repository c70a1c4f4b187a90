package dev.cleanclaim.app.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a browser test class needs, as one JUnit extension: Debian's Chromium (or a skip, by the required-part rule)
 * and a test workspace on H2, started before the class's tests and both closed after them, even when only the
 * first one started.
 */
public final class BrowserWorkspace implements BeforeAllCallback, AfterAllCallback {

    private Chromium chromium;
    private TestWorkspace workspace;

    @Override
    public void beforeAll(ExtensionContext context) {
        // Chromium first: when it is missing the class skips before a database is made for nothing.
        chromium = Chromium.startOrSkip();
        workspace = TestWorkspace.onH2();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try (TestWorkspace closingWorkspace = workspace; Chromium closingChromium = chromium) {
            chromium = null;
            workspace = null;
        }
    }

    public Chromium chromium() {
        return chromium;
    }

    public TestWorkspace workspace() {
        return workspace;
    }
}
