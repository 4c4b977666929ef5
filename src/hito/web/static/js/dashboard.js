/* hito dashboard: map + table + evidence panel over /api/events.
 *
 * Every string that comes from event data reaches the DOM through textContent or
 * setAttribute, never innerHTML; links are only made for http(s) URLs.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 1000;
  var MAX_PAGES = 20;
  var DEFAULT_VIEW = { center: [15.6, -91.9], zoom: 7 };

  var TYPE_COLORS = {
    ASSAULT: "#d62728",
    COERCE: "#ff7f0e",
    MOBILIZE: "#8c564b",
    PROTEST: "#9467bd",
    THREATEN: "#e377c2",
    SANCTION: "#7f7f7f",
    ACCUSE: "#bcbd22",
    REQUEST: "#17becf",
    REJECT: "#393b79",
    AID: "#2ca02c",
    COOPERATE: "#1f77b4",
    AGREE: "#98df8a",
    CONSULT: "#aec7e8",
    SUPPORT: "#637939",
    CONCEDE: "#c49c94",
    RETREAT: "#dbdb8d",
    DISPLACE: "#f7b6d2"
  };
  var FIGURES = [
    ["killed", "killed"],
    ["injured", "injured"],
    ["arrested", "arrested"],
    ["personnel", "personnel"],
    ["weapons_seized", "weapons seized"],
    ["displaced", "displaced"]
  ];

  var state = { events: [], byId: {}, markers: {}, rows: {}, selected: null, total: 0 };
  var map, markerLayer;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function colorOf(type) {
    return TYPE_COLORS[type] || "#333333";
  }

  function safeHttpUrl(raw) {
    if (!raw) return null;
    try {
      var u = new URL(raw, window.location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function actorNames(list) {
    return (list || []).map(function (a) { return a.name; }).join("; ");
  }

  function keyFigures(ev) {
    var parts = [];
    FIGURES.forEach(function (f) {
      if (ev[f[0]] !== null && ev[f[0]] !== undefined) parts.push(f[1] + " " + ev[f[0]]);
    });
    (ev.drugs_seized || []).forEach(function (d) {
      var amount = d.amount !== null && d.amount !== undefined ? d.amount + (d.unit ? " " + d.unit : "") + " " : "";
      parts.push(amount + d.substance);
    });
    return parts.join(", ");
  }

  function placeLabel(ev) {
    return [ev.place, ev.admin1, ev.country].filter(Boolean).join(", ");
  }

  function hasCoords(ev) {
    return typeof ev.latitude === "number" && typeof ev.longitude === "number";
  }

  function currentType() {
    return document.getElementById("type-filter").value;
  }

  function byDateDesc(a, b) {
    if (a.date === b.date) return a.event_id < b.event_id ? -1 : 1;
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }

  function visibleEvents() {
    var t = currentType();
    return state.events.filter(function (ev) { return !t || ev.event_type === t; }).sort(byDateDesc);
  }

  /* ---------- map ---------- */

  function initMap() {
    map = L.map("map", { zoomSnap: 0.5, worldCopyJump: true, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth · Leaflet");
    map.createPane("countries");
    map.getPane("countries").style.zIndex = "350";
    map.setView(DEFAULT_VIEW.center, DEFAULT_VIEW.zoom);
    L.control.scale({ imperial: false }).addTo(map);
    markerLayer = L.layerGroup().addTo(map);

    fetch("/static/geo/countries.geojson")
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
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
      })
      .catch(function () { setStatus("Country outlines could not be loaded."); });
  }

  function addLegend(types) {
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var box = el("div", null, "legend");
      box.setAttribute("data-testid", "legend");
      box.appendChild(el("h4", "Event type"));
      types.forEach(function (t) {
        var row = el("div", null, "row");
        var sw = el("span", null, "swatch");
        sw.style.background = colorOf(t);
        row.appendChild(sw);
        row.appendChild(document.createTextNode(t));
        box.appendChild(row);
      });
      return box;
    };
    legend.addTo(map);
  }

  function renderMarkers(events) {
    markerLayer.clearLayers();
    state.markers = {};
    var bounds = [];
    events.forEach(function (ev) {
      if (!hasCoords(ev)) return;
      var m = L.circleMarker([ev.latitude, ev.longitude], {
        radius: 8,
        color: "#222",
        weight: 1,
        fillColor: colorOf(ev.event_type),
        fillOpacity: 0.85,
        className: "hito-marker"
      });
      var tip = el("span", ev.event_type + " · " + (placeLabel(ev) || "unknown place"));
      m.bindTooltip(tip, { direction: "top" });
      m.on("click", function () { selectEvent(ev.event_id, { scrollRow: true }); });
      m.addTo(markerLayer);
      var path = m.getElement();
      if (path) path.setAttribute("data-event-id", ev.event_id);
      state.markers[ev.event_id] = m;
      bounds.push([ev.latitude, ev.longitude]);
    });
    return bounds;
  }

  function fitTo(bounds) {
    // No animation: the SVG layer is CSS-scaled while a zoom animates.
    if (bounds.length === 1) map.setView(bounds[0], 9, { animate: false });
    else if (bounds.length > 1) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 9, animate: false });
  }

  /* ---------- table ---------- */

  function renderTable(events) {
    var tbody = document.querySelector("#events-table tbody");
    tbody.replaceChildren();
    state.rows = {};
    events.forEach(function (ev) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-event-id", ev.event_id);
      tr.tabIndex = 0;
      var typeCell = el("td", null, "nowrap");
      var sw = el("span", null, "swatch");
      sw.style.background = colorOf(ev.event_type);
      typeCell.appendChild(sw);
      typeCell.appendChild(document.createTextNode(ev.event_type));
      var cells = [
        el("td", ev.date || "", "nowrap"),
        typeCell,
        el("td", ev.mode || ""),
        el("td", ev.place || ""),
        el("td", ev.country || ""),
        el("td", ev.admin1 || ""),
        el("td", actorNames(ev.actors)),
        el("td", keyFigures(ev)),
        el("td", ev.factuality || ""),
        el("td", ev.cross_border ? "yes" : "no")
      ];
      cells.forEach(function (c) { tr.appendChild(c); });
      tr.addEventListener("click", function () { selectEvent(ev.event_id, { pan: true }); });
      tr.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectEvent(ev.event_id, { pan: true }); }
      });
      tbody.appendChild(tr);
      state.rows[ev.event_id] = tr;
    });
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
      panel.appendChild(el("p", "Click a marker or a table row to see the evidence and the sources.", "hint"));
      return;
    }
    panel.appendChild(el("h2", ev.event_type + (ev.mode ? " · " + ev.mode : "")));
    var when = ev.date ? ev.date + (ev.date_precision && ev.date_precision !== "day" ? " (" + ev.date_precision + ")" : "") : "date unknown";
    panel.appendChild(el("p", when + " · " + (placeLabel(ev) || "place unknown"), "meta"));

    var dl = el("dl", null, "fields");
    addField(dl, "Actors", actorNames(ev.actors));
    addField(dl, "Targets", actorNames(ev.targets));
    addField(dl, "Key figures", keyFigures(ev));
    addField(dl, "Contexts", (ev.contexts || []).join(", "));
    addField(dl, "Factuality", ev.factuality);
    addField(dl, "Cross-border", ev.cross_border ? "yes" : "no");
    if (hasCoords(ev)) addField(dl, "Coordinates", ev.latitude.toFixed(4) + ", " + ev.longitude.toFixed(4) + " (precision " + ev.geo_precision + ")");
    panel.appendChild(dl);

    panel.appendChild(el("h3", "Evidence"));
    var evidence = el("div", null, "evidence");
    evidence.setAttribute("data-testid", "evidence");
    var seen = {};
    (ev.evidence || []).forEach(function (s) {
      seen[s] = true;
      evidence.appendChild(el("blockquote", s));
    });
    (ev.mentions || []).forEach(function (m) {
      (m.evidence || []).forEach(function (s) {
        if (!seen[s]) { seen[s] = true; evidence.appendChild(el("blockquote", s)); }
      });
    });
    if (!evidence.childNodes.length) evidence.appendChild(el("p", "No evidence sentences recorded.", "hint"));
    panel.appendChild(evidence);

    panel.appendChild(el("h3", "Sources"));
    var list = el("ul", null, "sources");
    list.setAttribute("data-testid", "sources");
    (ev.mentions || []).forEach(function (m) {
      var li = el("li");
      var label = m.title || m.url || "untitled report";
      var href = safeHttpUrl(m.url);
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
    if (!list.childNodes.length) list.appendChild(el("li", "No sources recorded."));
    panel.appendChild(list);
    panel.appendChild(el("p", "Event id: " + ev.event_id, "meta"));
  }

  function selectEvent(id, opts) {
    opts = opts || {};
    var prev = state.selected;
    if (prev && state.rows[prev]) state.rows[prev].classList.remove("selected");
    if (prev && state.markers[prev]) {
      var pe = state.markers[prev].getElement();
      if (pe) pe.classList.remove("selected");
    }
    state.selected = id;
    var ev = state.byId[id];
    renderDetail(ev);
    var row = state.rows[id];
    if (row) {
      row.classList.add("selected");
      if (opts.scrollRow) row.scrollIntoView({ block: "nearest" });
    }
    var marker = state.markers[id];
    if (marker) {
      var me = marker.getElement();
      if (me) me.classList.add("selected");
      marker.bringToFront();
      if (opts.pan) map.panTo(marker.getLatLng());
    }
  }

  /* ---------- wiring ---------- */

  function setStatus(text) {
    document.getElementById("status").textContent = text;
  }

  function render() {
    var events = visibleEvents();
    renderTable(events);
    var bounds = renderMarkers(events);
    var mapped = bounds.length;
    var label = events.length + " event" + (events.length === 1 ? "" : "s") + " (" + mapped + " on the map)";
    if (state.total > state.events.length) label += " · first " + state.events.length + " of " + state.total;
    setStatus(label);
    if (state.selected && state.byId[state.selected] && events.indexOf(state.byId[state.selected]) >= 0) {
      selectEvent(state.selected);
    } else {
      state.selected = null;
      renderDetail(null);
    }
    return bounds;
  }

  function updateTypeOptions() {
    var counts = {};
    state.events.forEach(function (ev) { counts[ev.event_type] = (counts[ev.event_type] || 0) + 1; });
    var select = document.getElementById("type-filter");
    Array.prototype.forEach.call(select.options, function (opt) {
      if (!opt.value) { opt.textContent = "All types (" + state.events.length + ")"; return; }
      var n = counts[opt.value] || 0;
      opt.textContent = opt.value + " (" + n + ")";
      opt.disabled = n === 0;
    });
    return Object.keys(TYPE_COLORS).filter(function (t) { return counts[t]; });
  }

  function loadPage(offset, page) {
    return fetch("/api/events?limit=" + PAGE_SIZE + "&offset=" + offset)
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (data) {
        state.total = data.count;
        data.events.forEach(function (ev) { state.events.push(ev); state.byId[ev.event_id] = ev; });
        var next = offset + data.events.length;
        if (data.events.length && next < data.count && page + 1 < MAX_PAGES) return loadPage(next, page + 1);
        return null;
      });
  }

  function main() {
    initMap();
    document.getElementById("type-filter").addEventListener("change", function () { fitTo(render()); });
    loadPage(0, 0)
      .then(function () {
        var present = updateTypeOptions();
        addLegend(present);
        fitTo(render());
        document.body.setAttribute("data-ready", "true");
      })
      .catch(function (err) {
        setStatus("Could not load events: " + err.message);
        document.body.setAttribute("data-ready", "error");
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
  else main();
})();
