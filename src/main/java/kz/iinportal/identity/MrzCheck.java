package kz.iinportal.identity;

/** The check digits of a machine-readable zone, by the names the JSON answer and the messages use. */
public enum MrzCheck {
    DOCUMENT_NUMBER("documentNumber"),
    BIRTH_DATE("birthDate"),
    EXPIRY_DATE("expiryDate"),
    /** Only TD3 has one, over the personal number (optional data) of its second line. */
    OPTIONAL_DATA("optionalData"),
    /** Over the other checked fields and their check digits: catches a change no single field check sees. */
    COMPOSITE("composite");

    public final String key;

    MrzCheck(String key) {
        this.key = key;
    }
}
