package kz.iinportal.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The rules of a service from {@link #validFrom} on: channels, filers and required documents. An amendment is a new
 * row, never a code change; the row with the latest valid_from not after a day is the one in force that day.
 */
@Entity
@Table(name = "service_rule")
@NamedQuery(name = "ServiceRule.inForce", query = """
        from ServiceRule r where r.service = ?1 and r.validFrom <= ?2 order by r.validFrom desc""")
public class ServiceRule extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Service service;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(nullable = false)
    public boolean online;

    @Column(name = "service_centre", nullable = false)
    public boolean serviceCentre;

    @Column(name = "self_allowed", nullable = false)
    public boolean selfAllowed;

    @Column(name = "representative_allowed", nullable = false)
    public boolean representativeAllowed;

    /** Comma-separated document kinds. */
    @Column(name = "required_documents", nullable = false)
    public String requiredDocuments;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    public static Optional<ServiceRule> inForce(Service service, LocalDate day) {
        return find("#ServiceRule.inForce", service, day).firstResultOptional();
    }

    /** Whether this rule lets this filer use this channel. */
    public boolean allows(Channel channel, Filer filer) {
        boolean channelOk = channel == Channel.ONLINE ? online : serviceCentre;
        boolean filerOk = filer == Filer.SELF ? selfAllowed : representativeAllowed;
        return channelOk && filerOk;
    }

    public List<String> requiredDocumentKinds() {
        return Arrays.stream(requiredDocuments.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
