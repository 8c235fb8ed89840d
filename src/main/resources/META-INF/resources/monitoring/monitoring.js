// Loads a browser library once (a plain <script>, not Vaadin's bundler) and renders the monitoring screens' parts.
window.talentBridgeMonitoring = window.talentBridgeMonitoring || (function () {
  const loading = {};
  function load(src, ready) {
    if (ready()) { return Promise.resolve(); }
    if (!loading[src]) {
      loading[src] = new Promise(function (resolve, reject) {
        const s = document.createElement('script');
        s.src = src;
        s.onload = function () { resolve(); };
        s.onerror = function () { delete loading[src]; reject(new Error('cannot load ' + src)); };
        document.head.appendChild(s);
      });
    }
    return loading[src];
  }
  function css(href) {
    if (!document.querySelector('link[href="' + href + '"]')) {
      const l = document.createElement('link');
      l.rel = 'stylesheet';
      l.href = href;
      document.head.appendChild(l);
    }
  }
  return {
    diagram: function (el, base, xml, passedIds, currentIds) {
      const passed = passedIds.split(' ').filter(Boolean);
      const current = currentIds.split(' ').filter(Boolean);
      css(base + 'bpmn-js/diagram-js.css');
      css(base + 'bpmn-js/bpmn-js.css');
      css(base + 'monitoring.css');
      return load(base + 'bpmn-js/bpmn-navigated-viewer.production.min.js', function () { return !!window.BpmnJS; })
        .then(function () {
          if (el.tbViewer) { el.tbViewer.destroy(); }
          const viewer = new window.BpmnJS({ container: el });
          el.tbViewer = viewer;
          return viewer.importXML(xml).then(function () {
            const canvas = viewer.get('canvas');
            const registry = viewer.get('elementRegistry');
            canvas.zoom('fit-viewport');
            passed.forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'tb-passed'); } });
            current.forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'tb-current'); } });
            el.setAttribute('data-current', current.join(' '));
            el.setAttribute('data-rendered', 'true');
          });
        })
        .catch(function (e) { el.setAttribute('data-error', String(e)); });
    },
    chart: function (el, base, option) {
      css(base + 'monitoring.css');
      return load(base.replace(/monitoring\/$/, '') + 'webjars/echarts/5.3.1/dist/echarts.min.js', function () { return !!window.echarts; })
        .then(function () {
          const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
          chart.setOption(JSON.parse(option), true);
          el.setAttribute('data-rendered', 'true');
          if (!el.tbResize) { el.tbResize = true; window.addEventListener('resize', function () { chart.resize(); }); }
        })
        .catch(function (e) { el.setAttribute('data-error', String(e)); });
    }
  };
})();
