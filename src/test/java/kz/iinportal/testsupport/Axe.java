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
 * serious and critical violations, one line each; with axe's default rules, plus {@code target-size} (WCAG 2.2 SC
 * 2.5.8, tag wcag22aa), which axe 4.14 ships switched off.
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
                axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: '' }]));""");
        return ((List<Map<String, Object>>) result).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .collect(Collectors.toList());
    }

    /**
     * The page's buttons, inputs, selects and text areas (checkboxes and radios too) whose box is under 24 × 24 px,
     * one line each. axe's {@code target-size} passes a small target with room around it (the spacing exception) and
     * leaves out what it takes for inline; this asks for the size itself. Only what can be clicked counts: hidden
     * fields, what is not displayed, a closed dialog and the visually hidden (clipped) are left out.
     */
    @SuppressWarnings("unchecked")
    public static List<String> smallTargets(WebDriver driver) {
        Object result = ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('button, input, select, textarea'))
                    .filter(e => e.type !== 'hidden' && e.getClientRects().length > 0
                        && getComputedStyle(e).visibility !== 'hidden' && !e.closest('dialog:not([open])')
                        && !e.closest('.visually-hidden'))
                    .map(e => ({ e: e, r: e.getBoundingClientRect() }))
                    .filter(x => x.r.width < 24 || x.r.height < 24)
                    .map(x => x.e.tagName.toLowerCase() + (x.e.type ? '[type=' + x.e.type + ']' : '')
                        + (x.e.id ? '#' + x.e.id : x.e.name ? '[name=' + x.e.name + ']' : '')
                        + ' ' + Math.round(x.r.width) + ' × ' + Math.round(x.r.height) + ' px');""");
        return (List<String>) result;
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
