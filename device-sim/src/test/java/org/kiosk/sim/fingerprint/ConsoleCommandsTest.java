package org.kiosk.sim.fingerprint;

import org.junit.jupiter.api.Test;
import org.kiosk.sim.idcard.CardLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.sim.fingerprint.TestPackets.*;

class ConsoleCommandsTest {

    @Test
    void presentsTheFingerOfABundledCard() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            ConsoleCommands commands = new ConsoleCommands(CardLibrary.bundled(), host.emulator());
            assertThat(commands.execute("finger resident-fp2 1"))
                    .isEqualTo("the finger of card resident-fp2's template 1 on the sensor");
            host.capture(1);
            host.download(CardLibrary.bundled().get("resident-fp2").fingerprints().get(1));
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 96 00 A2");
        }
    }

    @Test
    void otherFingers() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            ConsoleCommands commands = new ConsoleCommands(CardLibrary.bundled(), host.emulator());
            assertThat(commands.execute("stranger")).isEqualTo("a stranger's finger on the sensor");
            assertThat(host.ask(GEN_IMG)).isEqualTo(OK);
            assertThat(commands.execute("poor 07")).contains("(07)");
            assertThat(host.ask(GEN_IMG)).isEqualTo(OK);
            assertThat(host.ask(IMG_2_TZ_1)).isEqualTo("EF 01 FF FF FF FF 07 00 03 07 00 11");
            assertThat(commands.execute("nofinger")).isEqualTo("no finger on the sensor");
            assertThat(host.ask(GEN_IMG)).isEqualTo(NO_FINGER);
        }
    }

    @Test
    void explainsMistakes() {
        try (ModuleHost host = ModuleHost.start()) {
            ConsoleCommands commands = new ConsoleCommands(CardLibrary.bundled(), host.emulator());
            assertThat(commands.execute("finger resident")).isEqualTo("card resident carries no fingerprint templates");
            assertThat(commands.execute("finger resident-fp2 2")).isEqualTo("card resident-fp2 carries templates 0 to 1, not 2");
            assertThat(commands.execute("finger nosuch")).startsWith("no card 'nosuch'; known: ");
            assertThat(commands.execute("poor 15")).isEqualTo("poor needs 06 or 07, not '15'");
            assertThat(commands.execute("wave")).startsWith("unknown command 'wave'; commands: ");
            assertThat(commands.execute("list")).contains("resident-fp2  2 fingerprint templates")
                    .doesNotContain("resident  ");
            assertThat(commands.execute("  ")).isEmpty();
        }
    }
}
