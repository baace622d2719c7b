package dev.cascade.okr.web;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** How a figure fills AUI's progress indicator: the bar stops at full, its fraction is what AUI reads. */
public class ProgressViewTest {

    @Test
    public void shouldFillTheBarAsFarAsThePercentWhenItIsBetweenNoneAndAll() {
        ProgressView view = new ProgressView(true, 33, "33%");

        assertEquals(33, view.barWidth());
        assertEquals("0.33", view.fraction());
    }

    @Test
    public void shouldFillTheWholeBarWhenTheFigureIsBeyondItsTarget() {
        ProgressView view = new ProgressView(true, 120, "120%");

        assertEquals(100, view.barWidth());
        assertEquals("1", view.fraction());
    }

    @Test
    public void shouldLeaveTheBarEmptyWhenNothingIsDone() {
        assertEquals("0", new ProgressView(true, 0, "0%").fraction());
        assertEquals("0.5", new ProgressView(true, 50, "50%").fraction());
    }
}
