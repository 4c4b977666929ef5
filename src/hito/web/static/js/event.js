/* The event page: one event with its evidence highlighted in the source reports, the
 * figures as each report gives them, and its history (merges, splits, corrections). */
(function () {
  "use strict";
  var H = window.HITO;
  var el = H.el;
  var current = null;

  function eventId() {
    var parts = window.location.pathname.split("/");
    return decodeURIComponent(parts[parts.length - 1] || "");
  }

  function field(dl, label, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", label));
    dl.appendChild(el("dd", value));
  }

  function sourceLink(title, url) {
    var href = H.safeHttpUrl(url);
    if (!href) return el("span", title);
    var a = el("a", title);
    a.setAttribute("href", href);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer");
    return a;
  }

  function summary(ev) {
    var card = el("section", null, "card");
    card.appendChild(el("h3", H.t("page.summary")));
    var dl = el("dl", null, "fields");
    field(dl, H.t("detail.actors"), H.actorNames(ev.actors));
    field(dl, H.t("detail.targets"), H.actorNames(ev.targets));
    field(dl, H.t("detail.figures"), H.keyFigures(ev));
    field(dl, H.t("detail.contexts"), (ev.contexts || []).join(", "));
    field(dl, H.t("detail.factuality"), ev.factuality);
    field(dl, H.t("detail.cross_border"), ev.cross_border ? H.t("yes") : H.t("no"));
    if (typeof ev.latitude === "number" && typeof ev.longitude === "number") {
      field(dl, H.t("detail.coordinates"), ev.latitude.toFixed(4) + ", " + ev.longitude.toFixed(4) +
        " (" + H.t("detail.precision") + " " + ev.geo_precision + ")");
    }
    field(dl, H.t("detail.id"), ev.event_id);
    card.appendChild(dl);
    return card;
  }

  function spread(figures) {
    var names = Object.keys(figures || {});
    if (!names.length) return null;
    var card = el("section", null, "card");
    card.appendChild(el("h3", H.t("page.figures_spread")));
    var table = el("table", null, "spread");
    var head = el("tr");
    ["", "low", "best", "high", "n"].forEach(function (h) { head.appendChild(el("th", h)); });
    table.appendChild(head);
    names.sort().forEach(function (name) {
      var f = figures[name];
      var tr = el("tr");
      var label = name.indexOf("drugs_seized:") === 0 ? name.slice(13).replace(":", " ") : H.t("fig." + name);
      [label, f.low, f.best, f.high, f.sources].forEach(function (v) { tr.appendChild(el("td", H.formatNumber(v))); });
      table.appendChild(tr);
    });
    card.appendChild(table);
    return card;
  }

  function evidence(ev) {
    var card = el("section", null, "card");
    card.appendChild(el("h3", H.t("detail.evidence")));
    var box = el("div", null, "evidence");
    box.setAttribute("data-testid", "evidence");
    (ev.evidence || []).forEach(function (s) { box.appendChild(el("blockquote", s)); });
    if (!box.childNodes.length) box.appendChild(el("p", H.t("detail.no_evidence"), "hint"));
    card.appendChild(box);
    return card;
  }

  function reports(ev) {
    var card = el("section", null, "card");
    card.setAttribute("data-testid", "sources");
    card.appendChild(el("h3", H.t("page.reports")));
    card.appendChild(el("p", H.t("page.evidence_note"), "meta"));
    (ev.sources || []).forEach(function (src) {
      var block = el("div", null, "report");
      var h = el("h4");
      h.appendChild(sourceLink(src.title || src.url || H.t("detail.untitled"), src.url));
      block.appendChild(h);
      var meta = [];
      if (src.published) meta.push(H.t("page.published") + " " + src.published);
      if (src.language) meta.push(H.t("page.report_lang") + " " + src.language);
      if (meta.length) block.appendChild(el("p", meta.join(" · "), "meta"));
      var text = el("div", null, "report-text");
      (src.sentences || []).forEach(function (s) {
        var p = el("p", null, s.stance === "opinion" ? "opinion" : "");
        if (s.evidence) {
          var mark = el("mark", s.text);
          mark.setAttribute("data-testid", "highlight");
          p.appendChild(mark);
        } else {
          p.textContent = s.text;
        }
        text.appendChild(p);
      });
      block.appendChild(text);
      card.appendChild(block);
    });
    if (!(ev.sources || []).length) card.appendChild(el("p", H.t("detail.no_sources"), "hint"));
    return card;
  }

  function history(ev) {
    var card = el("section", null, "card");
    card.appendChild(el("h3", H.t("page.history")));
    var list = el("ul", null, "history");
    list.setAttribute("data-testid", "history");
    (ev.history || []).forEach(function (h) {
      var text = h.at + " · " + h.action + " · " + H.t("page.by") + " " + h.by;
      (h.changes || []).forEach(function (c) {
        text += " · " + c.field + ": " + JSON.stringify(c.old) + " → " + JSON.stringify(c.new);
      });
      if (h.others && h.others.length) text += " · " + h.others.join(", ");
      if (h.note) text += " · " + h.note;
      list.appendChild(el("li", text));
    });
    if (!list.childNodes.length) list.appendChild(el("li", H.t("page.no_history"), "hint"));
    card.appendChild(list);
    return card;
  }

  function render(ev) {
    var root = document.getElementById("event");
    root.replaceChildren();
    if (!ev) {
      root.appendChild(el("p", H.t("page.not_found"), "hint"));
      return;
    }
    document.title = "hito · " + ev.event_type + " · " + (ev.place || ev.event_id);
    root.appendChild(el("h2", ev.event_type + (ev.mode ? " · " + ev.mode : "") + " — " + H.typeLabel(ev.event_type)));
    var when = ev.date
      ? ev.date + (ev.date_precision && ev.date_precision !== "day" ? " (" + ev.date_precision + ")" : "")
      : H.t("detail.date_unknown");
    root.appendChild(el("p", when + " · " + (H.placeLabel(ev) || H.t("detail.place_unknown")), "meta"));
    [summary(ev), spread(ev.figures), evidence(ev), reports(ev), history(ev)].forEach(function (node) {
      if (node) root.appendChild(node);
    });
  }

  function main() {
    H.applyI18n();
    var back = null;
    try { back = window.sessionStorage.getItem("hito.dashboard"); } catch (e) { /* ignore */ }
    if (back && back.charAt(0) === "/" && back.charAt(1) !== "/") document.getElementById("back").setAttribute("href", back);
    document.getElementById("lang-toggle").addEventListener("click", function () {
      H.setLang(H.lang() === "en" ? "es" : "en");
      var params = new URLSearchParams(window.location.search);
      params.set("lang", H.lang());
      window.history.replaceState(null, "", window.location.pathname + "?" + params.toString());
      render(current);
    });
    H.api("/events/" + encodeURIComponent(eventId()))
      .then(function (ev) { current = ev; render(ev); document.getElementById("status").textContent = ""; })
      .catch(function (err) {
        render(null);
        document.getElementById("status").textContent = err.status === 404 ? "" : H.t("status.error", { msg: err.message });
      })
      .finally(function () { document.body.setAttribute("data-ready", "true"); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
  else main();
})();
