package kz.iinportal.iin;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Register test data; every person gets a document number of their own so tests never see each other's data. */
final class RegisterTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private RegisterTestData() {
    }

    static PersonData person(LocalDate birthDate, Sex sex) {
        int n = SEQUENCE.incrementAndGet();
        return new PersonData("Test-" + n, "Person", "Тест", null, birthDate, sex, "DE",
                new PersonData.Document(DocumentType.PASSPORT, "T" + System.nanoTime() % 1_000_000_000L + n, "DE",
                        LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)));
    }
}
