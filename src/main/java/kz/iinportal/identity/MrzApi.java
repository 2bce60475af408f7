package kz.iinportal.identity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import kz.iinportal.web.Kazakhstan;

/**
 * The machine-readable zone read for service centres' passport readers, which hand it over as text:
 * {@code POST /api/mrz} with {@code {"lines": ["P<UTOERIKSSON<<…", "L898902C36UTO…"]}} (one element per line, or
 * the whole zone in one element with line breaks). The same reading as the application form's (see {@link Mrz}).
 *
 * <p>{@code 200}: {@code valid} (every check digit holds), {@code format} ({@code TD1}/{@code TD2}/{@code TD3}), the
 * fields (dates ISO {@code yyyy-MM-dd} or null when not a full date; sex {@code MALE}/{@code FEMALE}/null; states as
 * {@code {"code":"D","country":"DE","kind":"COUNTRY"}}, see {@link IcaoCode}) and {@code checks} by name, each
 * true/false, {@code optionalData} null for the formats without that check (TD1, TD2). A zone whose check digits
 * fail is answered 200 with {@code valid:false}: it was read, and the checks say where it is wrong.
 *
 * <p>{@code 400} {@code {"valid":false,"reason":…}} for what is no zone: the {@link MrzRefused.Reason reasons} of
 * the parser (with {@code line}, {@code position}, {@code length} or {@code lines} where they help) and
 * {@code MALFORMED_JSON}, {@code LINES_MISSING} (no array {@code lines}), {@code LINES_NOT_TEXT} (an element that is
 * not a string) and {@code TOO_LONG} (a body over {@value #MAX_BODY} bytes, not read further); {@code 415}
 * {@code NOT_JSON} for a body that is not {@code application/json}. Answers are {@code Cache-Control: no-store}:
 * they hold a person's data.
 *
 * <p>Public, like {@code GET /api/iin}: reading a zone is a computation on data the caller already holds; it tells
 * nothing about the register and changes nothing, and a reader on a service-centre desk cannot go through the
 * portal's browser sign-in. Nothing of the zone is stored or logged (the refusal carries no input either). No CSRF
 * token, as for {@code /api/iin}: there is nothing to forge, and a page of another site can neither send this JSON
 * without a CORS preflight (which the portal does not grant) nor read the answer.
 *
 * <p>A Vert.x route rather than a JAX-RS resource for that reason: the REST layer's CSRF filter refuses every POST
 * that is not a form and carries no token, and it cannot be lifted for one path without lifting it for the forms.
 */
@ApplicationScoped
public class MrzApi {

    public static final String PATH = "/api/mrz";

    /** Three lines of 44 with generous white space and JSON punctuation fit many times over. */
    public static final int MAX_BODY = 4_096;

    @Inject
    ObjectMapper json;

    @JsonPropertyOrder({ "valid", "format", "documentCode", "documentNumber", "issuingState", "nationality",
            "familyName", "givenNames", "nameTruncated", "birthDate", "sex", "expiryDate", "optionalData", "checks" })
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Reading(boolean valid, String format, String documentCode, String documentNumber, State issuingState,
            State nationality, String familyName, String givenNames, boolean nameTruncated, String birthDate,
            String sex, String expiryDate, String optionalData, Map<String, Boolean> checks) {

        static Reading of(Mrz zone) {
            Map<String, Boolean> checks = new LinkedHashMap<>();
            for (MrzCheck check : MrzCheck.values()) {
                checks.put(check.key, zone.checks().get(check));
            }
            return new Reading(zone.valid(), zone.format().name(), zone.documentCode(), zone.documentNumber(),
                    State.of(zone.issuingState()), State.of(zone.nationality()), zone.familyName(),
                    zone.givenNames(), zone.nameTruncated(), text(zone.birthDate()),
                    zone.sex() == null ? null : zone.sex().name(), text(zone.expiryDate()), zone.optionalData(),
                    checks);
        }
    }

    @JsonPropertyOrder({ "code", "country", "kind" })
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record State(String code, String country, String kind) {
        static State of(IcaoCode code) {
            return new State(code.code(), code.country(), code.kind().name());
        }
    }

    @JsonPropertyOrder({ "valid", "reason", "line", "position", "length", "lines" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refusal(boolean valid, String reason, Integer line, Integer position, Integer length,
            Integer lines) {

        static Refusal of(String reason) {
            return new Refusal(false, reason, null, null, null, null);
        }

        static Refusal of(MrzRefused refused) {
            Integer line = refused.line > 0 ? refused.line : null;
            return switch (refused.reason) {
                case CHARACTERS -> new Refusal(false, refused.reason.name(), line, refused.detail, null, null);
                case LINE_LENGTH, TOO_LONG -> new Refusal(false, refused.reason.name(), line, null, refused.detail,
                        null);
                case LINE_COUNT -> new Refusal(false, refused.reason.name(), null, null, null, refused.detail);
                default -> new Refusal(false, refused.reason.name(), line, null, null, null);
            };
        }
    }

    void route(@Observes Router router) {
        router.post(PATH).handler(BodyHandler.create().setBodyLimit(MAX_BODY)).handler(this::read)
                .failureHandler(context -> {
                    if (context.statusCode() == 413 && !context.response().headWritten()) {
                        answer(context, 400, Refusal.of("TOO_LONG"));
                    } else {
                        context.next();
                    }
                });
    }

    void read(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            answer(context, 415, Refusal.of("NOT_JSON"));
            return;
        }
        Buffer body = context.body().buffer();
        JsonNode request;
        try {
            // strictly UTF-8: a broken byte sequence is malformed, not a character to guess
            String text = body == null ? ""
                    : StandardCharsets.UTF_8.newDecoder()
                            .decode(ByteBuffer.wrap(body.getBytes())).toString();
            request = text.isEmpty() ? null : json.readTree(text);
        } catch (IOException e) {
            answer(context, 400, Refusal.of("MALFORMED_JSON"));
            return;
        }
        JsonNode lines = request == null ? null : request.get("lines");
        if (lines == null || !lines.isArray()) {
            answer(context, 400, Refusal.of("LINES_MISSING"));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode line : lines) {
            if (!line.isTextual()) {
                answer(context, 400, Refusal.of("LINES_NOT_TEXT"));
                return;
            }
            text.append(line.textValue()).append('\n');
        }
        try {
            answer(context, 200, Reading.of(Mrz.read(text.toString(), Kazakhstan.today())));
        } catch (MrzRefused e) {
            answer(context, 400, Refusal.of(e));
        }
    }

    private void answer(RoutingContext context, int status, Object entity) {
        String text;
        try {
            text = json.writeValueAsString(entity);
        } catch (IOException e) {
            context.fail(e);
            return;
        }
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(text);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
