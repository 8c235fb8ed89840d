package org.talentbridge.monitoring.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Apache ECharts chart drawn in the browser from an option object (built here as maps and lists, sent as JSON).
 * The screens put the same numbers in a table beside every chart.
 */
public class EChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();
    private String option;

    public EChart() {
        addClassName("tb-chart");
        setHeight("320px"); // ECharts draws into the element's size: it needs one before the styles load
        setMinWidth("320px");
        getStyle().set("flex", "1 1 420px");
    }

    /** A bar chart: one bar per category for each series (name → values in category order). */
    public void bars(List<String> categories, Map<String, List<? extends Number>> series, boolean stacked) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tooltip", Map.of("trigger", "axis"));
        o.put("legend", Map.of("top", 0));
        o.put("grid", Map.of("left", 40, "right", 16, "bottom", 80, "top", 32, "containLabel", true));
        o.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("rotate", 30, "interval", 0)));
        o.put("yAxis", Map.of("type", "value", "minInterval", 1));
        o.put("series", series.entrySet().stream().map(e -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", e.getKey());
            s.put("type", "bar");
            s.put("data", e.getValue());
            if (stacked) {
                s.put("stack", "all");
            }
            return s;
        }).toList());
        set(o);
    }

    /** A line chart: one line per series over the categories (days). */
    public void lines(List<String> categories, Map<String, List<? extends Number>> series) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tooltip", Map.of("trigger", "axis"));
        o.put("legend", Map.of("top", 0));
        o.put("grid", Map.of("left", 40, "right", 16, "bottom", 40, "top", 32, "containLabel", true));
        o.put("xAxis", Map.of("type", "category", "data", categories));
        o.put("yAxis", Map.of("type", "value", "minInterval", 1));
        o.put("series", series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "type", "line", "data", e.getValue()))
                .toList());
        set(o);
    }

    public String option() {
        return option;
    }

    private void set(Map<String, Object> o) {
        o.put("animation", false); // the figures at once (and the same picture in every screenshot)
        try {
            option = JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (isAttached()) {
            StaticScripts.call(this, "chart", option);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (option != null) {
            StaticScripts.call(this, "chart", option);
        }
    }
}
