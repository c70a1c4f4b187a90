package dev.cleanclaim.app.testing;

import dev.cleanclaim.store.testing.RequiredPart;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's Chromium, driven through Debian's chromedriver (no Selenium Manager, nothing downloaded), headless, with a
 * fresh profile and its own download folder. Where either program is missing the browser tests skip or fail by the
 * {@link RequiredPart} rule (CI installs both through .ci/run).
 */
public final class Chromium implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: the build's output, kept by CI as test artifacts. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Chromium(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    public static Chromium startOrSkip() {
        List<String> missing = Stream.of(BINARY, DRIVER).filter(path -> !Files.isExecutable(path)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw RequiredPart.missing("no " + String.join(" or ", missing)
                    + "; install them with: apt-get install -y chromium chromium-driver", null);
        }
        Path profile;
        Path downloads;
        try {
            profile = Files.createTempDirectory("cleanclaim-chromium-profile");
            downloads = Files.createTempDirectory("cleanclaim-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().window().setSize(new Dimension(1280, 900));
            return new Chromium(driver, profile, downloads);
        } catch (WebDriverException e) {
            throw RequiredPart.missing("Chromium did not start: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file a download saved whose name ends with {@code suffix}, once the browser has finished writing it. */
    public Optional<Path> awaitDownload(String suffix, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path directory) {
        try {
            TempFolders.delete(directory);
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a test for
        }
    }
}
