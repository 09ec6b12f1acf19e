package org.kiosk.app.catalogue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kiosk.app.appointments.SimulatedPlatform;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.model.FormSchema;
import org.kiosk.platform.model.LocalizedText;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.MatterList;
import org.kiosk.platform.sim.Catalogue;

/**
 * The platform simulator on loopback with one enrolled kiosk's client ({@link SimulatedPlatform}), and its admin
 * operation that changes the matters it serves ({@code PUT /admin/matters}).
 */
public final class SimulatorCatalogue implements AutoCloseable {

    /** Housing provident fund withdrawal for rent: in the bundled catalogue and the simulator's. */
    public static final String FUND = "11440100007436085C2000112005000";

    private final SimulatedPlatform platform;
    public final PlatformClient client;

    public SimulatorCatalogue(Path dir) throws Exception {
        platform = new SimulatedPlatform(dir, Instant.now());
        client = platform.client;
    }

    /** Serves {@code matters} from now on. */
    public void serve(List<Matter> matters) throws IOException, InterruptedException {
        HttpResponse<String> answer = platform.admin("PUT", "/admin/matters", new MatterList(matters));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the simulator refused the matters: HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Serves the seeded matters, with the one of {@code implementationCode} changed by {@code change}. */
    public void serveChanged(String implementationCode, UnaryOperator<Matter> change) throws IOException, InterruptedException {
        serve(Catalogue.seeded().matters().stream().map(m -> m.implementationCode().equals(implementationCode) ? change.apply(m) : m)
                .toList());
    }

    public static Matter renamed(Matter m, String en) {
        return new Matter(m.basicCode(), m.implementationCode(), m.businessItemCode(), m.department(),
                new LocalizedText(m.name().zhCN(), m.name().zhHK(), en), m.identityLevel(), m.acceptedDocuments(), m.fingerprintOffered(),
                m.form(), m.availability(), m.committedWorkingDays(), m.calendarRegion(), m.crossBoundary(), m.counterAlternative(), m.theme());
    }

    public static Matter withoutField(Matter m, String field) {
        return new Matter(m.basicCode(), m.implementationCode(), m.businessItemCode(), m.department(), m.name(), m.identityLevel(),
                m.acceptedDocuments(), m.fingerprintOffered(),
                new FormSchema(m.form().fields().stream().filter(f -> !f.name().equals(field)).toList()), m.availability(),
                m.committedWorkingDays(), m.calendarRegion(), m.crossBoundary(), m.counterAlternative(), m.theme());
    }

    public static Matter withoutCounter(Matter m) {
        return new Matter(m.basicCode(), m.implementationCode(), m.businessItemCode(), m.department(), m.name(), m.identityLevel(),
                m.acceptedDocuments(), m.fingerprintOffered(), m.form(), m.availability(), m.committedWorkingDays(), m.calendarRegion(),
                m.crossBoundary(), null, m.theme());
    }

    @Override
    public void close() {
        platform.close();
    }
}
