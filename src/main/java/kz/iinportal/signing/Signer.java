package kz.iinportal.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Makes the CMS signature (CAdES detached, as PAdES wants it) of a certificate PDF's signed byte ranges. The portal's
 * own implementation signs with {@link PortalKey} ({@link PortalKeySigner}); a deployment that must sign with the
 * national PKI's keys (NCA's GOST or RSA certificates, through the vendor SDK or a signing service such as an NCANode
 * sidecar) provides another bean implementing this interface: docs/decisions.md, "Signing certificate PDFs".
 *
 * <p>
 * The same content must give the same bytes: a certificate drawn twice gives the same file.
 */
public interface Signer {

    /**
     * A DER-encoded CMS SignedData over {@code content}, detached (the content itself not included), with the signed
     * attributes content-type, message-digest and signing-certificate-v2 and no signing-time (PAdES baseline B keeps
     * the claimed time in the PDF's signature dictionary), the chain's certificates embedded.
     */
    byte[] sign(InputStream content) throws IOException;

    /** The signing certificate first, its root CA last. */
    List<X509Certificate> chain();
}
