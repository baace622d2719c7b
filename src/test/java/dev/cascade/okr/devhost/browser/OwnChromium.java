package dev.cascade.okr.devhost.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.WebDriver;

/**
 * A headless Chromium of one test class's own, as a {@code @ClassRule}, for a test on its own dev host (a
 * {@code DevHostFixture} whose data it changes); quit and its profile deleted after the class. Skips the class when
 * Chromium is missing ({@link BrowserHost#assumeChromium}). Tests on the shared host take {@link BrowserHost#shared}.
 */
public final class OwnChromium extends ExternalResource {

    private Path profile;
    private WebDriver driver;

    @Override
    protected void before() throws Exception {
        BrowserHost.assumeChromium();
        profile = Files.createTempDirectory("cascade-chromium");
        driver = BrowserHost.chromium(profile);
    }

    @Override
    protected void after() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            BrowserHost.deleteQuietly(profile);
        }
    }

    /** The browser. */
    public WebDriver driver() {
        return driver;
    }
}
