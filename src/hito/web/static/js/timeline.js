/* Weekly timeline of events, stacked by type, drawn in SVG; drag across it to pick a range
 * of weeks ("brush"), click to clear. Weeks start on Monday, as /stats?interval=week gives them.
 */
(function () {
  "use strict";
  var H = window.HITO;
  var DAY = 86400000;
  var MARGIN = { left: 36, right: 8, top: 8, bottom: 20 };
  var HEIGHT = 130;

  function parseDay(s) { return new Date(s + "T00:00:00Z"); }
  function isoDay(d) { return d.toISOString().slice(0, 10); }

  function weeksBetween(first, last) {
    var out = [];
    for (var d = parseDay(first); d <= parseDay(last); d = new Date(d.getTime() + 7 * DAY)) out.push(isoDay(d));
    return out;
  }

  function Timeline(container, options) {
    this.container = container;
    this.onBrush = options.onBrush;
    this.series = [];
    this.range = null;
    this.drag = null;
    var self = this;
    window.addEventListener("resize", function () { self.draw(); });
  }

  /* series: [{period, counts: {TYPE: n}}]; range: [from, to] ISO days, or null */
  Timeline.prototype.render = function (series, range) {
    this.series = series || [];
    this.range = range;
    this.draw();
  };

  Timeline.prototype.setRange = function (range) {
    this.range = range;
    this.drawBrush();
  };

  Timeline.prototype.draw = function () {
    var box = this.container;
    box.replaceChildren();
    if (!this.series.length) {
      box.appendChild(H.el("p", H.t("timeline.none"), "hint"));
      this.svg = null;
      return;
    }
    var byWeek = {};
    var types = {};
    this.series.forEach(function (s) {
      byWeek[s.period] = s.counts;
      Object.keys(s.counts).forEach(function (k) { types[k] = true; });
    });
    var weeks = weeksBetween(this.series[0].period, this.series[this.series.length - 1].period);
    var order = Object.keys(H.TYPE_COLORS).filter(function (k) { return types[k]; });
    var width = Math.max(200, box.clientWidth || 600);
    var plotW = width - MARGIN.left - MARGIN.right;
    var plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
    var bw = plotW / weeks.length;
    var max = 1;
    weeks.forEach(function (w) {
      var c = byWeek[w] || {};
      var total = 0;
      Object.keys(c).forEach(function (k) { total += c[k]; });
      if (total > max) max = total;
    });

    var svg = H.svgEl("svg", { width: width, height: HEIGHT, "class": "timeline-svg", role: "img" });
    svg.setAttribute("aria-label", H.t("timeline"));
    var bars = H.svgEl("g", { "class": "tl-bars" });
    weeks.forEach(function (w, i) {
      var c = byWeek[w] || {};
      var y = MARGIN.top + plotH;
      order.forEach(function (type) {
        var n = c[type];
        if (!n) return;
        var h = (n / max) * plotH;
        y -= h;
        var rect = H.svgEl("rect", {
          x: (MARGIN.left + i * bw + (bw > 3 ? 0.5 : 0)).toFixed(2),
          y: y.toFixed(2),
          width: Math.max(1, bw - (bw > 3 ? 1 : 0)).toFixed(2),
          height: Math.max(0.5, h).toFixed(2),
          fill: H.colorOf(type),
          "class": "tl-bar",
          "data-week": w,
          "data-type": type
        });
        var title = H.svgEl("title");
        title.textContent = w + " · " + type + " (" + H.typeLabel(type) + "): " + n;
        rect.appendChild(title);
        bars.appendChild(rect);
      });
    });
    svg.appendChild(bars);

    // axes: a baseline, the maximum, and month labels spaced at least 56 px apart
    svg.appendChild(H.svgEl("line", {
      x1: MARGIN.left, x2: width - MARGIN.right, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH, "class": "tl-axis"
    }));
    var maxLabel = H.svgEl("text", { x: MARGIN.left - 4, y: MARGIN.top + 9, "text-anchor": "end", "class": "tl-label" });
    maxLabel.textContent = H.formatNumber(max);
    svg.appendChild(maxLabel);
    var lastX = -Infinity;
    var locale = H.lang() === "es" ? "es-MX" : "en-US";
    weeks.forEach(function (w, i) {
      var d = parseDay(w);
      var prev = i ? parseDay(weeks[i - 1]) : null;
      if (prev && prev.getUTCMonth() === d.getUTCMonth()) return;
      var x = MARGIN.left + i * bw;
      if (x - lastX < 56) return;
      lastX = x;
      var label = H.svgEl("text", { x: x, y: HEIGHT - 5, "class": "tl-label" });
      label.textContent = d.toLocaleDateString(locale, { month: "short", year: "2-digit", timeZone: "UTC" });
      svg.appendChild(label);
      svg.appendChild(H.svgEl("line", { x1: x, x2: x, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 4, "class": "tl-axis" }));
    });

    this.brushRect = H.svgEl("rect", { y: MARGIN.top, height: plotH, "class": "tl-brush", width: 0, x: 0 });
    this.brushRect.setAttribute("data-testid", "timeline-brush");
    svg.appendChild(this.brushRect);
    this.svg = svg;
    this.weeks = weeks;
    this.bw = bw;
    this.width = width;
    this.attach(svg);
    box.appendChild(svg);
    this.drawBrush();
  };

  Timeline.prototype.indexAt = function (x) {
    var i = Math.floor((x - MARGIN.left) / this.bw);
    return Math.max(0, Math.min(this.weeks.length - 1, i));
  };

  Timeline.prototype.drawBrush = function () {
    if (!this.svg) return;
    var r = this.range;
    var bars = this.svg.querySelectorAll("rect.tl-bar");
    if (!r || (!r[0] && !r[1])) {
      this.brushRect.setAttribute("width", 0);
      this.brushRect.setAttribute("visibility", "hidden");
      bars.forEach(function (b) { b.removeAttribute("opacity"); });
      return;
    }
    var lo = r[0] || "", hi = r[1] || "9999";
    bars.forEach(function (b) {
      var w = b.getAttribute("data-week");
      var sunday = isoDay(new Date(parseDay(w).getTime() + 6 * DAY));
      if (sunday < lo || w > hi) b.setAttribute("opacity", "0.3");
      else b.removeAttribute("opacity");
    });
    var first = this.weeks[0];
    var last = this.weeks[this.weeks.length - 1];
    var from = r[0] || first;
    var to = r[1] || isoDay(new Date(parseDay(last).getTime() + 6 * DAY));
    var i0 = Math.floor((parseDay(from) - parseDay(first)) / (7 * DAY));
    var i1 = Math.floor((parseDay(to) - parseDay(first)) / (7 * DAY));
    i0 = Math.max(0, i0);
    i1 = Math.min(this.weeks.length - 1, i1);
    if (i1 < i0) { this.brushRect.setAttribute("visibility", "hidden"); return; }
    this.brushRect.setAttribute("visibility", "visible");
    this.brushRect.setAttribute("x", (MARGIN.left + i0 * this.bw).toFixed(2));
    this.brushRect.setAttribute("width", ((i1 - i0 + 1) * this.bw).toFixed(2));
  };

  Timeline.prototype.attach = function (svg) {
    var self = this;
    function localX(e) { return e.clientX - svg.getBoundingClientRect().left; }
    svg.addEventListener("pointerdown", function (e) {
      if (e.button !== 0) return;
      self.drag = { x0: localX(e), x1: localX(e) };
      svg.setPointerCapture(e.pointerId);
      e.preventDefault();
    });
    svg.addEventListener("pointermove", function (e) {
      if (!self.drag) return;
      self.drag.x1 = localX(e);
      var a = self.indexAt(Math.min(self.drag.x0, self.drag.x1));
      var b = self.indexAt(Math.max(self.drag.x0, self.drag.x1));
      self.brushRect.setAttribute("visibility", "visible");
      self.brushRect.setAttribute("x", (MARGIN.left + a * self.bw).toFixed(2));
      self.brushRect.setAttribute("width", ((b - a + 1) * self.bw).toFixed(2));
    });
    svg.addEventListener("pointerup", function (e) {
      if (!self.drag) return;
      var d = self.drag;
      self.drag = null;
      d.x1 = localX(e);
      if (Math.abs(d.x1 - d.x0) < 3) {
        self.range = null;
        self.drawBrush();
        self.onBrush(null, null);
        return;
      }
      var a = self.indexAt(Math.min(d.x0, d.x1));
      var b = self.indexAt(Math.max(d.x0, d.x1));
      var from = self.weeks[a];
      var to = isoDay(new Date(parseDay(self.weeks[b]).getTime() + 6 * DAY));
      self.range = [from, to];
      self.drawBrush();
      self.onBrush(from, to);
    });
  };

  H.Timeline = Timeline;
})();
