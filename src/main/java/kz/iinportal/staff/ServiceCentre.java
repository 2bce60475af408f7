package kz.iinportal.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.iinportal.web.Localized;

/** A "Government for Citizens" public service centre where front-office staff key in walk-in applications. */
@Entity
@Table(name = "service_centre")
public class ServiceCentre extends PanacheEntityBase {

    @Id
    public String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_code")
    public TerritorialBody region;

    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_kk")
    public String nameKk;

    public String name(String language) {
        return Localized.pick(language, nameEn, nameRu, nameKk);
    }
}
