package org.programmeregistry.adapters.site;

import java.util.List;

/**
 * A programme's timeline as an inline SVG: a year scale, the planned and actual periods as bars, the events as
 * bars on their days and the signatures as marks on the day they were signed. Coordinates are in SVG user units.
 *
 * @param title       what the picture shows, in one line (the SVG's {@code <title>})
 * @param description the same facts as text, for readers who do not see the picture (the SVG's {@code <desc>})
 */
public record Timeline(String title, String description, int width, int height, List<Tick> ticks, List<Lane> lanes,
        List<Bar> bars, List<Mark> marks) {

    public Timeline {
        ticks = List.copyOf(ticks);
        lanes = List.copyOf(lanes);
        bars = List.copyOf(bars);
        marks = List.copyOf(marks);
    }

    /** The start of a year on the scale, its label centred in the year's band ({@code labelX}); the closing line has none. */
    public record Tick(int x, int labelX, String label) {
    }

    /** A row's label at the left. */
    public record Lane(int y, String label) {
    }

    /** A stretch of time; {@code kind} is its CSS class (planned, actual, event, open). */
    public record Bar(int x, int y, int width, int height, String kind, String label) {
    }

    /** A point in time, drawn as a diamond around (x, y). */
    public record Mark(int x, int y, String label) {

        public String points() {
            return x + "," + (y - 7) + " " + (x + 6) + "," + y + " " + x + "," + (y + 7) + " " + (x - 6) + "," + y;
        }
    }
}
