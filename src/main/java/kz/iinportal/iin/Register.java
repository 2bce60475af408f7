package kz.iinportal.iin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The IIN register's operations: form an IIN for a new person, correct an IIN or a person's data, and look numbers
 * up. Each operation is one transaction and joins the caller's when there is one (a decision on an application).
 */
@ApplicationScoped
public class Register {

    /** A corrected number's replacement chain is short; the limit only guards against a cycle in bad data. */
    private static final int MAX_CHAIN = 100;

    @Inject
    SerialAllocator allocator;

    @Inject
    EntityManager em;

    /** Creates the person and forms their IIN from the birth date and sex. */
    @Transactional
    public IinRecord form(PersonData data, String by, String applicationRef) {
        Person person = Person.from(data);
        person.persist();
        return activate(person, allocator.next(data.birthDate(), data.sex()), by, applicationRef);
    }

    /**
     * Corrects the person holding {@code currentIin}. The number changes when its digits are wrong for the corrected
     * data (birth date, sex), when its check digit is wrong, or when it is a {@code duplicate}; the old number then
     * becomes CORRECTED and points to the new one. Otherwise only the data changes and the number stays. Every
     * changed field is recorded in the person's history either way.
     */
    @Transactional
    public Correction correct(String currentIin, PersonData corrected, boolean duplicate, String by,
            String applicationRef) {
        IinRecord record = em.find(IinRecord.class, currentIin, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw new RegisterException(RegisterException.Reason.NOT_FOUND, "IIN not in the register");
        }
        if (record.status != IinStatus.ACTIVE) {
            throw new RegisterException(RegisterException.Reason.NOT_ACTIVE,
                    "IIN is " + record.status
                            + (record.replacedBy == null ? "" : ", replaced by " + record.replacedBy));
        }
        Person person = record.person;
        List<PersonChange> changes = new ArrayList<>();
        History history = new History(person, by, applicationRef, changes);
        history.change("familyName", person.familyName, corrected.familyName(), v -> person.familyName = v);
        history.change("givenNames", person.givenNames, corrected.givenNames(), v -> person.givenNames = v);
        history.change("familyNameCyrillic", person.familyNameCyrillic, corrected.familyNameCyrillic(),
                v -> person.familyNameCyrillic = v);
        history.change("givenNamesCyrillic", person.givenNamesCyrillic, corrected.givenNamesCyrillic(),
                v -> person.givenNamesCyrillic = v);
        history.change("birthDate", str(person.birthDate), str(corrected.birthDate()),
                v -> person.birthDate = corrected.birthDate());
        history.change("sex", str(person.sex), str(corrected.sex()), v -> person.sex = corrected.sex());
        history.change("citizenship", person.citizenship, corrected.citizenship(), v -> {
            person.citizenship = corrected.citizenship();
            person.stateless = corrected.stateless();
        });
        IdentityDocument document = person.currentDocument();
        if (document == null || !document.sameAs(corrected.document())) {
            IdentityDocument added = IdentityDocument.of(person, corrected.document());
            added.persist();
            person.documents.add(added);
            history.change("document", str(document), str(added), v -> {
            });
        }

        if (!duplicate && !digitsWrongFor(record.iin, person)) {
            return new Correction(record, null, changes);
        }
        Iin replacement = allocator.next(person.birthDate, person.sex);
        record.status = IinStatus.CORRECTED;
        record.replacedBy = replacement.value();
        record.statusChangedAt = OffsetDateTime.now();
        // The old number must stop being ACTIVE before the new one is inserted (one ACTIVE IIN per person).
        em.flush();
        IinRecord current = activate(person, replacement, by, applicationRef);
        history.change("iin", record.iin, current.iin, v -> {
        });
        return new Correction(current, record.iin, changes);
    }

    /** The record of a number, whatever its status. */
    public Optional<IinRecord> find(String iin) {
        return IinRecord.findByIin(iin);
    }

    /** The number in force for whoever held {@code iin}: itself when ACTIVE, else the end of its replacement chain. */
    public Optional<IinRecord> current(String iin) {
        Optional<IinRecord> record = find(iin);
        for (int i = 0; i < MAX_CHAIN && record.isPresent() && record.get().replacedBy != null; i++) {
            record = find(record.get().replacedBy);
        }
        return record;
    }

    private IinRecord activate(Person person, Iin iin, String by, String applicationRef) {
        IinRecord record = new IinRecord();
        record.iin = iin.value();
        record.person = person;
        record.status = IinStatus.ACTIVE;
        record.formedAt = OffsetDateTime.now();
        record.formedBy = by;
        record.formedByApplication = applicationRef;
        record.persist();
        return record;
    }

    /** Since 2013 a mismatch is not invalid, but it is a reason to form the right number when correcting. */
    static boolean digitsWrongFor(String iin, Person person) {
        Iin.Check check = Iin.check(iin);
        return !check.valid() || !person.birthDate.equals(check.birthDate()) || person.sex != check.sex();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    /** The outcome of a correction: the record now in force and, when the number changed, the one it replaced. */
    public record Correction(IinRecord current, String previousIin, List<PersonChange> changes) {
        public boolean numberChanged() {
            return previousIin != null;
        }
    }

    /** Applies one field change and records it in the person's history, when the value really changes. */
    private record History(Person person, String by, String applicationRef, List<PersonChange> changes) {

        void change(String field, String oldValue, String newValue, Consumer<String> apply) {
            if (Objects.equals(oldValue, newValue)) {
                return;
            }
            apply.accept(newValue);
            PersonChange change = new PersonChange();
            change.person = person;
            change.changedAt = OffsetDateTime.now();
            change.changedBy = by;
            change.applicationRef = applicationRef;
            change.field = field;
            change.oldValue = oldValue;
            change.newValue = newValue;
            change.persist();
            changes.add(change);
        }
    }
}
