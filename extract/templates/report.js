/* newsfacts report: draws the articles from the embedded JSON, a page at a time and an
   article's text only when it is opened, so the DOM stays small for large batches.
   Text from articles only ever goes into textContent, never into HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("nf-data").textContent);
  var articles = data.articles;
  var state = { query: "", kind: "", page: 0, matches: articles };
  var list = document.getElementById("article-list");
  var shown = document.getElementById("shown");
  var conflicts = Array.prototype.slice.call(document.querySelectorAll("#conflicts article.conflict"));
  var factById = {};
  articles.forEach(function (a) { a.facts.forEach(function (f) { factById[f.id] = f; f.doc = a.doc; }); });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function describe(f) { return f.k + ": " + (f.s || "no subject") + " · " + f.p + " · " + (f.n || f.v); }
  function quals(f) {
    return Object.keys(f.q).map(function (k) { return k + ": " + f.q[k]; }).join("; ");
  }

  function factMatches(f) {
    if (state.kind && f.k !== state.kind) return false;
    if (!state.query) return true;
    return (f.s + " " + f.st + " " + f.k + " " + f.p + " " + f.v).toLowerCase().indexOf(state.query) >= 0;
  }
  function articleMatches(a) {
    var named = !state.query || (a.doc + " " + (a.title || "")).toLowerCase().indexOf(state.query) >= 0;
    if (named && !state.kind) return true;
    return a.facts.some(function (f) { return named ? f.k === state.kind : factMatches(f); });
  }

  /* The text with every fact marked. Offsets count code points (Python's), so the text is
     split with Array.from, not by UTF-16 units. Overlapping facts share a mark. */
  function drawText(a) {
    var box = el("div", "article-text" + (a.full ? "" : " partial"));
    a.segments.forEach(function (segment) {
      var start = segment[0], chars = Array.from(segment[1]), end = start + chars.length;
      var block = a.full ? box : box.appendChild(el("p"));
      var inside = a.facts.filter(function (f) { return f.b >= start && f.e <= end && f.e > f.b; });
      var cuts = [start, end];
      inside.forEach(function (f) { cuts.push(f.b, f.e); });
      cuts = cuts.sort(function (x, y) { return x - y; }).filter(function (c, i, all) { return i === 0 || c !== all[i - 1]; });
      for (var i = 0; i + 1 < cuts.length; i++) {
        var lo = cuts[i], hi = cuts[i + 1];
        var piece = chars.slice(lo - start, hi - start).join("");
        var covering = inside.filter(function (f) { return f.b <= lo && f.e >= hi; });
        if (!covering.length) { block.appendChild(document.createTextNode(piece)); continue; }
        var mark = el("mark", "fact k-" + covering[covering.length - 1].k, piece);
        mark.setAttribute("data-facts", covering.map(function (f) { return f.id; }).join(" "));
        mark.setAttribute("data-start", String(lo));
        mark.title = covering.map(describe).join("\n");
        mark.tabIndex = 0;
        block.appendChild(mark);
      }
    });
    return box;
  }

  function drawFacts(a) {
    var table = el("table", "facts");
    var head = table.appendChild(el("thead")).appendChild(el("tr"));
    ["kind", "subject", "predicate", "value", "normalised", "qualifiers"].forEach(function (h) { head.appendChild(el("th", null, h)); });
    var body = table.appendChild(el("tbody"));
    a.facts.forEach(function (f) {
      var row = body.appendChild(el("tr"));
      row.setAttribute("data-fact", f.id);
      [f.k, f.s, f.p, f.v, f.n, quals(f)].forEach(function (cell) { row.appendChild(el("td", null, cell)); });
      if (!factMatches(f) && !(state.kind === "" && state.query && (a.doc + " " + (a.title || "")).toLowerCase().indexOf(state.query) >= 0)) {
        row.classList.add("hidden");
      }
    });
    return table;
  }

  function fill(details, a) {
    if (details.getAttribute("data-drawn")) return;
    details.setAttribute("data-drawn", "1");
    if (!a.full) details.appendChild(el("p", "partial-note", "Facts read from JSON Lines: only their sentences are known."));
    details.appendChild(drawText(a));
    details.appendChild(el("h4", null, a.facts.length + " fact" + (a.facts.length === 1 ? "" : "s")));
    details.appendChild(drawFacts(a));
  }

  function articleNode(a) {
    var details = el("details", "article");
    details.id = "a" + a.i;
    var summary = details.appendChild(el("summary"));
    summary.appendChild(el("span", "title", a.title || a.doc));
    var kinds = {};
    a.facts.forEach(function (f) { kinds[f.k] = (kinds[f.k] || 0) + 1; });
    var sub = summary.appendChild(el("span", "sub"));
    sub.appendChild(document.createTextNode(a.doc + " · " + (a.published || "undated") + " · " + a.facts.length + " facts" +
      (a.facts.length ? " (" + Object.keys(kinds).sort().map(function (k) { return k + " " + kinds[k]; }).join(", ") + ")" : "")));
    if (a.url && /^https?:\/\//i.test(a.url)) {
      sub.appendChild(document.createTextNode(" · "));
      var link = sub.appendChild(el("a", null, a.url));
      link.href = a.url;
      link.rel = "noopener noreferrer";
    }
    details.addEventListener("toggle", function () { if (details.open) fill(details, a); });
    return details;
  }

  function pager(nav, pages) {
    nav.textContent = "";
    if (pages <= 1) return;
    var prev = nav.appendChild(el("button", null, "‹ previous"));
    prev.type = "button";
    prev.disabled = state.page === 0;
    prev.addEventListener("click", function () { showPage(state.page - 1); });
    nav.appendChild(el("span", null, "page " + (state.page + 1) + " of " + pages));
    var next = nav.appendChild(el("button", null, "next ›"));
    next.type = "button";
    next.disabled = state.page >= pages - 1;
    next.addEventListener("click", function () { showPage(state.page + 1); });
  }

  function showPage(page) {
    var per = data.perPage, pages = Math.max(1, Math.ceil(state.matches.length / per));
    state.page = Math.min(Math.max(page, 0), pages - 1);
    list.textContent = "";
    state.matches.slice(state.page * per, (state.page + 1) * per).forEach(function (a) {
      var node = list.appendChild(articleNode(a));
      if (data.openAll) node.open = true;
    });
    if (data.openAll) Array.prototype.forEach.call(list.children, function (node, i) {
      fill(node, state.matches[state.page * per + i]);
    });
    pager(document.getElementById("pager-top"), pages);
    pager(document.getElementById("pager-bottom"), pages);
  }

  function applyFilter() {
    var visible = 0;
    conflicts.forEach(function (c) {
      var ok = (!state.kind || c.getAttribute("data-kind") === state.kind) &&
        (!state.query || c.getAttribute("data-search").indexOf(state.query) >= 0 || state.query === c.getAttribute("data-kind"));
      c.classList.toggle("hidden", !ok);
      if (ok) visible++;
    });
    state.matches = articles.filter(articleMatches);
    shown.textContent = "showing " + visible + " of " + conflicts.length + " conflicts, " +
      state.matches.length + " of " + articles.length + " articles";
    showPage(0);
  }

  var timer = null;
  document.getElementById("filter").addEventListener("input", function (event) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.query = event.target.value.trim().toLowerCase(); applyFilter(); }, 120);
  });
  document.getElementById("kind").addEventListener("change", function (event) {
    state.kind = event.target.value;
    applyFilter();
  });

  var panel = document.getElementById("record"), panelBody = document.getElementById("record-body");
  function showRecords(ids) {
    panelBody.textContent = "";
    ids.forEach(function (id) {
      var f = factById[id];
      if (!f) return;
      panelBody.appendChild(el("strong", null, f.k + " fact"));
      var dl = panelBody.appendChild(el("dl"));
      [["kind", f.k], ["subject", f.s ? f.s + (f.st && f.st !== f.s ? " (as written: " + f.st + ")" : "") + (f.sl ? " · " + f.sl : "") : "none"],
       ["predicate", f.p], ["value", f.v], ["normalised", f.n || "—"], ["qualifiers", quals(f) || "—"],
       ["evidence", f.doc + " [" + f.b + ":" + f.e + "]"], ["id", f.id]].forEach(function (pair) {
        dl.appendChild(el("dt", null, pair[0]));
        dl.appendChild(el("dd", null, pair[1]));
      });
    });
    panel.hidden = false;
  }
  document.getElementById("record-close").addEventListener("click", function () { panel.hidden = true; });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") panel.hidden = true; });
  list.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.fact");
    if (mark) { showRecords(mark.getAttribute("data-facts").split(" ")); return; }
    var row = event.target.closest("tr[data-fact]");
    if (!row) return;
    var id = row.getAttribute("data-fact");
    showRecords([id]);
    var target = row.closest("details").querySelector('mark.fact[data-facts~="' + id + '"]');
    if (target) { target.scrollIntoView({ block: "center" }); target.focus(); }
  });
  list.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest("mark.fact");
    if (mark && event.key === "Enter") showRecords(mark.getAttribute("data-facts").split(" "));
  });

  /* Links to "#a<article>" (and "#a<article>@<offset>" for one figure) open that article on its page. */
  function follow() {
    var m = /^#a(\d+)(?:@(\d+))?$/.exec(location.hash);
    if (!m) return;
    var index = Number(m[1]);
    var at = state.matches.findIndex(function (a) { return a.i === index; });
    if (at < 0) {
      state.query = ""; state.kind = "";
      document.getElementById("filter").value = ""; document.getElementById("kind").value = "";
      applyFilter();
      at = state.matches.findIndex(function (a) { return a.i === index; });
    }
    if (at < 0) return;
    showPage(Math.floor(at / data.perPage));
    var details = document.getElementById("a" + index);
    details.open = true;
    fill(details, articles[index]);
    var target = details;
    if (m[2] !== undefined) {
      var mark = details.querySelector('mark.fact[data-start="' + m[2] + '"]');
      if (mark) { mark.classList.add("target"); target = mark; }
    }
    target.scrollIntoView({ block: m[2] !== undefined ? "center" : "start" });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#a"]');
    if (link && link.getAttribute("href") === location.hash) { event.preventDefault(); follow(); }
  });
  window.addEventListener("hashchange", follow);
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(list.querySelectorAll("details.article"), function (node) {
      node.open = true;
      fill(node, articles[Number(node.id.slice(1))]);
    });
  });

  applyFilter();
  follow();
  document.documentElement.setAttribute("data-ready", "1");
})();
