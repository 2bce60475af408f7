package kz.iinportal.iin;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import kz.iinportal.web.Verbatim;

/**
 * Public JSON check of an IIN for other services: {@code GET /api/iin/{value}}. No login.
 *
 * <p>Contract: always {@code 200 application/json}, exactly
 * {@code {"iin":"900101300811","valid":true,"reason":null,"birthDate":"1990-01-01","sex":"MALE"}}, in this field
 * order, every field always present:
 * <ul>
 *   <li>{@code iin}: the value with whitespace removed (the canonical 12 digits when valid), or {@code null} when
 *       that is longer than {@value #MAX_ECHO_LENGTH} characters: long input is judged but never echoed;</li>
 *   <li>{@code valid}, {@code reason} ({@code null} when valid, else one of the {@link IinInvalidReason} codes),
 *       {@code birthDate} (ISO {@code yyyy-MM-dd}) and {@code sex} ({@code MALE}/{@code FEMALE}) exactly as
 *       {@link Iin#check(CharSequence)} decides them, on the whole input; {@code birthDate}/{@code sex} are
 *       {@code null} when the digits do not allow decoding them.</li>
 * </ul>
 * It checks the structure of the number only and says nothing about whether the IIN was issued or to whom.
 *
 * <p>The value is the rest of the path, percent-decoded ({@code 900101%20300811} is valid; {@code /api/iin/12/34}
 * is checked as {@code "12/34"}); an empty value ({@code /api/iin}, {@code /api/iin/}) is answered like any other
 * input (reason {@code LENGTH}). As everywhere in JAX-RS, a literal {@code ;} starts matrix parameters, which are not
 * part of the value: clients encode it as {@code %3B}. What never reaches this resource: a malformed percent-escape
 * ({@code %ZZ}, 400), dot segments ({@code ..}, normalised away) and request lines longer than the HTTP server's
 * limit (4096 bytes by default, 414), all answered by the HTTP layer, never with 500. A client whose Accept header
 * excludes JSON gets 406.
 */
@Path("/api/iin")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class IinApi {

    /** Longest value (whitespace removed) echoed back in {@code iin}; no valid IIN comes anywhere near it. */
    public static final int MAX_ECHO_LENGTH = 64;

    /** The JSON body. Dates and enums are written as strings here, so the wire format does not depend on settings. */
    @JsonPropertyOrder({ "iin", "valid", "reason", "birthDate", "sex" })
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Result(String iin, boolean valid, String reason, String birthDate, String sex) {

        public static Result of(CharSequence input) {
            Iin.Check check = Iin.check(input);
            return new Result(
                    echo(check.iin()),
                    check.valid(),
                    check.reason() == null ? null : check.reason().name(),
                    check.birthDate() == null ? null : check.birthDate().toString(),
                    check.sex() == null ? null : check.sex().name());
        }
    }

    @GET
    @Path("{value: .*}")
    public Result check(@RestPath @Verbatim String value) {
        return Result.of(value == null ? "" : value);
    }

    /**
     * The input as echoed back: null when too long; otherwise unchanged except that unpaired UTF-16 surrogates (which
     * cannot be written as JSON text) become U+FFFD.
     */
    static String echo(String normalized) {
        if (normalized.length() > MAX_ECHO_LENGTH) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < normalized.length()
                    && Character.isLowSurrogate(normalized.charAt(i + 1));
            if (paired) {
                if (sb != null) {
                    sb.append(c).append(normalized.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(normalized.length()).append(normalized, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? normalized : sb.toString();
    }
}
