package kz.iinportal.calendar;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.iinportal.web.LocalizedText;

/**
 * A day of the Kazakhstan working-day calendar that differs from the plain Monday–Friday week (table
 * {@code calendar_day}, seeded from kz-holidays.csv by V7, editable by supervisors). Days without a row are worked on
 * Monday–Friday and not on Saturday or Sunday.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Convert(converter = DayKind.CodeConverter.class)
    public DayKind kind;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
    @AttributeOverride(name = "kk", column = @Column(name = "name_kk"))
    public LocalizedText name;

    /** Where the day comes from (law, order, published calendar), or that it is computed and unconfirmed. */
    public String source;
}
