package com.guanjia.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium pointed at the application under test. The driver and browser are
 * Debian's ({@code /usr/bin/chromedriver}, {@code /usr/bin/chromium}); both paths are
 * given explicitly so Selenium Manager never looks for, or downloads, anything. Each
 * instance has a fresh profile.
 */
public final class Browser implements AutoCloseable {

	/**
	 * Where {@code apt-get install chromium-driver} puts the driver;
	 * {@code -Dguanjia.browser.driver} overrides.
	 */
	static final String DRIVER = System.getProperty("guanjia.browser.driver", "/usr/bin/chromedriver");

	static final String BINARY = System.getProperty("guanjia.browser.binary", "/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "browser");

	private static final Duration WAIT = Duration.ofSeconds(15);

	/** The marker of {@code templates/error.html}. */
	private static final By ERROR_PAGE = By.id("error-page");

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriver driver;

	Browser(String baseUrl) {
		requireInstalled();
		this.baseUrl = baseUrl;
		try {
			this.profile = Files.createTempDirectory("guanjia-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
				// Containers give /dev/shm 64 MB, too little for Chromium's renderer.
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=zh-CN",
				// Bootstrap scrolls smoothly and animates collapses unless the user
				// prefers
				// reduced motion: a click computed mid-scroll can land beside its button
				// (a
				// RepairJourneyTests step never submitted in a full run).
				"--force-prefers-reduced-motion");
		// Keeps the console's messages, so a test can see what the
		// Content-Security-Policy
		// refused (consoleErrors()).
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	private static void requireInstalled() {
		if (!new File(DRIVER).canExecute() || !new File(BINARY).canExecute()) {
			throw new IllegalStateException("Browser tests need Chromium and ChromeDriver at " + BINARY + " and "
					+ DRIVER + ": apt-get install -y chromium chromium-driver fonts-wqy-microhei "
					+ "(bin/test does this), or run mvn with -DexcludedGroups=browser.");
		}
	}

	public WebDriver driver() {
		return driver;
	}

	/** Opens a path of the application, e.g. {@code /units}. */
	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/** Signs in through the login page and waits for the home page. */
	public Browser login(String username, String password) {
		open("/login");
		visible(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(d -> !d.getCurrentUrl().contains("/login"));
		assertNoErrorPage();
		return this;
	}

	/**
	 * Opens a page and waits for its own heading (the first h1 element, whitespace
	 * collapsed), failing at once when the error page is shown instead (issue 15 item 3:
	 * a test that waits for any heading passes on a 500 or 403 page).
	 */
	public WebElement openPage(String path, String heading) {
		open(path);
		return heading(heading);
	}

	/** Waits until the page's first h1 element reads exactly {@code expected}. */
	public WebElement heading(String expected) {
		try {
			return waitUntil(d -> {
				List<WebElement> headings = d.findElements(By.tagName("h1"));
				return !headings.isEmpty() && normalized(headings.get(0).getText()).equals(expected) ? headings.get(0)
						: null;
			});
		}
		catch (TimeoutException ex) {
			List<WebElement> headings = driver.findElements(By.tagName("h1"));
			throw new AssertionError(
					driver.getCurrentUrl() + ": expected the heading \"" + expected + "\" but found "
							+ (headings.isEmpty() ? "no <h1>" : "\"" + normalized(headings.get(0).getText()) + "\""),
					ex);
		}
	}

	/**
	 * Fails when the page shown is the application's error page
	 * ({@code templates/error.html}), naming its status and message. Every wait of this
	 * class checks it first, so a journey never waits out its time on an error page, nor
	 * passes on one.
	 */
	public void assertNoErrorPage() {
		List<WebElement> error = driver.findElements(ERROR_PAGE);
		if (!error.isEmpty()) {
			throw new AssertionError(driver.getCurrentUrl() + " shows the error page (status "
					+ error.get(0).getAttribute("data-status") + "): " + normalized(error.get(0).getText()));
		}
	}

	private static String normalized(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	/**
	 * The errors the page wrote to the browser's console since the last call, such as a
	 * script or style the Content-Security-Policy refused.
	 */
	public List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** The element once it is displayed. */
	public WebElement visible(By by) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(by)::apply);
	}

	/** Waits (up to 15 s) until the condition holds, e.g. after an htmx swap. */
	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, WAIT).until(d -> {
			assertNoErrorPage();
			return condition.apply(d);
		});
	}

	/** Waits until the element's text contains the fragment. */
	public void waitForText(By by, String fragment) {
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, fragment)::apply);
	}

	/** Resizes the window, e.g. to a phone's 390×844. */
	public Browser size(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		return this;
	}

	/** Saves a PNG of the viewport under {@code target/browser} and returns its path. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				// A temporary directory left behind is harmless.
			}
		}
	}

}
