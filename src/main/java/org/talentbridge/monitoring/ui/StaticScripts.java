package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.Component;

/**
 * Runs one of {@code monitoring/monitoring.js}'s functions on a component's element, loading that file first (a plain
 * script from {@code META-INF/resources}, not through Vaadin's bundler; it loads bpmn-js or ECharts itself).
 */
final class StaticScripts {

    /** The folder of the static files, relative to the application's root (Vaadin's base href). */
    static final String BASE = "monitoring/";

    private StaticScripts() {
    }

    /** Calls {@code window.talentBridgeMonitoring.<function>(element, base, ...arguments)}; the arguments are strings. */
    static void call(Component component, String function, String... arguments) {
        StringBuilder args = new StringBuilder("el, $0");
        java.io.Serializable[] parameters = new java.io.Serializable[arguments.length + 1];
        parameters[0] = BASE;
        for (int i = 0; i < arguments.length; i++) {
            args.append(", $").append(i + 1);
            parameters[i + 1] = arguments[i];
        }
        String js = "const el = this; const go = () => window.talentBridgeMonitoring." + function + "(" + args + ");"
                + " if (window.talentBridgeMonitoring) { go(); } else {"
                + " const s = document.createElement('script'); s.src = $0 + 'monitoring.js'; s.onload = go;"
                + " document.head.appendChild(s); }";
        component.getElement().executeJs(js, parameters);
    }
}
