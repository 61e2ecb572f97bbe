package cz.planovna.mail;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP port GreenMail listens on in tests, the same one application-test.yml sends to. It can be
 * moved with {@code -Dplanovna.test.smtp-port=…} so that two checkouts run their tests side by side.
 */
public final class TestSmtp {

    private TestSmtp() {}

    public static ServerSetup setup() {
        int port = Integer.getInteger("planovna.test.smtp-port", 3025);
        return new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }
}
