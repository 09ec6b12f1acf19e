package org.kiosk.app.ui.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.appointments.AppointmentDesk;
import org.kiosk.app.appointments.AppointmentSlips;
import org.kiosk.app.appointments.Appointments;
import org.kiosk.app.appointments.SlipPrinter;
import org.kiosk.app.ui.calendar.MatterAdviceView;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.Slot;

/**
 * Book a counter slot from today's remaining ones on: pick a day, then a time with places left; the slip with the
 * check-in code prints.
 */
public final class BookScreen implements Screen {

    public static final String ID = "appointment-book";

    /** How many days ahead slots are offered. */
    public static final int DAYS = 7;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private List<Slot> slots;
    private LocalDate day;
    private boolean failed;

    public BookScreen() {
    }

    /** With the slots already fetched (the audit tour shows the screen without a platform). */
    public BookScreen(List<Slot> slots, LocalDate day) {
        this.slots = List.copyOf(slots);
        this.day = day;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        AppointmentDesk desk = c.services().appointments();
        VBox box = c.column();
        box.getChildren().add(c.heading(c.text("book.title")));
        if (slots == null) {
            load(desk);
        }
        if (failed || slots == null) {
            box.getChildren().addAll(c.body(c.text("book.unavailable")), c.button("book-done", c.text("check-in.done"), c.navigator()::home));
            return box;
        }
        Map<LocalDate, List<Slot>> byDay = slots.stream().filter(s -> s.remaining() > 0)
                .collect(Collectors.groupingBy(s -> s.start().atZoneSameInstant(desk.zone()).toLocalDate(), TreeMap::new, Collectors.toList()));
        if (byDay.isEmpty()) {
            box.getChildren().add(c.body(c.text("book.none")));
            return box;
        }
        box.getChildren().add(c.body(c.text("book.pick-day")));
        FlowPane days = new FlowPane();
        days.getStyleClass().add("tiles");
        for (LocalDate date : byDay.keySet()) {
            days.getChildren().add(c.button("book-day-" + date, MatterAdviceView.DATE.format(date), () -> {
                day = date;
                c.navigator().show(this);
            }));
        }
        box.getChildren().add(days);
        if (day != null && byDay.containsKey(day)) {
            box.getChildren().add(c.body(c.text("book.pick-time", MatterAdviceView.DATE.format(day))));
            FlowPane times = new FlowPane();
            times.getStyleClass().add("tiles");
            for (Slot slot : byDay.get(day)) {
                String time = TIME.format(slot.start().atZoneSameInstant(desk.zone()));
                times.getChildren().add(c.primary("book-slot-" + time.replace(':', '-'), time, () -> book(c, slot)));
            }
            box.getChildren().add(times);
        }
        return box;
    }

    private void load(AppointmentDesk desk) {
        try {
            Appointments appointments = desk.appointments().orElse(null);
            Instant now = appointments == null ? null : appointments.clock().instant();
            slots = appointments == null ? null : appointments.slots(desk.bookableMatter(),
                    LocalDate.ofInstant(now, desk.zone()), DAYS).stream().filter(s -> s.start().toInstant().isAfter(now)).toList();
        } catch (PlatformException e) {
            failed = true;
        }
    }

    private void book(ScreenContext c, Slot slot) {
        AppointmentDesk desk = c.services().appointments();
        try {
            Appointment booked = desk.appointments().orElseThrow().book(slot.slotId());
            SlipPrinter.Printed printed = desk.slips().map(p -> p.print(AppointmentSlips.booked(booked, desk.zone())))
                    .orElse(SlipPrinter.Printed.ON_SCREEN_ONLY);
            c.navigator().show(new BookedScreen(booked, printed));
        } catch (PlatformException e) {
            slots = null;
            failed = true;
            c.navigator().show(this);
        }
    }
}
