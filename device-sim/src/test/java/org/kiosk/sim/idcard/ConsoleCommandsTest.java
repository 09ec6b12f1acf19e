package org.kiosk.sim.idcard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleCommandsTest {

    @Test
    void placesRemovesAndLists() {
        try (StreamHost host = StreamHost.start()) {
            IdCardReaderEmulator reader = host.emulator();
            ConsoleCommands console = new ConsoleCommands(CardLibrary.bundled(), reader);
            assertThat(console.execute("   ")).isEmpty();
            assertThat(console.execute("place hmt-macao"))
                    .isEqualTo("placed Card[hmt-macao, hmt-permit, 1 fingerprint templates]");
            assertThat(reader.card()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("hmt-macao"));
            assertThat(console.execute("list").lines())
                    .hasSize(10)
                    .contains("* hmt-macao  hmt-permit  1 fingerprint templates",
                            "  resident-fp2  resident  2 fingerprint templates");
            assertThat(console.execute("place nosuch")).startsWith("no card 'nosuch'; known: ");
            assertThat(console.execute("remove")).isEqualTo("removed hmt-macao");
            assertThat(console.execute("remove")).isEqualTo("no card on the reader");
            assertThat(console.execute("place")).startsWith("place needs a card name or file");
            assertThat(console.execute("eject")).isEqualTo("unknown command 'eject'; " + ConsoleCommands.HELP);
        }
    }
}
