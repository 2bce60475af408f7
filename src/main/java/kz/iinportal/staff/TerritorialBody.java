package kz.iinportal.staff;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.iinportal.web.Localized;

/** A territorial police body (the migration service of one region or city); each case belongs to exactly one. */
@Entity
@Table(name = "territorial_body")
@NamedQuery(name = "TerritorialBody.all", query = "from TerritorialBody order by sortOrder")
public class TerritorialBody extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "region_name_en")
    public String regionNameEn;
    @Column(name = "region_name_ru")
    public String regionNameRu;
    @Column(name = "region_name_kk")
    public String regionNameKk;
    @Column(name = "admin_centre_en")
    public String adminCentreEn;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_kk")
    public String nameKk;
    @Column(name = "sort_order")
    public int sortOrder;

    public String name(String language) {
        return Localized.pick(language, nameEn, nameRu, nameKk);
    }

    public String regionName(String language) {
        return Localized.pick(language, regionNameEn, regionNameRu, regionNameKk);
    }

    public static List<TerritorialBody> listOrdered() {
        return find("#TerritorialBody.all").list();
    }
}
