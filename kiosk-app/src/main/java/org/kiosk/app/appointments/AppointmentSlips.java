package org.kiosk.app.appointments;

import org.kiosk.app.ui.service.QueueTicket;
import org.kiosk.device.printer.receipt.Alignment;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.TextStyle;
import org.kiosk.platform.model.Appointment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The slips the appointment screens print, bilingual like every receipt: the booked appointment with its check-in
 * QR code, and the queue slip handed out at check-in (or when the citizen goes to the counter instead). They carry
 * no personal data: an appointment holds only its code, centre, matter and time.
 */
public final class AppointmentSlips {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final TextStyle CENTERED = TextStyle.NORMAL.withAlignment(Alignment.CENTER);

    private AppointmentSlips() {
    }

    /** The booked appointment: when and where, and the QR code to check in with. */
    public static Receipt booked(Appointment appointment, ZoneId zone) {
        return Receipt.builder()
                .title("预约凭条 Appointment slip")
                .separator()
                .keyValue("预约号 Appointment", appointment.code())
                .keyValue("服务中心 Centre", appointment.centreCode())
                .keyValue("时间 Time", TIME.format(appointment.start().atZoneSameInstant(zone)) + " - "
                        + DateTimeFormatter.ofPattern("HH:mm").format(appointment.end().atZoneSameInstant(zone)))
                .separator()
                .text("到达后扫码签到 Scan at the kiosk to check in", CENTERED)
                .qr(appointment.checkInCode())
                .cut()
                .build();
    }

    /** The queue slip: the number the hall's display calls, for a checked-in appointment or a walk-in. */
    public static Receipt queue(QueueTicket ticket, Appointment appointment, ZoneId zone) {
        Receipt.Builder slip = Receipt.builder()
                .title("排队号 Queue ticket")
                .text(ticket.number(), CENTERED.withBold().withDoubleSize())
                .separator();
        if (appointment != null) {
            slip.keyValue("预约号 Appointment", appointment.code())
                    .keyValue("预约时间 Booked for", TIME.format(appointment.start().atZoneSameInstant(zone)));
        }
        return slip.keyValue("前面等候 Waiting ahead", Integer.toString(ticket.waitingAhead()))
                .keyValue("取号时间 Issued", TIME.format(ticket.issued().atZone(zone)))
                .text("请留意叫号 Please watch the display", CENTERED)
                .cut()
                .build();
    }
}
