/* katalog search: results as the buyer types, from the index katalog writes into search/.
   The index files are scripts (no fetch), so search works from file:// and under any sub-path.
   Without JavaScript the search page offers the ways to browse instead. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) return;
  /* The header's search field is the page's. */
  var d = box.dataset, input = document.querySelector(".site-header input[name=q]"), statusLine = document.getElementById("search-status");
  var list = document.getElementById("search-results"), more = document.getElementById("search-more");
  var controls = document.getElementById("search-controls"), sortSelect = document.getElementById("search-sort");
  var filterBox = document.getElementById("search-filters"), noScript = document.getElementById("search-no-script");
  if (noScript) noScript.hidden = true;
  var PAGE = 24, SHOWN = 8;
  var files = {}, waiting = {}, loaded = [];

  /* Every index file calls katalogSearch.add(name, data) when its script runs. */
  window.katalogSearch = {
    add: function (name, data) {
      files[name] = data;
      (waiting[name] || []).forEach(function (f) { f(data); });
      delete waiting[name];
    }
  };
  function load(name, done) {
    if (files[name]) return done(files[name]);
    if (waiting[name]) return waiting[name].push(done);
    waiting[name] = [done];
    loaded.push(name);
    box.dataset.loaded = loaded.join(" ");
    var s = document.createElement("script");
    s.src = name + ".js";
    s.async = true;
    document.head.appendChild(s);
  }
  function loadAll(names, done) {
    var left = names.length, out = {};
    if (!left) return done(out);
    names.forEach(function (n) { load(n, function (data) { out[n] = data; if (--left === 0) done(out); }); });
  }

  /* The numbers of the index: five bits a character, the sixth for "more follows". */
  var ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", VAL = {};
  for (var i = 0; i < 64; i++) VAL[ALPHA.charAt(i)] = i;
  function numbers(s) {
    var out = [], v = 0, m = 1;
    for (var i = 0; i < s.length; i++) {
      var c = VAL[s.charAt(i)];
      v += (c & 31) * m;
      if (c & 32) m *= 32; else { out.push(v); v = 0; m = 1; }
    }
    return out;
  }
  function ascending(s) { var a = numbers(s), t = 0; for (var i = 0; i < a.length; i++) a[i] = t += a[i]; return a; }

  /* Words as katalog cuts them: accents dropped, lower case, letters and digits only. */
  function words(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^a-z0-9]+/)
      .filter(function (w) { return w.length > 1 || /[0-9]/.test(w); });
  }

  var meta, query = [], results = [], shown = 0, sort = "relevance", filters = {};
  var state = new URLSearchParams(location.search);

  /* The shards a query word needs: those whose prefix it starts, or the longest one it starts with. */
  function shardsFor(w) {
    var longest = "", out = [];
    meta.shards.forEach(function (s) {
      if (s.indexOf(w) === 0) out.push(s);
      else if (w.indexOf(s) === 0 && s.length > longest.length) longest = s;
    });
    if (longest) out.push(longest);
    return out.map(function (s) { return "t-" + s; });
  }

  /* A shard, decoded once: its products' values, and each word's postings. */
  function table(name) {
    var t = files[name];
    if (t.rows) return t;
    var ids = ascending(t.ids), motifs = numbers(t.motifs), m = [], k = 0;
    for (var i = 0; i < ids.length; i++) { var n = motifs[k++]; m.push(motifs.slice(k, k + n)); k += n; }
    t.rows = { id: ids, cluster: numbers(t.cluster), flags: numbers(t.flags), price: numbers(t.price), added: numbers(t.added), motifs: m };
    return t;
  }

  function search() {
    var q = words(input.value);
    if (!q.length) { results = []; show(); statusLine.textContent = ""; return; }
    var key = q.join(" ");
    statusLine.textContent = d.loading;
    box.dataset.state = "loading";
    var names = [];
    q.forEach(function (w) { shardsFor(w).forEach(function (n) { if (names.indexOf(n) < 0) names.push(n); }); });
    loadAll(names, function () {
      if (key !== words(input.value).join(" ")) return; /* the buyer typed on */
      query = q;
      match(q);
      show();
    });
  }

  /* Every product that has every word (as a word's beginning), scored: in the name counts double,
     a whole word more than its beginning. */
  function match(q) {
    var found = null, values = {};
    q.forEach(function (w, wi) {
      var score = {};
      shardsFor(w).forEach(function (name) {
        var t = table(name), rows = t.rows;
        t.words.forEach(function (token, ti) {
          if (token.indexOf(w) !== 0) return;
          var p = numbers(t.postings[ti]), r = 0, whole = token === w ? 2 : 1;
          for (var j = 0; j < p.length; j++) {
            r += p[j] >> 1;
            var id = rows.id[r], s = whole * (p[j] & 1 ? 2 : 1);
            if (!(score[id] >= s)) score[id] = s;
            if (wi === 0 && !values[id]) values[id] = { cluster: rows.cluster[r], flags: rows.flags[r], price: rows.price[r], added: rows.added[r], motifs: rows.motifs[r] };
          }
        });
      });
      if (found === null) found = score;
      else { for (var id in found) if (!(id in score)) delete found[id]; else found[id] += score[id]; }
    });
    var bands = meta.bands.length;
    results = Object.keys(found || {}).map(function (id) {
      var v = values[id], f = v.flags;
      return { id: +id, score: found[id], technique: f % 6, band: Math.floor(f / 6) % bands, stock: Math.floor(f / 6 / bands),
        cluster: v.cluster, province: meta.clusterProvince[v.cluster], motifs: v.motifs, price: v.price, added: v.added };
    });
  }

  var FACETS = [
    { key: "t", label: d.techniques, of: function (r) { return r.technique ? [r.technique] : []; }, name: function (v) { return meta.techniques[v]; } },
    { key: "b", label: d.prices, of: function (r) { return [r.band]; }, name: function (v) { return meta.bands[v]; } },
    { key: "p", label: d.provinces, of: function (r) { return r.province >= 0 ? [r.province] : []; }, name: function (v) { return meta.provinces[v]; } },
    { key: "c", label: d.clusters, of: function (r) { return [r.cluster]; }, name: function (v) { return meta.clusters[v]; } },
    { key: "m", label: d.motifs, of: function (r) { return r.motifs; }, name: function (v) { return meta.motifs[v]; } },
    { key: "s", label: d.stock, of: function (r) { return r.stock ? [1] : []; }, name: function () { return d.stock; } }
  ];
  function passes(r, except) {
    return FACETS.every(function (f) { return f.key === except || filters[f.key] === undefined || f.of(r).indexOf(filters[f.key]) >= 0; });
  }
  var ORDER = {
    relevance: function (a, b) { return b.score - a.score || a.id - b.id; },
    "price-up": function (a, b) { return (a.price || Infinity) - (b.price || Infinity) || a.id - b.id; },
    "price-down": function (a, b) { return b.price - a.price || a.id - b.id; },
    newest: function (a, b) { return b.added - a.added || a.id - b.id; }
  };

  var current = [];
  function show() {
    current = results.filter(function (r) { return passes(r); }).sort(ORDER[sort]);
    list.textContent = "";
    shown = 0;
    if (query.length) statusLine.textContent = current.length ? d.count.replace("{n}", number(current.length)) : d.none;
    controls.hidden = !results.length;
    var active = Object.keys(filters).length;
    filterBox.parentNode.querySelector("summary").dataset.active = active ? String(active) : "";
    chips();
    showMore();
    remember();
  }
  function showMore() {
    var page = current.slice(shown, shown + PAGE), start = shown;
    shown += page.length;
    more.hidden = shown >= current.length;
    var cards = page.map(function () { var li = document.createElement("li"); li.className = "card"; list.appendChild(li); return li; });
    var chunks = {};
    page.forEach(function (r) { chunks["r-" + Math.floor(r.id / meta.perFile)] = 1; });
    loadAll(Object.keys(chunks), function () {
      page.forEach(function (r, i) { fill(cards[i], files["r-" + Math.floor(r.id / meta.perFile)][r.id % meta.perFile]); });
      if (start === 0) box.dataset.state = "done";
    });
  }

  /* A result card, as partials/product-card writes one. */
  function fill(li, rec) {
    var root = d.root, url = root + "products/" + rec[0] + "/" + (d.style === "files" ? "index.html" : "");
    var a = el("a", "card-link"); a.href = url;
    if (rec[6]) { var img = el("img"); img.src = root + rec[6][0]; img.width = rec[6][1]; img.height = rec[6][2]; img.alt = ""; img.loading = "lazy"; a.appendChild(img); }
    else { var np = el("span", "no-photo", d.noPhoto); np.setAttribute("aria-hidden", "true"); a.appendChild(np); }
    a.appendChild(el("span", "card-name", rec[1]));
    li.appendChild(a);
    li.appendChild(el("span", "price", rec[2] ? price(rec[2]) : d.priceOnRequest));
    li.appendChild(el("span", "card-meta", rec[3] + (rec[4] ? " · " + rec[4] : "")));
    if (rec[5]) li.appendChild(el("span", "card-meta", meta.techniques[rec[5]]));
    if (!rec[7]) li.appendChild(el("span", "badge", d.soldOut));
  }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
  function number(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, meta.language === "id" ? "." : ","); }
  function price(p) { return meta.language === "id" ? "Rp" + number(p) : "IDR " + number(p); }

  /* Filter chips with counts, the largest values of each facet; a pressed chip filters. */
  function chips() {
    filterBox.textContent = "";
    if (!results.length) return;
    FACETS.forEach(function (f) {
      var counts = {};
      results.forEach(function (r) { if (passes(r, f.key)) f.of(r).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
      var values = Object.keys(counts).map(Number).sort(function (a, b) { return counts[b] - counts[a] || a - b; }).slice(0, SHOWN);
      if (filters[f.key] !== undefined && values.indexOf(filters[f.key]) < 0) values.push(filters[f.key]);
      if (!values.length) return;
      var group = el("div", "chip-group"), ul = el("ul", "chips");
      group.appendChild(el("p", "chip-label", f.label));
      values.forEach(function (v) {
        var b = el("button", "chip", f.name(v) + " "), on = filters[f.key] === v;
        b.type = "button";
        b.setAttribute("aria-pressed", on ? "true" : "false");
        b.dataset.facet = f.key;
        b.dataset.value = v;
        b.appendChild(el("span", "count", number(counts[v] || 0)));
        b.onclick = function () { if (on) delete filters[f.key]; else filters[f.key] = v; show(); focusChip(f.key, v); };
        var li = el("li"); li.appendChild(b); ul.appendChild(li);
      });
      group.appendChild(ul);
      filterBox.appendChild(group);
    });
  }
  function focusChip(key, value) {
    var b = filterBox.querySelector('[data-facet="' + key + '"][data-value="' + value + '"]');
    if (b) b.focus();
  }

  /* The query, sort and filters in the address, so a result list can be shared. */
  function remember() {
    var p = new URLSearchParams();
    if (input.value) p.set("q", input.value);
    if (sort !== "relevance") p.set("sort", sort);
    FACETS.forEach(function (f) { if (filters[f.key] !== undefined) p.set(f.key, filters[f.key]); });
    var s = p.toString();
    try { history.replaceState(null, "", location.pathname + (s ? "?" + s : "")); } catch (e) { /* some file:// pages refuse */ }
  }

  var timer;
  input.addEventListener("input", function () { clearTimeout(timer); filters = {}; timer = setTimeout(search, 150); });
  input.form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); search(); });
  sortSelect.addEventListener("change", function () { sort = sortSelect.value; show(); });
  more.addEventListener("click", showMore);

  load("meta", function (m) {
    meta = m;
    input.value = state.get("q") || "";
    if (ORDER[state.get("sort")]) sortSelect.value = sort = state.get("sort");
    FACETS.forEach(function (f) { if (state.get(f.key) !== null) filters[f.key] = +state.get(f.key); });
    if (input.value) search();
    else { box.dataset.state = "done"; input.focus(); }
  });
})();
