/* Weekly timeline of events, stacked by type, drawn with D3 (static/vendor/d3, loaded on
 * demand): a band scale
 * of weeks, d3.stack for the types, and d3.brushX to pick a range of weeks; a click clears it.
 * Weeks start on Monday, as /stats?interval=week gives them. A brush snaps to whole weeks and
 * reports [Monday of the first, Sunday of the last].
 */
(function () {
  "use strict";
  var H = window.HITO;
  var D3_SRC = "/static/vendor/d3/d3.min.js";
  var d3 = null;
  var loading = null;

  /* D3 is loaded on demand, after the page has asked the API for its data: its 280 kB are
     then parsed while the server answers, not before the first request goes out. */
  function loadD3() {
    if (window.d3) return Promise.resolve(window.d3);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = D3_SRC;
        tag.addEventListener("load", function () { resolve(window.d3); });
        tag.addEventListener("error", function () { loading = null; reject(new Error("could not load " + D3_SRC)); });
        document.head.appendChild(tag);
      });
    }
    return loading;
  }
  var DAY = 86400000;
  var MARGIN = { left: 36, right: 8, top: 8, bottom: 20 };
  var HEIGHT = 130;

  function parseDay(s) { return new Date(s + "T00:00:00Z"); }
  function isoDay(d) { return d.toISOString().slice(0, 10); }
  function sundayOf(week) { return isoDay(new Date(parseDay(week).getTime() + 6 * DAY)); }

  function Timeline(container, options) {
    this.container = container;
    this.onBrush = options.onBrush;
    this.series = [];
    this.range = null;
    this.svg = null;
    var self = this;
    window.addEventListener("resize", function () { if (d3) self.draw(); });
  }

  /* series: [{period, counts: {TYPE: n}}]; range: [from, to] ISO days, or null.
     Resolves once drawn. */
  Timeline.prototype.render = function (series, range) {
    var self = this;
    this.series = series || [];
    this.range = range;
    return loadD3().then(function (lib) {
      d3 = lib;
      self.draw();
    });
  };

  Timeline.prototype.setRange = function (range) {
    this.range = range;
    this.drawBrush();
  };

  Timeline.prototype.draw = function () {
    var self = this;
    var box = this.container;
    box.replaceChildren();
    this.svg = null;
    if (!this.series.length) {
      box.appendChild(H.el("p", H.t("timeline.none"), "hint"));
      return;
    }
    var byWeek = new Map(this.series.map(function (s) { return [s.period, s.counts]; }));
    var present = {};
    this.series.forEach(function (s) { Object.keys(s.counts).forEach(function (k) { present[k] = true; }); });
    var order = Object.keys(H.TYPE_COLORS).filter(function (k) { return present[k]; });
    Object.keys(present).sort().forEach(function (k) { if (order.indexOf(k) < 0) order.push(k); });
    var first = parseDay(this.series[0].period);
    var last = parseDay(this.series[this.series.length - 1].period);
    // every week between the first and the last, empty ones included
    var weeks = d3.utcMonday.range(first, d3.utcDay.offset(last, 1)).map(isoDay);
    var rows = weeks.map(function (w) {
      var row = { week: w };
      var c = byWeek.get(w) || {};
      order.forEach(function (t) { row[t] = c[t] || 0; });
      return row;
    });
    var layers = d3.stack().keys(order)(rows);

    var width = Math.max(200, box.clientWidth || 600);
    var x = d3.scaleBand().domain(weeks).range([MARGIN.left, width - MARGIN.right]).paddingInner(weeks.length > 60 ? 0 : 0.08);
    var max = Math.max(1, d3.max(layers.length ? layers[layers.length - 1] : [], function (d) { return d[1]; }) || 0);
    var y = d3.scaleLinear().domain([0, max]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);

    var svg = d3.select(box).append("svg")
      .attr("width", width).attr("height", HEIGHT)
      .attr("class", "timeline-svg").attr("role", "img").attr("aria-label", H.t("timeline"));

    svg.append("g").attr("class", "tl-bars")
      .selectAll("g").data(layers).join("g")
      .attr("fill", function (layer) { return H.colorOf(layer.key); })
      .each(function (layer) {
        d3.select(this).selectAll("rect")
          .data(layer.filter(function (d) { return d[1] > d[0]; }))
          .join("rect")
          .attr("class", "tl-bar")
          .attr("data-week", function (d) { return d.data.week; })
          .attr("data-type", layer.key)
          .attr("x", function (d) { return x(d.data.week).toFixed(2); })
          .attr("width", Math.max(1, x.bandwidth()).toFixed(2))
          .attr("y", function (d) { return y(d[1]).toFixed(2); })
          .attr("height", function (d) { return Math.max(0.5, y(d[0]) - y(d[1])).toFixed(2); })
          .append("title")
          .text(function (d) {
            return d.data.week + " · " + layer.key + " (" + H.typeLabel(layer.key) + "): " + (d[1] - d[0]);
          });
      });

    // axes: the maximum on the left, a label at the first week of each month, 56 px apart
    var locale = H.lang() === "es" ? "es-MX" : "en-US";
    var lastX = -Infinity;
    var ticks = weeks.filter(function (w, i) {
      if (i && parseDay(weeks[i - 1]).getUTCMonth() === parseDay(w).getUTCMonth()) return false;
      if (x(w) - lastX < 56) return false;
      lastX = x(w);
      return true;
    });
    svg.append("g").attr("class", "tl-axis-x")
      .attr("transform", "translate(0," + (HEIGHT - MARGIN.bottom) + ")")
      .call(d3.axisBottom(x).tickValues(ticks).tickSizeOuter(0).tickFormat(function (w) {
        return parseDay(w).toLocaleDateString(locale, { month: "short", year: "2-digit", timeZone: "UTC" });
      }))
      .call(function (g) { g.selectAll("text").attr("class", "tl-label"); });
    svg.append("g").attr("class", "tl-axis-y")
      .attr("transform", "translate(" + MARGIN.left + ",0)")
      .call(d3.axisLeft(y).tickValues([max]).tickFormat(H.formatNumber).tickSizeOuter(0))
      .call(function (g) { g.selectAll("text").attr("class", "tl-label"); });

    this.weeks = weeks;
    this.x = x;
    this.brush = d3.brushX()
      .extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, HEIGHT - MARGIN.bottom]])
      .on("end", function (event) { self.brushed(event); });
    this.brushG = svg.append("g").attr("class", "tl-brush-g").call(this.brush);
    this.brushG.select("rect.selection")
      .attr("class", "selection tl-brush")
      .attr("data-testid", "timeline-brush");
    this.svg = svg;
    this.drawBrush();
  };

  /* the week under pixel px (clamped to the timeline) */
  Timeline.prototype.weekAt = function (px) {
    var step = this.x.step();
    var i = Math.floor((px - this.x.range()[0]) / step);
    return this.weeks[Math.max(0, Math.min(this.weeks.length - 1, i))];
  };

  Timeline.prototype.brushed = function (event) {
    if (!event.sourceEvent) return;  // moved by drawBrush, not by the user
    if (!event.selection) {
      this.range = null;
      this.drawBrush();
      this.onBrush(null, null);
      return;
    }
    var from = this.weekAt(event.selection[0]);
    var to = sundayOf(this.weekAt(event.selection[1] - 1));
    this.range = [from, to];
    this.drawBrush();
    this.onBrush(from, to);
  };

  /* Show the range (snapped to whole weeks) as the brush, and dim the weeks outside it. */
  Timeline.prototype.drawBrush = function () {
    if (!this.svg) return;
    var r = this.range;
    var bars = this.svg.selectAll("rect.tl-bar");
    var selection = this.brushG.select("rect.selection");
    var extent = null;
    if (r && (r[0] || r[1])) {
      var lo = r[0] || "", hi = r[1] || "9999";
      bars.attr("opacity", function () {
        var w = this.getAttribute("data-week");
        return sundayOf(w) < lo || w > hi ? 0.3 : null;
      });
      var inside = this.weeks.filter(function (w) { return sundayOf(w) >= lo && w <= hi; });
      if (inside.length) {
        extent = [this.x(inside[0]), this.x(inside[inside.length - 1]) + this.x.step()];
        extent[1] = Math.min(extent[1], this.x.range()[1]);
      }
    } else {
      bars.attr("opacity", null);
    }
    this.brushG.call(this.brush.move, extent);
    selection.attr("visibility", extent ? "visible" : "hidden");
  };

  H.Timeline = Timeline;
  H.loadD3 = loadD3;
})();
