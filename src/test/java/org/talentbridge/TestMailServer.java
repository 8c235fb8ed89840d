package org.talentbridge;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) for the test JVM, started when the shared Spring context asks for its port
 * (a free one, so parallel builds on one machine do not collide) and stopped with the JVM. Tests read what it
 * received, and may take it down for a while to see a mail server that does not answer.
 */
public final class TestMailServer {

    private static GreenMail server;
    private static int port;

    private TestMailServer() {
    }

    public static synchronized int port() {
        if (server == null) {
            start(ServerSetupTest.SMTP.dynamicPort());
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(TestMailServer::stop));
        }
        return port;
    }

    public static synchronized GreenMail server() {
        port();
        return server;
    }

    /** Runs {@code action} while nothing listens on the mail port, then starts the server again on that port. */
    public static synchronized void whileDown(Runnable action) {
        port();
        server.stop();
        try {
            action.run();
        } finally {
            start(ServerSetupTest.SMTP.port(port));
        }
    }

    private static void start(ServerSetup setup) {
        server = new GreenMail(setup.verbose(false));
        server.start();
    }

    private static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
