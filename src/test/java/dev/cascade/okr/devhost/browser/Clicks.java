package dev.cascade.okr.devhost.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * What a browser test does as a person would on the Goals pages: open a dialog with its button, fill its fields, send
 * it and wait for the page it leads to; wait for what a script changes. Waits poll (at most 15 seconds) instead of
 * sleeping.
 */
final class Clicks {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final WebDriver driver;

    Clicks(WebDriver driver) {
        this.driver = driver;
    }

    /** Clicks the button, waits for the dialog with this id to show, and answers it. */
    WebElement open(WebElement button, String dialogId) throws InterruptedException {
        button.click();
        return visible(By.id(dialogId));
    }

    /** Types into a field of the dialog, after clearing it. */
    Clicks type(WebElement dialog, String fieldId, String text) {
        WebElement field = dialog.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option of a select of the dialog whose value is {@code value}. */
    Clicks choose(WebElement dialog, String selectId, String value) {
        dialog.findElement(By.cssSelector("#" + selectId + " option[value='" + value + "']")).click();
        return this;
    }

    /** Chooses the option of a select whose text contains {@code text}. */
    Clicks chooseText(WebElement dialog, String selectId, String text) {
        dialog.findElement(By.xpath("//select[@id='" + selectId + "']/option[contains(., '" + text + "')]")).click();
        return this;
    }

    /**
     * Sends the dialog's form and waits until the page reloads (the dialog is gone) or, for a dialog that updates the
     * page in place (a check-in, an adjustment), until the page says it saved.
     */
    void sendAndReload(WebElement dialog) throws InterruptedException {
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        until(() -> stale(dialog) || !driver.findElements(By.cssSelector(".cascade-saved-message.aui-message"))
                .isEmpty());
    }

    /** Sends the dialog's form and waits until the server's error for {@code fieldId} shows; answers its text. */
    String sendAndRefuse(WebElement dialog, String fieldId) throws InterruptedException {
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = visible(By.id(fieldId + "-error"));
        until(() -> !error.getText().isBlank());
        return error.getText();
    }

    /** The first displayed element, once there is one. */
    WebElement visible(By locator) throws InterruptedException {
        until(() -> driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed));
        return driver.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
    }

    /** A button of the page by its visible text. */
    WebElement button(String text) throws InterruptedException {
        return visible(By.xpath("//button[normalize-space(.)='" + text + "']"));
    }

    /** The elements matching, now. */
    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    /** Waits until {@code condition} holds, else fails. */
    void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (WebDriverException notYet) {
                // the page is changing: ask again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the page did not reach the expected state: " + driver.getCurrentUrl());
    }

    /** Reloads {@code path} until {@code condition} holds (a background recompute), else fails. */
    void reloadUntil(String url, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        do {
            driver.get(url);
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (WebDriverException notYet) {
                // not there yet
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the page never showed the expected state: " + url);
    }

    static boolean stale(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }
}
