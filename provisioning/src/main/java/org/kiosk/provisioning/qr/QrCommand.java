package org.kiosk.provisioning.qr;

import picocli.CommandLine.Command;

@Command(name = "qr", mixinStandardHelpOptions = true, description = "Read QR codes.",
        subcommands = {QrDecodeCommand.class})
public final class QrCommand {
}
