package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;

/**
 * A process diagram drawn by bpmn-js (the navigated viewer: pan and zoom) in the browser: the activities the instance
 * passed in green, where it waits now in orange. The element carries {@code data-current} (the ids highlighted as
 * current) once drawn.
 */
@org.springframework.modulith.NamedInterface("bpmn-diagram") // a screen part other modules' screens use: declared API
public class BpmnDiagram extends Div {

    private String xml;
    private List<String> passed = List.of();
    private List<String> current = List.of();

    public BpmnDiagram() {
        addClassName("tb-bpmn");
        setWidthFull();
        setHeight("420px"); // bpmn-js fits the diagram into the container's size: it needs one before the styles load
    }

    /** Draws the model with the activities passed and the current ones marked. */
    public void show(String bpmnXml, Set<String> passedIds, Set<String> currentIds) {
        this.xml = bpmnXml;
        this.passed = List.copyOf(passedIds);
        this.current = List.copyOf(currentIds);
        if (isAttached()) {
            draw();
        }
    }

    public List<String> current() {
        return current;
    }

    public List<String> passed() {
        return passed;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (xml != null) {
            draw();
        }
    }

    private void draw() {
        StaticScripts.call(this, "diagram", xml, String.join(" ", passed), String.join(" ", current));
    }
}
