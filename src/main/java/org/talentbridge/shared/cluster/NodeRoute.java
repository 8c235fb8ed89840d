package org.talentbridge.shared.cluster;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Pattern;

/**
 * Sticky sessions for the Vaadin UI behind a reverse proxy: with {@code app.cluster.node-route} set (say {@code node1}),
 * Tomcat ends every session id with {@code .node1} (its jvmRoute), so that the proxy sends a browser back to the node
 * that holds its UI state (src/deploy/nginx/talent-bridge.conf reads the route from the JSESSIONID cookie). Unset: no
 * route, as on a single node. The REST API keeps no session and may go to any node.
 */
@Component
@EnableConfigurationProperties(NodeRoute.ClusterProperties.class)
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ClusterProperties properties;

    NodeRoute(ClusterProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String route = properties.nodeRoute();
        if (route != null && !route.isBlank()) {
            // the engine is the context's grandparent once the context is attached, before its session manager starts
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    ((Engine) context.getParent().getParent()).setJvmRoute(route);
                }
            }));
        }
    }

    /** @param nodeRoute this node's name in session ids (letters and digits), unset on a single node */
    @Validated
    @ConfigurationProperties("app.cluster")
    record ClusterProperties(@Pattern(regexp = "[a-z0-9]{0,16}") String nodeRoute) {
    }
}
