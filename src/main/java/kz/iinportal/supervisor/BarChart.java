package kz.iinportal.supervisor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A bar chart drawn as inline SVG by tags/barChart.html: the geometry is computed here, so the page needs neither
 * JavaScript nor a chart library. Bars may be stacked (several series per category); horizontal charts suit long
 * category names (territorial bodies), vertical ones a time line (days).
 */
public final class BarChart {

    /** The drawing is scaled by the browser (viewBox); these are its own units. */
    static final int WIDTH = 640;
    static final int MAX_LABEL_CHARS = 30;

    public record Series(String name, String cssClass) {
    }

    public record Bar(double x, double y, double width, double height, String cssClass, String tooltip) {
    }

    public record Text(double x, double y, String text, String anchor) {
    }

    /** A grid line of the value axis and its value. */
    public record Grid(double x1, double y1, double x2, double y2, Text label) {
    }

    private record Category(String label, boolean labelShown, double[] values) {
    }

    private final String id;
    private final String title;
    private final String description;
    private final boolean horizontal;
    private final List<Series> series;
    private final List<Category> categories = new ArrayList<>();
    private final boolean integers;
    private final DoubleFunction<String> format;

    private final List<Bar> bars = new ArrayList<>();
    private final List<Text> categoryLabels = new ArrayList<>();
    private final List<Text> valueLabels = new ArrayList<>();
    private final List<Grid> grid = new ArrayList<>();
    private int height;
    private boolean laidOut;

    private BarChart(String id, String title, String description, boolean horizontal, List<Series> series,
            boolean integers, DoubleFunction<String> format) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.horizontal = horizontal;
        this.series = List.copyOf(series);
        this.integers = integers;
        this.format = format;
    }

    /** Bars from the left, one row per category; for counts (integer ticks). */
    public static BarChart horizontal(String id, String title, String description, List<Series> series) {
        return new BarChart(id, title, description, true, series, true, v -> String.valueOf(Math.round(v)));
    }

    /** Bars from the left, for measures with decimals (e.g. hours); {@code format} writes a value. */
    public static BarChart horizontal(String id, String title, String description, List<Series> series,
            DoubleFunction<String> format) {
        return new BarChart(id, title, description, true, series, false, format);
    }

    /** Bars from the bottom, one column per category; for counts. */
    public static BarChart vertical(String id, String title, String description, List<Series> series) {
        return new BarChart(id, title, description, false, series, true, v -> String.valueOf(Math.round(v)));
    }

    /** Adds a category with one value per series (stacked in series order). */
    public BarChart add(String label, double... values) {
        return add(label, true, values);
    }

    /** Adds a category whose label is drawn only when {@code labelShown} (a time line labels every n-th day). */
    public BarChart add(String label, boolean labelShown, double... values) {
        if (values.length != series.size()) {
            throw new IllegalArgumentException("Expected " + series.size() + " values, got " + values.length);
        }
        if (laidOut) {
            throw new IllegalStateException("The chart was already drawn");
        }
        categories.add(new Category(label, labelShown, values.clone()));
        return this;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        layOut();
        return height;
    }

    public List<Series> getSeries() {
        return series;
    }

    /** A legend is only needed when bars are stacked from several series. */
    public boolean isLegend() {
        return series.size() > 1;
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }

    public List<Bar> getBars() {
        layOut();
        return bars;
    }

    public List<Text> getCategoryLabels() {
        layOut();
        return categoryLabels;
    }

    public List<Text> getValueLabels() {
        layOut();
        return valueLabels;
    }

    public List<Grid> getGrid() {
        layOut();
        return grid;
    }

    private void layOut() {
        if (laidOut) {
            return;
        }
        laidOut = true;
        double max = categories.stream().mapToDouble(c -> total(c.values())).max().orElse(0);
        Scale scale = Scale.of(max, integers);
        if (horizontal) {
            layOutHorizontal(scale);
        } else {
            layOutVertical(scale);
        }
    }

    private void layOutHorizontal(Scale scale) {
        double left = 200, right = 48, top = 8, row = 26, thickness = 18, axis = 22;
        double plot = WIDTH - left - right;
        height = (int) Math.ceil(top + Math.max(1, categories.size()) * row + axis);
        double bottom = top + categories.size() * row;
        for (double tick : scale.ticks()) {
            double x = round(left + tick / scale.max() * plot);
            grid.add(new Grid(x, top, x, bottom, new Text(x, bottom + 16, format.apply(tick), "middle")));
        }
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            double y = top + i * row + (row - thickness) / 2;
            double x = left;
            for (int s = 0; s < series.size(); s++) {
                double w = c.values()[s] / scale.max() * plot;
                if (w > 0) {
                    bars.add(new Bar(round(x), round(y), round(w), thickness, series.get(s).cssClass(),
                            tooltip(c.label(), s, c.values()[s])));
                }
                x += w;
            }
            double middle = round(y + thickness / 2 + 4);
            categoryLabels.add(new Text(left - 6, middle, shorten(c.label()), "end"));
            valueLabels.add(new Text(round(x + 4), middle, format.apply(total(c.values())), "start"));
        }
    }

    private void layOutVertical(Scale scale) {
        double left = 40, right = 8, top = 18, plotHeight = 180, axis = 22;
        height = (int) Math.ceil(top + plotHeight + axis);
        double plot = WIDTH - left - right;
        double slot = plot / Math.max(1, categories.size());
        double thickness = slot * 0.7;
        double bottom = top + plotHeight;
        for (double tick : scale.ticks()) {
            double y = round(bottom - tick / scale.max() * plotHeight);
            grid.add(new Grid(left, y, WIDTH - right, y, new Text(left - 6, y + 4, format.apply(tick), "end")));
        }
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            double x = left + i * slot + (slot - thickness) / 2;
            double y = bottom;
            for (int s = 0; s < series.size(); s++) {
                double h = c.values()[s] / scale.max() * plotHeight;
                if (h > 0) {
                    y -= h;
                    bars.add(new Bar(round(x), round(y), round(thickness), round(h), series.get(s).cssClass(),
                            tooltip(c.label(), s, c.values()[s])));
                }
            }
            double centre = round(x + thickness / 2);
            if (c.labelShown()) {
                categoryLabels.add(new Text(centre, bottom + 16, c.label(), "middle"));
            }
            double total = total(c.values());
            if (total > 0) {
                valueLabels.add(new Text(centre, round(y - 4), format.apply(total), "middle"));
            }
        }
    }

    private String tooltip(String category, int seriesIndex, double value) {
        String what = series.size() > 1 ? category + " — " + series.get(seriesIndex).name() : category;
        return what + ": " + format.apply(value);
    }

    private static double total(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** Long names are cut in the drawing only; the table beside it has them in full. */
    static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1).strip() + "…";
    }

    /** One decimal is finer than a screen pixel at these sizes and keeps the markup short. */
    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The value axis: a round maximum and 2–5 evenly spaced ticks a reader can take in at once. */
    record Scale(double max, double step) {

        static Scale of(double dataMax, boolean integers) {
            if (dataMax <= 0) {
                return new Scale(1, 1);
            }
            double raw = dataMax / 4;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double residual = raw / magnitude;
            double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
            double step = nice * magnitude;
            if (integers) {
                step = Math.max(1, Math.ceil(step));
            }
            return new Scale(Math.ceil(dataMax / step - 1e-9) * step, step);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; i * step <= max + 1e-9; i++) {
                ticks.add(i * step);
            }
            return ticks;
        }
    }
}
