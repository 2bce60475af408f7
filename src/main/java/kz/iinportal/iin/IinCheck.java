package kz.iinportal.iin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The public "Check an IIN" page. A GET form, so it works without JavaScript and needs no CSRF token; the result
 * is shown on the same page and the input is kept. Like {@link IinApi} it checks the structure only and never
 * tells whether the IIN is registered or to whom.
 */
@Path("/iin/check")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IinCheck extends Controller {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    HttpServerRequest request;

    /** What the page shows for a valid IIN: the canonical digits and what they decode to, in words. */
    public record Decoded(String iin, String birthDate, String birthDateIso, String sex) {
    }

    @CheckedTemplate
    static class Templates {
        /**
         * @param iin the input as typed, kept in the field
         * @param errors field id → message, in the order of the form; empty when there is nothing to fix
         * @param decoded the result for a valid IIN, otherwise null
         */
        static native TemplateInstance index(String iin, Map<String, String> errors, Decoded decoded);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String iin) {
        if (iin == null) {
            if (!request.params().contains("iin")) {
                return Templates.index("", Map.of(), null);
            }
            iin = ""; // an empty submission, which Renarde hands over as null
        }
        Iin.Check check = Iin.check(iin);
        if (check.valid()) {
            return Templates.index(iin, Map.of(), decode(check));
        }
        return Templates.index(iin, Map.of("iin", errorMessage(check)), null);
    }

    private Decoded decode(Iin.Check check) {
        LocalDate birthDate = check.birthDate();
        String date = "en".equals(i18n.getLanguage()) ? ENGLISH_DATE.format(birthDate) : NUMERIC_DATE.format(birthDate);
        String sex = check.sex() == Sex.MALE ? i18n.getMessage("iincheck.sex.male")
                : i18n.getMessage("iincheck.sex.female");
        return new Decoded(check.iin(), date, birthDate.toString(), sex);
    }

    private String errorMessage(Iin.Check check) {
        if (check.iin().isEmpty()) {
            // Nothing but whitespace (or nothing at all) was submitted.
            return i18n.getMessage("iincheck.error.empty");
        }
        return switch (check.reason()) {
            case NOT_DIGITS -> i18n.getMessage("iincheck.error.notDigits");
            case LENGTH -> i18n.getMessage("iincheck.error.length");
            case CENTURY_SEX -> i18n.getMessage("iincheck.error.centurySex");
            case DATE -> i18n.getMessage("iincheck.error.date");
            case CHECK_DIGIT -> i18n.getMessage("iincheck.error.checkDigit");
        };
    }
}
