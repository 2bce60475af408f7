package kz.iinportal.staff;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.iinportal.web.LocalizedText;

/** A territorial police body (the migration service of one region or city); each case belongs to exactly one. */
@Entity
@Table(name = "territorial_body")
@NamedQuery(name = "TerritorialBody.all", query = "from TerritorialBody order by sortOrder")
public class TerritorialBody extends PanacheEntityBase {

    @Id
    public String code;

    /** The police department's name. */
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    @AttributeOverride(name = "kk", column = @Column(name = "name_kk"))
    public LocalizedText name;

    /** The region or city it serves. */
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "region_name_en"))
    @AttributeOverride(name = "ru", column = @Column(name = "region_name_ru"))
    @AttributeOverride(name = "kk", column = @Column(name = "region_name_kk"))
    public LocalizedText regionName;

    @Column(name = "admin_centre_en")
    public String adminCentreEn;

    @Column(name = "sort_order")
    public int sortOrder;

    public static List<TerritorialBody> listOrdered() {
        return find("#TerritorialBody.all").list();
    }
}
