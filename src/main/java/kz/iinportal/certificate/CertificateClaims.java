package kz.iinportal.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.iinportal.application.Application;
import kz.iinportal.web.Kazakhstan;

/**
 * What a certificate's QR code proves offline: the signed payload of its token. Claim names are one or two letters
 * because every byte makes the QR code denser; the names are written in a fixed order, so the same certificate always
 * gives the same JSON and (with a deterministic signature) the same token. Cyrillic names are left out when the
 * certificate has none.
 */
public record CertificateClaims(String number, String iin, String familyName, String givenNames,
        String familyNameCyrillic, String givenNamesCyrillic, LocalDate birthDate, LocalDate issuedOn, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Longer than any token the portal signs: anything beyond is refused before it is decoded. */
    public static final int MAX_TOKEN_LENGTH = 1500;

    static CertificateClaims of(Certificate certificate) {
        Application app = certificate.application;
        return new CertificateClaims(certificate.number, certificate.iin, blankToNull(app.familyName),
                blankToNull(app.givenNames), blankToNull(app.familyNameCyrillic), blankToNull(app.givenNamesCyrillic),
                app.birthDate, Kazakhstan.dateOf(certificate.issuedAt), app.region == null ? null : app.region.code);
    }

    public String toJson() {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("n", number);
        claims.put("i", iin);
        claims.put("f", familyName);
        claims.put("g", givenNames);
        claims.put("fc", familyNameCyrillic);
        claims.put("gc", givenNamesCyrillic);
        claims.put("b", birthDate == null ? null : birthDate.toString());
        claims.put("d", issuedOn == null ? null : issuedOn.toString());
        claims.put("o", body);
        claims.values().removeIf(v -> v == null);
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The claims of a verified payload; empty when it is not an object of strings with at least a number and an IIN
     * (a payload signed by our key is never like that, but a verifier must not trust its own assumptions).
     */
    public static Optional<CertificateClaims> fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            String number = text(node, "n");
            String iin = text(node, "i");
            if (number == null || iin == null) {
                return Optional.empty();
            }
            return Optional.of(new CertificateClaims(number, iin, text(node, "f"), text(node, "g"), text(node, "fc"),
                    text(node, "gc"), date(node, "b"), date(node, "d"), text(node, "o")));
        } catch (JsonProcessingException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static LocalDate date(JsonNode node, String name) {
        String value = text(node, name);
        return value == null ? null : LocalDate.parse(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
