/* Shared by the dashboard and the event page: DOM helpers, colours, language, API calls.
 *
 * Every string that comes from event data reaches the DOM through textContent or
 * setAttribute, never innerHTML; links are only made for http(s) URLs.
 */
(function () {
  "use strict";

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
  var FIGURES = ["killed", "injured", "arrested", "personnel", "weapons_seized", "displaced"];
  var SVG_NS = "http://www.w3.org/2000/svg";
  var TOKEN_KEY = "hito.token";
  var LANG_KEY = "hito.lang";

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function colorOf(type) { return TYPE_COLORS[type] || "#333333"; }

  function safeHttpUrl(raw) {
    if (!raw) return null;
    try {
      var u = new URL(raw, window.location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  /* ---------- language ---------- */

  function pickLang() {
    var fromUrl = new URLSearchParams(window.location.search).get("lang");
    if (fromUrl === "en" || fromUrl === "es") return fromUrl;
    var stored = null;
    try { stored = window.localStorage.getItem(LANG_KEY); } catch (e) { /* private mode */ }
    if (stored === "en" || stored === "es") return stored;
    return (navigator.language || "en").slice(0, 2) === "es" ? "es" : "en";
  }

  var lang = pickLang();

  function t(key, vars) {
    var dict = window.HITO_I18N[lang] || window.HITO_I18N.en;
    var text = dict[key] !== undefined ? dict[key] : (window.HITO_I18N.en[key] || key);
    Object.keys(vars || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(vars[k])); });
    return text;
  }

  function applyI18n(root) {
    root = root || document;
    document.documentElement.setAttribute("lang", lang);
    root.querySelectorAll("[data-i18n]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    root.querySelectorAll("[data-i18n-placeholder]").forEach(function (node) {
      node.setAttribute("placeholder", t(node.getAttribute("data-i18n-placeholder")));
    });
    root.querySelectorAll("[data-i18n-label]").forEach(function (node) {
      node.setAttribute("aria-label", t(node.getAttribute("data-i18n-label")));
    });
  }

  function setLang(next) {
    lang = next === "es" ? "es" : "en";
    try { window.localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode */ }
    applyI18n();
  }

  function typeLabel(type) { return t("type." + type); }

  /* ---------- event text ---------- */

  function actorNames(list) {
    return (list || []).map(function (a) { return a.name; }).join("; ");
  }

  function formatNumber(n) {
    return typeof n === "number" ? n.toLocaleString(lang === "es" ? "es-MX" : "en-US") : String(n);
  }

  function keyFigures(ev) {
    var parts = [];
    FIGURES.forEach(function (f) {
      if (ev[f] !== null && ev[f] !== undefined) parts.push(t("fig." + f) + " " + formatNumber(ev[f]));
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

  /* ---------- API ---------- */

  function token() {
    try { return window.sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }

  var waitingForToken = null;

  function askForToken(refused) {
    if (waitingForToken) return waitingForToken;
    waitingForToken = new Promise(function (resolve) {
      var dialog = el("dialog", null, "token-dialog");
      dialog.setAttribute("data-testid", "token-dialog");
      var form = el("form");
      form.setAttribute("method", "dialog");
      form.appendChild(el("h2", t("auth.title")));
      if (refused) form.appendChild(el("p", t("auth.bad"), "error"));
      var label = el("label", t("auth.label"));
      var input = el("input");
      input.type = "password";
      input.autocomplete = "off";
      input.id = "token-input";
      label.setAttribute("for", "token-input");
      var button = el("button", t("auth.save"));
      button.type = "submit";
      form.appendChild(label);
      form.appendChild(input);
      form.appendChild(button);
      dialog.appendChild(form);
      document.body.appendChild(dialog);
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        try { window.sessionStorage.setItem(TOKEN_KEY, input.value.trim()); } catch (err) { /* ignore */ }
        dialog.close();
        dialog.remove();
        waitingForToken = null;
        resolve();
      });
      dialog.showModal();
    });
    return waitingForToken;
  }

  function query(params) {
    var q = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (v === null || v === undefined || v === "") return;
      q.set(k, String(v));
    });
    var s = q.toString();
    return s ? "?" + s : "";
  }

  /* GET a JSON document; on 401 asks for a token and tries again. */
  function api(path, params, refused) {
    var headers = { Accept: "application/json" };
    var tok = token();
    if (tok) headers.Authorization = "Bearer " + tok;
    return fetch(path + query(params), { headers: headers }).then(function (r) {
      if (r.status === 401) {
        // A token given while this request was out: try again with it before asking anyone.
        var current = token();
        if (current && current !== tok) return api(path, params, refused);
        return askForToken(Boolean(tok) || refused).then(function () { return api(path, params, true); });
      }
      return r.json().then(function (body) {
        if (!r.ok) {
          var err = new Error((body && body.error && body.error.message) || "HTTP " + r.status);
          err.status = r.status;
          throw err;
        }
        return body;
      });
    });
  }

  /* POST (or PATCH) a JSON body; on 401 asks for a token and tries again. Resolves with the
     answer's JSON; rejects with the API's error message (and .status). */
  function send(method, path, body, refused) {
    var headers = { Accept: "application/json", "Content-Type": "application/json" };
    var tok = token();
    if (tok) headers.Authorization = "Bearer " + tok;
    return fetch(path, { method: method, headers: headers, body: JSON.stringify(body) }).then(function (r) {
      // 403: the token reads but may not edit; ask for an editor's token instead
      if (r.status === 401 || r.status === 403) {
        var current = token();
        if (current && current !== tok) return send(method, path, body, refused);
        return askForToken(Boolean(tok) || refused).then(function () { return send(method, path, body, true); });
      }
      return r.json().then(function (answer) {
        if (!r.ok) {
          var err = new Error((answer && answer.error && answer.error.message) || "HTTP " + r.status);
          err.status = r.status;
          throw err;
        }
        return answer;
      });
    });
  }

  window.HITO = {
    TYPE_COLORS: TYPE_COLORS,
    FIGURES: FIGURES,
    el: el,
    svgEl: svgEl,
    colorOf: colorOf,
    safeHttpUrl: safeHttpUrl,
    t: t,
    lang: function () { return lang; },
    setLang: setLang,
    send: send,
    applyI18n: applyI18n,
    typeLabel: typeLabel,
    actorNames: actorNames,
    keyFigures: keyFigures,
    placeLabel: placeLabel,
    formatNumber: formatNumber,
    api: api,
    query: query
  };
})();
