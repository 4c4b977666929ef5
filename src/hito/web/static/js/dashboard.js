/* hito dashboard: clustered map, weekly timeline, filter panel, table and evidence panel.
 *
 * The server does the heavy work: /clusters gathers the matching events into a grid for the
 * map's zoom, /events gives the table one keyset page at a time, /stats the timeline. The
 * filters live in the URL, so a view can be bookmarked or shared.
 */
(function () {
  "use strict";
  var H = window.HITO;
  var el = H.el;

  var FILTERS = ["type", "country", "admin1", "date_from", "date_to", "factuality", "cross_border",
    "sector", "actor", "killed_min", "q"];
  var TEXT_FILTERS = { admin1: true, actor: true, q: true, killed_min: true };
  var PAGE = 100;
  var MAX_ZOOM = 16;
  var DEFAULT_VIEW = { center: [15.6, -91.9], zoom: 7 };

  var state = {
    filters: {},
    selected: null,
    cursor: null,
    rows: {},
    markers: {},
    tableEvents: [],
    total: null,
    inView: null,
    stats: null,
    typeCounts: null,
    detail: null,
    gen: 0,
    pending: 0,
    moving: false
  };
  var map, clusterLayer, legendControl, timeline;

  /* ---------- URL and form ---------- */

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (k) {
      var v = params.get(k);
      if (v) state.filters[k] = v;
    });
    state.selected = params.get("event");
  }

  function writeUrl() {
    var params = new URLSearchParams();
    FILTERS.forEach(function (k) { if (state.filters[k]) params.set(k, state.filters[k]); });
    params.set("lang", H.lang());
    if (state.selected) params.set("event", state.selected);
    var url = window.location.pathname + "?" + params.toString();
    window.history.replaceState(null, "", url);
    try { window.sessionStorage.setItem("hito.dashboard", url); } catch (e) { /* ignore */ }
  }

  function form() { return document.getElementById("filters"); }

  function fillForm() {
    FILTERS.forEach(function (k) {
      var input = form().elements.namedItem(k);
      if (input) input.value = state.filters[k] || "";
    });
  }

  function readForm() {
    var next = {};
    FILTERS.forEach(function (k) {
      var input = form().elements.namedItem(k);
      var v = input ? String(input.value).trim() : "";
      if (v) next[k] = v;
    });
    return next;
  }

  function params(extra, without) {
    var out = {};
    Object.keys(state.filters).forEach(function (k) {
      if (!without || without.indexOf(k) < 0) out[k] = state.filters[k];
    });
    Object.keys(extra || {}).forEach(function (k) { out[k] = extra[k]; });
    return out;
  }

  /* ---------- busy / status ---------- */

  function begin() {
    state.pending += 1;
    document.body.setAttribute("data-busy", "true");
  }

  function end() {
    state.pending = Math.max(0, state.pending - 1);
    if (!state.pending) document.body.setAttribute("data-busy", "false");
  }

  function setStatus(text) { document.getElementById("status").textContent = text; }

  function showStatus() {
    if (state.total === null) return;
    var parts = [state.total === 1 ? H.t("status.one_event") : H.t("status.events", { n: H.formatNumber(state.total) })];
    if (state.inView !== null) parts.push(H.t("status.mapped", { n: H.formatNumber(state.inView) }));
    parts.push(H.t("status.shown", { n: H.formatNumber(state.tableEvents.length) }));
    setStatus(parts.join(" · "));
  }

  function fail(err) {
    setStatus(H.t("status.error", { msg: err.message }));
    if (document.body.getAttribute("data-ready") !== "true") document.body.setAttribute("data-ready", "error");
  }

  /* ---------- map ---------- */

  function initMap() {
    map = L.map("map", { zoomSnap: 0.5, worldCopyJump: true, maxZoom: MAX_ZOOM });
    map.attributionControl.setPrefix(false);
    state.attribution = H.t("map.attribution");
    map.attributionControl.addAttribution(state.attribution);
    map.createPane("countries");
    map.getPane("countries").style.zIndex = "350";
    map.setView(DEFAULT_VIEW.center, DEFAULT_VIEW.zoom);
    L.control.scale({ imperial: false }).addTo(map);
    clusterLayer = L.layerGroup().addTo(map);
    map.on("moveend", function () {
      if (state.moving) return;
      // busy from now, so a test (or a user) never sees the old clusters as the final state
      if (!state.moveTimer) begin();
      window.clearTimeout(state.moveTimer);
      state.moveTimer = window.setTimeout(function () {
        state.moveTimer = null;
        loadClusters(false).catch(fail).finally(end);
      }, 120);
    });
  }

  function fetchJson(url) {
    return fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }

  function loadOutlines() {
    // both files at once; the lines are added after the countries so they draw on top
    var lines = fetchJson("/static/geo/admin1-lines.geojson");
    lines.catch(function () {});  // reported below, once
    return fetchJson("/static/geo/countries.geojson")
      .then(function (geo) {
        L.geoJSON(geo, {
          pane: "countries",
          interactive: false,
          style: function (f) {
            var region = f.properties && f.properties.region;
            return {
              color: region ? "#5b6470" : "#9aa1ab",
              weight: region ? 1.2 : 0.6,
              fillColor: region ? "#fbf8ef" : "#eeece6",
              fillOpacity: 1,
              className: "hito-country"
            };
          }
        }).addTo(map);
        return lines;
      })
      .then(function (geo) {
        // State and department lines of the region, over the country fills, under events.
        L.geoJSON(geo, {
          pane: "countries",
          interactive: false,
          style: function () {
            return { color: "#8a919b", weight: 0.7, dashArray: "3 3", className: "hito-admin1" };
          }
        }).addTo(map);
      })
      .catch(function () { setStatus(H.t("status.outlines")); });
  }

  function viewBox() {
    var b = map.getBounds().pad(0.25);
    var w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
    if (e - w >= 359) { w = -180; e = 180; }
    var s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
    return [w, s, e, n].map(function (x) { return x.toFixed(5); }).join(",");
  }

  /* fit: the server picks the view that shows every matching event and clusters for it, in
     one call; otherwise the clusters of the current view. */
  function loadClusters(fit) {
    var gen = state.gen;
    begin();
    var size = map.getSize();
    var extra = fit
      ? { zoom: map.getZoom(), fit_width: Math.round(size.x), fit_height: Math.round(size.y) }
      : { zoom: map.getZoom(), bbox: viewBox() };
    return H.api("/clusters", params(extra))
      .then(function (body) {
        if (gen !== state.gen) return;
        if (fit && body.center) {
          state.moving = true;
          map.setView(body.center, body.zoom, { animate: false });
          state.moving = false;
        }
        state.inView = body.count;
        renderClusters(body.clusters);
        showStatus();
      })
      .finally(end);
  }

  function clusterIcon(c) {
    var size = Math.round(26 + Math.min(26, 6 * Math.log10(c.count)));
    var box = el("div", null, "hito-cluster");
    box.setAttribute("data-count", String(c.count));
    var types = Object.keys(c.types).sort(function (a, b) { return c.types[b] - c.types[a]; });
    var stops = [], at = 0;
    types.forEach(function (t) {
      var share = (100 * c.types[t]) / c.count;
      stops.push(H.colorOf(t) + " " + at.toFixed(2) + "% " + (at + share).toFixed(2) + "%");
      at += share;
    });
    box.style.background = "conic-gradient(" + stops.join(", ") + ")";
    box.style.width = box.style.height = size + "px";
    box.appendChild(el("span", c.count > 9999 ? Math.round(c.count / 1000) + "k" : String(c.count)));
    return L.divIcon({ html: box, className: "hito-cluster-icon", iconSize: [size, size] });
  }

  function clusterTip(c) {
    return Object.keys(c.types)
      .sort(function (a, b) { return c.types[b] - c.types[a]; })
      .map(function (t) { return t + ": " + H.formatNumber(c.types[t]); })
      .join(" · ");
  }

  function renderClusters(clusters) {
    clusterLayer.clearLayers();
    state.markers = {};
    clusters.forEach(function (c) {
      if (c.count === 1 && c.event_id) {
        var type = Object.keys(c.types)[0];
        var m = L.circleMarker([c.latitude, c.longitude], {
          radius: 8, color: "#222", weight: 1, fillColor: H.colorOf(type), fillOpacity: 0.85,
          className: "hito-marker"
        });
        m.bindTooltip(el("span", type + " · " + (c.date || H.t("detail.date_unknown"))), { direction: "top" });
        m.on("click", function () { selectEvent(c.event_id, { scrollRow: true }); });
        m.addTo(clusterLayer);
        var path = m.getElement();
        if (path) {
          path.setAttribute("data-event-id", c.event_id);
          path.setAttribute("data-type", type);
          if (c.event_id === state.selected) path.classList.add("selected");
        }
        state.markers[c.event_id] = m;
        return;
      }
      var marker = L.marker([c.latitude, c.longitude], { icon: clusterIcon(c), keyboard: true });
      marker.bindTooltip(el("span", clusterTip(c)), { direction: "top" });
      marker.on("click", function () { openCluster(c); });
      marker.addTo(clusterLayer);
    });
  }

  function openCluster(c) {
    var b = c.bbox;
    var tiny = b[2] - b[0] < 1e-4 && b[3] - b[1] < 1e-4;
    if (!tiny && map.getZoom() < MAX_ZOOM - 1) {
      map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [30, 30], maxZoom: MAX_ZOOM, animate: false });
      return;
    }
    var pad = 1e-4;
    var box = [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad].map(function (x) { return x.toFixed(5); }).join(",");
    begin();
    H.api("/events", params({ bbox: box, limit: 50, count: "false" }))
      .then(function (body) { renderClusterList(body.events, c.count); })
      .catch(fail)
      .finally(end);
  }

  function renderClusterList(events, count) {
    state.detail = null;
    var panel = document.getElementById("detail");
    panel.replaceChildren();
    panel.appendChild(el("h2", H.t("detail.cluster") + " (" + H.formatNumber(count) + ")"));
    var list = el("ul", null, "cluster-list");
    list.setAttribute("data-testid", "cluster-list");
    events.forEach(function (ev) {
      var li = el("li");
      var b = el("button", (ev.date || "—") + " · " + ev.event_type + " · " + (H.placeLabel(ev) || ""), "linkish");
      b.type = "button";
      b.addEventListener("click", function () { selectEvent(ev.event_id, {}); });
      li.appendChild(b);
      list.appendChild(li);
    });
    panel.appendChild(list);
    if (count > events.length) panel.appendChild(el("p", H.t("detail.cluster_more", { n: events.length }), "hint"));
  }

  function renderLegend() {
    if (legendControl) legendControl.remove();
    var counts = (state.stats && state.stats.by_type) || {};
    var present = Object.keys(H.TYPE_COLORS).filter(function (t) { return counts[t]; });
    legendControl = L.control({ position: "bottomright" });
    legendControl.onAdd = function () {
      var box = el("div", null, "legend");
      box.setAttribute("data-testid", "legend");
      box.appendChild(el("h4", H.t("legend")));
      present.forEach(function (t) {
        var row = el("div", null, "row");
        var sw = el("span", null, "swatch");
        sw.style.background = H.colorOf(t);
        row.appendChild(sw);
        row.appendChild(document.createTextNode(t + (H.lang() === "en" ? "" : " · " + H.typeLabel(t))));
        box.appendChild(row);
      });
      return box;
    };
    legendControl.addTo(map);
  }

  /* ---------- timeline and type counts ---------- */

  function loadTimeline() {
    var gen = state.gen;
    begin();
    var without = ["date_from", "date_to"];
    var calls = [H.api("/stats", params({ interval: "week", by: "event_type" }, without))];
    if (state.filters.type) calls.push(H.api("/stats", params({ interval: "week" }, without.concat(["type"]))));
    return Promise.all(calls)
      .then(function (res) {
        if (gen !== state.gen) return;
        state.stats = res[0];
        state.typeCounts = (res[1] || res[0]).by_type;
        renderLegend();
        renderTypeOptions();
        renderAdmin1Options();
        return renderTimeline();
      })
      .finally(end);
  }

  function renderTimeline() {
    return timeline.render(state.stats ? state.stats.series : [], [state.filters.date_from || null, state.filters.date_to || null]);
  }

  function renderTypeOptions() {
    var counts = state.typeCounts || {};
    var total = 0;
    Object.keys(counts).forEach(function (k) { total += counts[k]; });
    var select = document.getElementById("type-filter");
    Array.prototype.forEach.call(select.options, function (opt) {
      if (!opt.value) { opt.textContent = H.t("filter.type.all") + " (" + H.formatNumber(total) + ")"; return; }
      var n = counts[opt.value] || 0;
      opt.textContent = opt.value + (H.lang() === "en" ? "" : " · " + H.typeLabel(opt.value)) + " (" + H.formatNumber(n) + ")";
      opt.disabled = n === 0 && opt.value !== state.filters.type;
    });
  }

  function renderAdmin1Options() {
    var list = document.getElementById("admin1-list");
    list.replaceChildren();
    Object.keys((state.stats && state.stats.by_admin1) || {}).forEach(function (name) {
      if (!name) return;
      var opt = el("option");
      opt.value = name;
      list.appendChild(opt);
    });
  }

  /* ---------- table ---------- */

  function loadTable(append) {
    var gen = state.gen;
    begin();
    var extra = { limit: PAGE };
    if (append && state.cursor) extra.cursor = state.cursor;
    if (append) extra.count = "false";
    return H.api("/events", params(extra))
      .then(function (body) {
        if (gen !== state.gen) return;
        if (!append) {
          state.tableEvents = [];
          state.total = body.count;
        }
        state.cursor = body.next;
        state.tableEvents = state.tableEvents.concat(body.events);
        renderTable(append ? body.events : state.tableEvents, append);
        showStatus();
      })
      .finally(end);
  }

  function renderTable(events, append) {
    var tbody = document.querySelector("#events-table tbody");
    if (!append) {
      tbody.replaceChildren();
      state.rows = {};
    }
    events.forEach(function (ev) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-event-id", ev.event_id);
      tr.tabIndex = 0;
      var typeCell = el("td", null, "nowrap");
      var sw = el("span", null, "swatch");
      sw.style.background = H.colorOf(ev.event_type);
      typeCell.appendChild(sw);
      typeCell.appendChild(document.createTextNode(ev.event_type));
      typeCell.title = H.typeLabel(ev.event_type);
      [
        el("td", ev.date || "", "nowrap"),
        typeCell,
        el("td", ev.mode || ""),
        el("td", ev.place || ""),
        el("td", ev.country || ""),
        el("td", ev.admin1 || ""),
        el("td", H.actorNames(ev.actors)),
        el("td", H.keyFigures(ev)),
        el("td", ev.factuality || ""),
        el("td", ev.cross_border ? H.t("yes") : H.t("no"))
      ].forEach(function (c) { tr.appendChild(c); });
      if (ev.event_id === state.selected) tr.classList.add("selected");
      tr.addEventListener("click", function () { selectEvent(ev.event_id, { pan: true }); });
      tr.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectEvent(ev.event_id, { pan: true }); }
      });
      tbody.appendChild(tr);
      state.rows[ev.event_id] = tr;
    });
    document.getElementById("more").hidden = !state.cursor;
    document.getElementById("table-empty").hidden = state.tableEvents.length > 0;
  }

  /* ---------- detail panel ---------- */

  function addField(dl, label, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", label));
    dl.appendChild(el("dd", value));
  }

  function renderDetail(ev) {
    var panel = document.getElementById("detail");
    panel.replaceChildren();
    if (!ev) {
      panel.appendChild(el("p", H.t("detail.hint"), "hint"));
      return;
    }
    panel.appendChild(el("h2", ev.event_type + (ev.mode ? " · " + ev.mode : "")));
    var when = ev.date
      ? ev.date + (ev.date_precision && ev.date_precision !== "day" ? " (" + ev.date_precision + ")" : "")
      : H.t("detail.date_unknown");
    panel.appendChild(el("p", when + " · " + (H.placeLabel(ev) || H.t("detail.place_unknown")), "meta"));

    var dl = el("dl", null, "fields");
    addField(dl, H.t("detail.actors"), H.actorNames(ev.actors));
    addField(dl, H.t("detail.targets"), H.actorNames(ev.targets));
    addField(dl, H.t("detail.figures"), H.keyFigures(ev));
    addField(dl, H.t("detail.contexts"), (ev.contexts || []).join(", "));
    addField(dl, H.t("detail.factuality"), ev.factuality);
    addField(dl, H.t("detail.cross_border"), ev.cross_border ? H.t("yes") : H.t("no"));
    if (typeof ev.latitude === "number" && typeof ev.longitude === "number") {
      addField(dl, H.t("detail.coordinates"), ev.latitude.toFixed(4) + ", " + ev.longitude.toFixed(4) +
        " (" + H.t("detail.precision") + " " + ev.geo_precision + ")");
    }
    panel.appendChild(dl);

    panel.appendChild(el("h3", H.t("detail.evidence")));
    var evidence = el("div", null, "evidence");
    evidence.setAttribute("data-testid", "evidence");
    var seen = {};
    (ev.evidence || []).forEach(function (s) { seen[s] = true; evidence.appendChild(el("blockquote", s)); });
    (ev.mentions || []).forEach(function (m) {
      (m.evidence || []).forEach(function (s) {
        if (!seen[s]) { seen[s] = true; evidence.appendChild(el("blockquote", s)); }
      });
    });
    if (!evidence.childNodes.length) evidence.appendChild(el("p", H.t("detail.no_evidence"), "hint"));
    panel.appendChild(evidence);

    panel.appendChild(el("h3", H.t("detail.sources")));
    var list = el("ul", null, "sources");
    list.setAttribute("data-testid", "sources");
    (ev.mentions || []).forEach(function (m) {
      var li = el("li");
      var label = m.title || m.url || H.t("detail.untitled");
      var href = H.safeHttpUrl(m.url);
      if (href) {
        var a = el("a", label);
        a.setAttribute("href", href);
        a.setAttribute("target", "_blank");
        a.setAttribute("rel", "noopener noreferrer");
        li.appendChild(a);
      } else {
        li.appendChild(el("span", label));
      }
      if (m.published) li.appendChild(document.createTextNode(" (" + m.published + ")"));
      list.appendChild(li);
    });
    if (!list.childNodes.length) list.appendChild(el("li", H.t("detail.no_sources")));
    panel.appendChild(list);
    var open = el("a", H.t("detail.open"), "open-page");
    open.setAttribute("href", "/event/" + encodeURIComponent(ev.event_id) + "?lang=" + H.lang());
    open.setAttribute("data-testid", "open-event-page");
    panel.appendChild(open);
    panel.appendChild(el("p", H.t("detail.id") + ": " + ev.event_id, "meta"));
  }

  function markSelected(id) {
    Object.keys(state.rows).forEach(function (k) { state.rows[k].classList.toggle("selected", k === id); });
    Object.keys(state.markers).forEach(function (k) {
      var node = state.markers[k].getElement();
      if (node) node.classList.toggle("selected", k === id);
    });
  }

  function selectEvent(id, opts) {
    opts = opts || {};
    state.selected = id;
    markSelected(id);
    writeUrl();
    var row = state.rows[id];
    if (row && opts.scrollRow) row.scrollIntoView({ block: "nearest" });
    var marker = state.markers[id];
    if (marker) {
      marker.bringToFront();
      if (opts.pan) { state.moving = true; map.panTo(marker.getLatLng(), { animate: false }); state.moving = false; }
    }
    begin();
    return H.api("/events/" + encodeURIComponent(id))
      .then(function (ev) {
        if (state.selected !== id) return;
        state.detail = ev;
        renderDetail(ev);
      })
      .catch(function (err) {
        if (err.status === 404) { state.selected = null; writeUrl(); renderDetail(null); return; }
        fail(err);
      })
      .finally(end);
  }

  /* ---------- wiring ---------- */

  function refresh(opts) {
    state.gen += 1;
    state.cursor = null;
    writeUrl();
    var calls = [loadClusters(opts.fit), loadTable(false)];
    if (opts.timeline) calls.push(loadTimeline());
    else timeline.setRange([state.filters.date_from || null, state.filters.date_to || null]);
    return Promise.all(calls).catch(fail);
  }

  function onFormChange(e) {
    var name = e && e.target && e.target.name;
    var before = state.filters;
    state.filters = readForm();
    var datesOnly = FILTERS.every(function (k) {
      return k === "date_from" || k === "date_to" || (before[k] || "") === (state.filters[k] || "");
    });
    refresh({ fit: !datesOnly, timeline: !datesOnly || name === undefined });
  }

  function wireForm() {
    var f = form();
    var timer = null;
    function cancelTyping() {
      if (!timer) return;
      window.clearTimeout(timer);
      timer = null;
      end();
    }
    f.addEventListener("change", function (e) {
      cancelTyping();
      onFormChange(e);
    });
    f.addEventListener("input", function (e) {
      if (!e.target || !TEXT_FILTERS[e.target.name]) return;
      if (timer) window.clearTimeout(timer);
      else begin();
      timer = window.setTimeout(function () { timer = null; end(); onFormChange(e); }, 350);
    });
    f.addEventListener("submit", function (e) { e.preventDefault(); onFormChange(e); });
    f.addEventListener("reset", function () {
      window.setTimeout(function () { state.filters = {}; fillForm(); refresh({ fit: true, timeline: true }); }, 0);
    });
    document.getElementById("more").addEventListener("click", function () { loadTable(true).catch(fail); });
    document.getElementById("timeline-clear").addEventListener("click", function () { onBrush(null, null); });
    document.getElementById("lang-toggle").addEventListener("click", function () {
      H.setLang(H.lang() === "en" ? "es" : "en");
      map.attributionControl.removeAttribution(state.attribution);
      state.attribution = H.t("map.attribution");
      map.attributionControl.addAttribution(state.attribution);
      writeUrl();
      renderTable(state.tableEvents, false);
      renderTimeline();
      renderLegend();
      renderTypeOptions();
      if (state.detail) renderDetail(state.detail);
      showStatus();
    });
  }

  function onBrush(from, to) {
    if (from) state.filters.date_from = from; else delete state.filters.date_from;
    if (to) state.filters.date_to = to; else delete state.filters.date_to;
    fillForm();
    refresh({ fit: false, timeline: false });
  }

  function main() {
    H.applyI18n();
    readUrl();
    fillForm();
    initMap();
    timeline = new H.Timeline(document.getElementById("timeline"), { onBrush: onBrush });
    wireForm();
    writeUrl();
    state.gen += 1;
    var selected = state.selected;
    var first = Promise.all([loadOutlines(), loadClusters(true), loadTable(false), loadTimeline()]);
    // the timeline's library, parsed while the server answers (a failure shows via `first`)
    H.loadD3().catch(function () {});
    first
      .then(function () { return selected ? selectEvent(selected, {}) : null; })
      .then(function () {
        document.body.setAttribute("data-ready", "true");
        if (window.performance && performance.mark) performance.mark("hito-ready");
      })
      .catch(fail);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
  else main();
})();
