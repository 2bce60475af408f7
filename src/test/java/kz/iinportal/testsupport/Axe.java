package kz.iinportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (installed from npm by bin/test into target/axe) on the page the browser shows and returns the
 * serious and critical violations, one line each.
 */
public final class Axe {

    private static String script;

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: '' }]));""");
        return ((List<Map<String, Object>>) result).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .collect(Collectors.toList());
    }

    private static synchronized String script() {
        if (script == null) {
            Path path = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("axe-core not found at " + path.toAbsolutePath()
                        + "; bin/test installs it (npm install --prefix target/axe axe-core)");
            }
            try {
                script = Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
