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

  var message = null;  // the outcome of the last edit, shown in the editor's card

  function ids(text) {
    return String(text || "").split(/[\s,;]+/).filter(Boolean);
  }

  function edit(promise, done) {
    message = { text: H.t("edit.working") };
    render(current);
    promise
      .then(function (answer) { message = done(answer); })
      .catch(function (err) { message = { text: H.t("edit.failed", { msg: err.message }), error: true }; })
      .finally(function () { render(current); });
  }

  /* Editors correct fusion here: move reports out into a new event, or merge others in. */
  function editor(ev) {
    var card = el("section", null, "card editor");
    card.setAttribute("data-testid", "editor");
    card.appendChild(el("h3", H.t("edit.title")));
    card.appendChild(el("p", H.t("edit.hint"), "meta"));
    var noteLabel = el("label", H.t("edit.note"));
    var note = el("input");
    note.id = "edit-note";
    note.maxLength = 500;
    noteLabel.setAttribute("for", "edit-note");
    card.appendChild(noteLabel);
    card.appendChild(note);

    var sources = ev.sources || [];
    if (sources.length > 1) {
      var split = el("fieldset", null, "edit-split");
      split.appendChild(el("legend", H.t("edit.split")));
      sources.forEach(function (src, i) {
        var label = el("label");
        var box = el("input");
        box.type = "checkbox";
        box.value = src.content_hash;
        box.id = "split-" + i;
        box.setAttribute("data-testid", "split-source");
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + (src.title || src.url || H.t("detail.untitled")) +
          (src.published ? " (" + src.published + ")" : "")));
        split.appendChild(label);
      });
      var splitButton = el("button", H.t("edit.split_button"));
      splitButton.type = "button";
      splitButton.setAttribute("data-testid", "split");
      splitButton.addEventListener("click", function () {
        var chosen = Array.prototype.map.call(split.querySelectorAll("input:checked"), function (b) { return b.value; });
        if (!chosen.length) { message = { text: H.t("edit.pick"), error: true }; render(current); return; }
        var body = { mentions: chosen, note: note.value.trim() || null };
        edit(H.send("POST", "/events/" + encodeURIComponent(ev.event_id) + "/split", body), function (answer) {
          current = answer.event;
          return { text: H.t("edit.split_done"), link: answer.new_event.event_id };
        });
      });
      split.appendChild(splitButton);
      card.appendChild(split);
    }

    var merge = el("fieldset", null, "edit-merge");
    merge.appendChild(el("legend", H.t("edit.merge")));
    var others = el("input");
    others.id = "merge-ids";
    others.setAttribute("aria-label", H.t("edit.merge"));
    others.setAttribute("placeholder", H.t("edit.merge_placeholder"));
    merge.appendChild(others);
    var mergeButton = el("button", H.t("edit.merge_button"));
    mergeButton.type = "button";
    mergeButton.setAttribute("data-testid", "merge");
    mergeButton.addEventListener("click", function () {
      var chosen = ids(others.value);
      if (!chosen.length) { message = { text: H.t("edit.pick_ids"), error: true }; render(current); return; }
      var body = { event_ids: [ev.event_id].concat(chosen), note: note.value.trim() || null };
      edit(H.send("POST", "/events/merge", body), function (answer) {
        current = answer;
        return { text: H.t("edit.merge_done", { ids: (answer.merged || []).join(", ") }) };
      });
    });
    merge.appendChild(mergeButton);
    card.appendChild(merge);

    if (message) {
      var out = el("p", message.text, message.error ? "error" : "meta");
      out.setAttribute("data-testid", "edit-status");
      out.setAttribute("role", "status");
      if (message.link) {
        out.appendChild(document.createTextNode(" "));
        var a = el("a", message.link);
        a.setAttribute("href", "/event/" + encodeURIComponent(message.link));
        a.setAttribute("data-testid", "new-event");
        out.appendChild(a);
      }
      card.appendChild(out);
    }
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
    [summary(ev), spread(ev.figures), evidence(ev), reports(ev), history(ev), editor(ev)].forEach(function (node) {
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
