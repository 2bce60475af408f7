package kz.iinportal.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.iinportal.supervisor.BarChart.Bar;
import kz.iinportal.supervisor.BarChart.Series;

/** The chart geometry: bar lengths proportional to the values, stacking, round axes, labels. */
class BarChartTest {

    static final List<Series> TWO = List.of(new Series("a", "chart__bar--1"), new Series("b", "chart__bar--2"));

    @Test
    void theAxisEndsOnARoundNumberAtOrAboveTheLargestBar() {
        assertEquals(new BarChart.Scale(1, 1), BarChart.Scale.of(0, true));
        assertEquals(new BarChart.Scale(3, 1), BarChart.Scale.of(3, true));
        assertEquals(new BarChart.Scale(8, 2), BarChart.Scale.of(7, true));
        assertEquals(new BarChart.Scale(40, 10), BarChart.Scale.of(37, true));
        assertEquals(new BarChart.Scale(1500, 500), BarChart.Scale.of(1234, true));
        assertEquals(new BarChart.Scale(0.6, 0.2), roundScale(BarChart.Scale.of(0.55, false)));
        assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0), BarChart.Scale.of(37, true).ticks());
    }

    @Test
    void horizontalBarsAreProportionalAndStacked() {
        BarChart chart = BarChart.horizontal("c", "title", "desc", TWO).add("first", 2, 2).add("second", 8, 0);
        List<Bar> bars = chart.getBars();
        assertEquals(3, bars.size(), "a zero value draws no bar");
        Bar a = bars.get(0);
        Bar b = bars.get(1);
        Bar c = bars.get(2);
        assertEquals(a.x() + a.width(), b.x(), 0.11, "the second series starts where the first ends");
        assertEquals(a.width(), b.width(), 0.11);
        assertEquals(c.width(), 2 * (a.width() + b.width()), 0.21, "8 is twice as long as 2 + 2");
        assertEquals("chart__bar--1", c.cssClass());
        assertTrue(c.y() > a.y(), "one row per category, in order");
        assertEquals("first — b: 2", b.tooltip());
        assertEquals(List.of("4", "8"), chart.getValueLabels().stream().map(BarChart.Text::text).toList());
        assertEquals("0", chart.getGrid().get(0).label().text());
        assertTrue(chart.isLegend());
    }

    @Test
    void verticalBarsGrowUpwardsAndOnlyChosenLabelsAreDrawn() {
        BarChart chart = BarChart.vertical("v", "t", "d", List.of(new Series("n", "chart__bar--1")))
                .add("01.11", true, 4).add("02.11", false, 2).add("03.11", true, 0);
        List<Bar> bars = chart.getBars();
        assertEquals(2, bars.size());
        assertEquals(bars.get(0).y() + bars.get(0).height(), bars.get(1).y() + bars.get(1).height(), 0.11,
                "bars stand on the same base line");
        assertEquals(bars.get(0).height(), 2 * bars.get(1).height(), 0.21);
        assertEquals(List.of("01.11", "03.11"), chart.getCategoryLabels().stream().map(BarChart.Text::text).toList());
        assertEquals(List.of("4", "2"), chart.getValueLabels().stream().map(BarChart.Text::text).toList(),
                "no number over an empty day");
    }

    @Test
    void longNamesAreShortenedInTheDrawingOnly() {
        String name = "Police Department of East Kazakhstan Region";
        BarChart chart = BarChart.horizontal("c", "t", "d", List.of(new Series("n", "x"))).add(name, 1);
        String drawn = chart.getCategoryLabels().get(0).text();
        assertTrue(drawn.endsWith("…") && drawn.length() <= BarChart.MAX_LABEL_CHARS, drawn);
        assertTrue(chart.getBars().get(0).tooltip().startsWith(name), "the tooltip keeps the full name");
    }

    @Test
    void valuesMustMatchTheSeries() {
        BarChart chart = BarChart.horizontal("c", "t", "d", TWO);
        assertThrows(IllegalArgumentException.class, () -> chart.add("x", 1));
        assertTrue(chart.isEmpty());
    }

    private static BarChart.Scale roundScale(BarChart.Scale s) {
        return new BarChart.Scale(Math.round(s.max() * 1000) / 1000.0, Math.round(s.step() * 1000) / 1000.0);
    }
}
