package kz.iinportal.supervisor;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkiverse.renarde.util.I18N;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.supervisor.BarChart.Series;
import kz.iinportal.supervisor.SupervisionStats.BodyFigures;
import kz.iinportal.supervisor.SupervisionStats.DayDecisions;
import kz.iinportal.supervisor.SupervisionStats.Figures;
import kz.iinportal.supervisor.SupervisionStats.OperatorLoad;

/** The dashboard's charts, in the chosen language, from the figures of {@link SupervisionStats}. */
public class DashboardCharts {

    /** More bars than this stop being readable at a glance; the table lists every operator. */
    static final int MAX_OPERATORS = 15;
    /** A time line of 30 days labels every fifth day (and the last). */
    static final int DAY_LABEL_EVERY = 5;
    static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("dd.MM");

    private final I18N i18n;
    private final String lang;
    private final Locale locale;
    private final Figures figures;

    public DashboardCharts(I18N i18n, Figures figures) {
        this.i18n = i18n;
        this.lang = i18n.getLanguage();
        this.locale = Locale.forLanguageTag(lang);
        this.figures = figures;
    }

    /** Hours with one decimal in the reader's notation; a dash when there was nothing to measure. */
    public String hours(Double value) {
        return value == null ? "—" : String.format(locale, "%.1f", value);
    }

    public BarChart getWorkload() {
        BarChart chart = BarChart.horizontal("chart-workload", i18n.getMessage("sup.chart.workload"),
                i18n.getMessage("sup.chart.workload.desc"),
                List.of(new Series(i18n.getMessage("sup.col.unassigned"), "chart__bar--1"),
                        new Series(i18n.getMessage("sup.col.assigned"), "chart__bar--2")));
        for (BodyFigures b : figures.bodies()) {
            chart.add(b.body().regionName.in(lang), b.unassigned(), b.assigned());
        }
        return chart;
    }

    public BarChart getOverdue() {
        BarChart chart = BarChart.horizontal("chart-overdue", i18n.getMessage("sup.chart.overdue"),
                i18n.getMessage("sup.chart.overdue.desc"),
                List.of(new Series(i18n.getMessage("sup.col.overdue"), "chart__bar--3")));
        figures.bodies().stream().filter(b -> b.overdue() > 0)
                .forEach(b -> chart.add(b.body().regionName.in(lang), b.overdue()));
        return chart;
    }

    public BarChart getOperators() {
        BarChart chart = BarChart.horizontal("chart-operators", i18n.getMessage("sup.chart.operators"),
                i18n.getMessage("sup.chart.operators.desc"),
                List.of(new Series(i18n.getMessage("sup.col.assigned"), "chart__bar--2")));
        figures.operators().stream().filter(o -> o.assigned() > 0).limit(MAX_OPERATORS)
                .forEach((OperatorLoad o) -> chart.add(o.fullName(), o.assigned()));
        return chart;
    }

    public BarChart getDecisions() {
        BarChart chart = BarChart.vertical("chart-decisions", i18n.getMessage("sup.chart.decisions"),
                i18n.getMessage("sup.chart.decisions.desc"),
                List.of(new Series(i18n.getMessage("status.IIN_FORMED"), "chart__bar--1"),
                        new Series(i18n.getMessage("status.IIN_CORRECTED"), "chart__bar--2"),
                        new Series(i18n.getMessage("status.REFUSED"), "chart__bar--3")));
        List<DayDecisions> days = figures.days();
        for (int i = 0; i < days.size(); i++) {
            DayDecisions d = days.get(i);
            boolean labelled = (days.size() - 1 - i) % DAY_LABEL_EVERY == 0;
            chart.add(d.day().format(DAY_LABEL), labelled, d.formed(), d.corrected(), d.refused());
        }
        return chart;
    }

    public BarChart getRefusals() {
        BarChart chart = BarChart.horizontal("chart-refusals", i18n.getMessage("sup.chart.refusals"),
                i18n.getMessage("sup.chart.refusals.desc"),
                List.of(new Series(i18n.getMessage("sup.col.refusals"), "chart__bar--3")));
        if (figures.refused() > 0) {
            for (RefusalGround ground : RefusalGround.values()) {
                chart.add(i18n.getMessage(groundKey(ground)), figures.refusals().get(ground));
            }
        }
        return chart;
    }

    public BarChart getMedian() {
        BarChart chart = BarChart.horizontal("chart-median", i18n.getMessage("sup.chart.median"),
                i18n.getMessage("sup.chart.median.desc"),
                List.of(new Series(i18n.getMessage("sup.col.median"), "chart__bar--1")), this::hours);
        figures.bodies().stream().filter(b -> b.medianHours() != null)
                .forEach(b -> chart.add(b.body().regionName.in(lang), b.medianHours()));
        return chart;
    }

    /** The short name of a ground for a chart label (the full legal wording is in the table). */
    static String groundKey(RefusalGround ground) {
        return "sup.ground." + ground.name();
    }
}
