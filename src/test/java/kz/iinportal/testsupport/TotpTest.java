package kz.iinportal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B's SHA-1 vectors (secret "12345678901234567890"), cut to the 6 digits Keycloak uses. */
class TotpTest {

    /** "12345678901234567890" in base32, grouped in fours as Keycloak shows a secret. */
    private static final String SECRET = "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ";

    @Test
    void theRfcVectors() {
        assertEquals("12345678901234567890", new String(Totp.base32(SECRET), StandardCharsets.US_ASCII));
        assertEquals("287082", Totp.code(SECRET, 59 / 30));
        assertEquals("081804", Totp.code(SECRET, 1111111109L / 30));
        assertEquals("050471", Totp.code(SECRET, 1111111111L / 30));
        assertEquals("005924", Totp.code(SECRET, 1234567890L / 30));
        assertEquals("279037", Totp.code(SECRET, 2000000000L / 30));
    }
}
