package org.talentbridge.shared.web;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A real connection pool with application.yml's {@code spring.datasource.hikari} settings on a port where nothing
 * listens: PostgreSQL down, for tests that cannot stop the shared test database under the other test classes.
 */
public final class StoppedDatabase {

    private StoppedDatabase() {
    }

    public static HikariDataSource pool() {
        HikariDataSource down = new HikariDataSource();
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(down));
            try (ServerSocket socket = new ServerSocket(0)) {
                down.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/postgres");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        down.setUsername("postgres");
        // the application's pool started while PostgreSQL was up; this one must not give up at once either
        down.setInitializationFailTimeout(-1);
        return down;
    }

    /** In the background: the pool's shutdown waits for the connection attempt under way. */
    public static void close(HikariDataSource down) {
        Thread closing = new Thread(down::close, "close-pool-of-stopped-database");
        closing.setDaemon(true);
        closing.start();
    }
}
