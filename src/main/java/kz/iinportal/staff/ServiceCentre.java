package kz.iinportal.staff;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.iinportal.web.LocalizedText;

/** A "Government for Citizens" public service centre where front-office staff key in walk-in applications. */
@Entity
@Table(name = "service_centre")
public class ServiceCentre extends PanacheEntityBase {

    @Id
    public String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_code")
    public TerritorialBody region;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    @AttributeOverride(name = "kk", column = @Column(name = "name_kk"))
    public LocalizedText name;
}
