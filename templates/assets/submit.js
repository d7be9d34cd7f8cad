/* katalog submission form: a producer fills in a product and the page writes its product sheet
   (docs/content.md §4) to copy, to download as <slug>.md and to send to the catalogue's maintainer
   on WhatsApp. The checks are katalog check's rules, and their messages are check's own texts,
   which the page carries in #submit-data; the sheet's lines are those of ProductSheet.swift.
   Producers come from producers.js, a script (no fetch), so the form works from file:// too.
   Text from the catalogue is only ever set as text, never as HTML. */
(function () {
  "use strict";
  var box = document.getElementById("submit"), dataNode = document.getElementById("submit-data");
  if (!box || !dataNode) return;
  var data = JSON.parse(dataNode.textContent), M = data.messages, W = data.words;
  function $(id) { return document.getElementById("submit-" + id); }
  var form = $("form"), sheetBox = $("sheet"), statusLine = $("status"), fileLine = $("file");
  var codeLine = $("producer-code"), list = $("producers"), copyButton = $("copy"), download = $("download"), send = $("send");
  var names = ["producer", "name", "price", "technique", "motifs", "material", "size", "colors", "description"];
  var fields = {};
  names.forEach(function (n) { fields[n] = $(n); });
  var noScript = $("no-script");
  if (noScript) noScript.hidden = true;
  box.hidden = false;

  /* Whitespace as Swift's Character.isWhitespace (Unicode White_Space), which katalog trims. */
  var WHITE = "\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
  var trimRe = new RegExp("^[" + WHITE + "]+|[" + WHITE + "]+$", "g"), whiteRe = new RegExp("[" + WHITE + "]");
  function trim(s) { return s.replace(trimRe, ""); }
  function isDigits(s) { return /^[0-9]+$/.test(s); }
  /* A lone surrogate cannot be written as UTF-8: U+FFFD, as the browser would send it. */
  function wellFormed(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { out += s.substr(i, 2); i++; }
      else if ((c & 0xf800) === 0xd800) out += "\ufffd";
      else out += s.charAt(i);
    }
    return out;
  }
  /* Diagnostic.Reason.priceMarks: what a price is written with, in the words of data.marks. */
  function marks(value) {
    var K = data.marks || {}, body = value.replace(/^[^0-9]+/, ""), out = [];
    if (/[.,]-$/.test(body)) body = body.slice(0, -2);
    if (/\p{L}/u.test(value)) out.push(value.toUpperCase().indexOf("IDR") >= 0 ? K.idr : K.rp);
    if (body.indexOf(".") >= 0) out.push(K.dot);
    if (body.indexOf(",") >= 0) out.push(K.comma);
    return out.length ? out.join(K.and) : K.other;
  }
  function say(text, values) {
    return text.replace(/\{([a-z_]+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }

  /* Slug.make: NFKD, lower case, a-z and 0-9 kept, spaces, '-' and '_' one '-' between them. */
  function slug(name) {
    var out = "", dash = false;
    for (var c of name.normalize("NFKD").toLowerCase()) {
      if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) { if (dash && out) out += "-"; dash = false; out += c; }
      else if (c === "-" || c === "_" || whiteRe.test(c)) dash = true;
    }
    return out;
  }

  /* Price.parse: digits only; anything else refused with what the producer meant. Numbers stay
     digit strings (Swift's Int is 64-bit; JavaScript's numbers are exact to 15 digits only). */
  var INT_MAX = "9223372036854775807";
  function integer(digits) {
    var d = digits.replace(/^0+/, "") || "0";
    return d.length > 19 || (d.length === 19 && d > INT_MAX) ? null : d;
  }
  function grouped(text) {
    for (var sep of [".", ","]) {
      var parts = text.split(sep);
      if (parts.length < 2 || parts[0].length < 1 || parts[0].length > 3) continue;
      if (!parts.every(function (p) { return /^[0-9]*$/.test(p); }) || !parts.slice(1).every(function (p) { return p.length === 3; })) continue;
      return integer(parts.join(""));
    }
    return null;
  }
  function price(raw) {
    var text = trim(raw);
    if (text && isDigits(text)) {
      var t = text.replace(/^0+/, "");
      if (!t) return { problem: "price-not-positive" };
      if (t.length > 15) return { problem: "price-not-a-number" };
      return { value: t };
    }
    if (text.charAt(0) === "-" && /^[0-9.,]*$/.test(text.slice(1))) return { problem: "price-not-positive" };
    var body = text;
    for (var prefix of ["IDR", "Rp.", "Rp", "rp.", "rp", "RP"]) if (body.indexOf(prefix) === 0) { body = body.slice(prefix.length); break; }
    body = trim(body);
    if (/[.,]-$/.test(body)) body = body.slice(0, -2);
    var hadCurrency = body.length !== text.length, g = grouped(body);
    if (g !== null) return g !== "0" ? { problem: "price-formatted", suggestion: g } : { problem: "price-not-positive" };
    if (hadCurrency && body && isDigits(body) && integer(body) !== null) {
      var v = integer(body);
      return v !== "0" ? { problem: "price-formatted", suggestion: v } : { problem: "price-not-positive" };
    }
    if (/[.,]/.test(body) && /^[0-9.,]*$/.test(body)) return { problem: "price-fraction" };
    return { problem: "price-not-a-number" };
  }

  /* Spelling.nearest: "did you mean", by Damerau-Levenshtein distance (optimal string alignment). */
  function distance(a, b) {
    a = Array.from(a); b = Array.from(b);
    if (!a.length) return b.length;
    if (!b.length) return a.length;
    var d = [];
    for (var i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (var j = 0; j <= b.length; j++) d[0][j] = j;
    for (i = 1; i <= a.length; i++) for (j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
    return d[a.length][b.length];
  }
  function nearest(word, candidates) {
    var limit = Math.max(1, Math.min(3, Math.floor(Array.from(word).length / 3))), best = null, bestD = Infinity;
    candidates.forEach(function (c) {
      var dd = distance(word.toLowerCase(), c.toLowerCase());
      if (dd <= limit && dd < bestD) { best = c; bestD = dd; }
    });
    return best;
  }

  /* The sheet, line by line as ProductSheet.swift writes it. */
  function isLetterOrDigit(c) { return /^[\p{L}\p{N}]$/u.test(c); }
  function isPlain(v) {
    var chars = Array.from(v);
    if (!chars.length || !isLetterOrDigit(chars[0]) || chars[chars.length - 1] === " " || ["null", "Null", "NULL"].indexOf(v) >= 0) return false;
    return chars.every(function (c) { return isLetterOrDigit(c) || " .,()/'+-".indexOf(c) >= 0; });
  }
  function quoted(v) {
    var out = "\"";
    for (var c of v) {
      var n = c.codePointAt(0);
      if (c === "\\") out += "\\\\";
      else if (c === "\"") out += "\\\"";
      else if (n <= 0x1f || (n >= 0x7f && n <= 0x9f) || n === 0x2028 || n === 0x2029 || n === 0xfeff || n === 0xfffe || n === 0xffff) out += "\\u" + ("000" + n.toString(16)).slice(-4);
      else out += c;
    }
    return out + "\"";
  }
  function scalar(v) { return isPlain(v) ? v : quoted(v); }
  function field(key, v) { return v ? key + ": " + scalar(v) : key + ":"; }
  function listLines(key, items) { return items.length ? [key + ":"].concat(items.map(function (i) { return "  - " + scalar(i); })) : []; }
  function sheetText(s) {
    var lines = ["---"], file = slug(s.name);
    if (file) lines.push("# products/" + file + ".md");
    lines.push(field("name", s.name), field("producer", s.producer));
    if (s.technique) lines.push("technique: " + s.technique);
    lines = lines.concat(listLines("motifs", s.motifs));
    if (s.material) lines.push(field("material", s.material));
    if (s.size) lines.push(field("size", s.size));
    if (s.price) lines.push("price: " + (isDigits(s.price) ? s.price : quoted(s.price)));
    lines = lines.concat(listLines("colors", s.colors));
    lines.push("added: " + s.added, "---");
    var text = lines.join("\n") + "\n";
    if (s.description) text += "\n" + s.description + "\n";
    return text;
  }
  function items(v) { return v.split(",").map(trim).filter(function (i) { return i; }); }
  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  /* The catalogue's producers, from producers.js: [slug, name, cluster], in name order. */
  var producers = null, clusters = [], bySlug = {}, byChoice = {};
  function fold(s) { return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase(); }
  window.katalogSubmit = {
    producers: function (d) {
      clusters = d.clusters;
      producers = d.producers.map(function (p) { return { slug: p[0], name: p[1], cluster: clusters[p[2]] || "", folded: fold(p[1]) }; });
      var count = {};
      producers.forEach(function (p) { count[p.folded] = (count[p.folded] || 0) + 1; bySlug[p.slug] = p; });
      /* The choice shown: the name, with the code when two producers share it. */
      producers.forEach(function (p) { p.choice = count[p.folded] > 1 ? p.name + " (" + p.slug + ")" : p.name; byChoice[fold(p.choice)] = p; });
      box.dataset.producers = "loaded";
      fillChoices();
      update();
    }
  };
  var loader = document.createElement("script");
  loader.src = data.producers;
  loader.onerror = function () { box.dataset.producers = "failed"; };
  document.head.appendChild(loader);

  function chosen() {
    var v = trim(wellFormed(fields.producer.value));
    return producers ? (byChoice[fold(v)] || bySlug[v] || null) : null;
  }
  function fillChoices() {
    if (!producers) return;
    var q = fold(trim(fields.producer.value)), shown = 0;
    while (list.firstChild) list.removeChild(list.firstChild);
    for (var i = 0; i < producers.length && shown < 50; i++) {
      var p = producers[i];
      if (q && p.folded.indexOf(q) < 0 && p.slug.indexOf(q) < 0) continue;
      var option = document.createElement("option");
      option.value = p.choice;
      option.textContent = p.cluster;
      list.appendChild(option);
      shown++;
    }
  }

  /* What the form holds, and the problems katalog check would report in its sheet. */
  function read() {
    var v = {};
    names.forEach(function (n) { v[n] = trim(wellFormed(fields[n].value)); });
    var p = chosen();
    return {
      name: v.name, producer: p ? p.slug : v.producer, technique: v.technique, motifs: items(v.motifs),
      material: v.material, size: v.size, price: v.price, colors: items(v.colors), added: today(),
      description: v.description, chosen: p
    };
  }
  function problems(s) {
    var out = {};
    function add(f, text) { (out[f] = out[f] || []).push(text); }
    if (!s.producer) add("producer", say(M["empty-field"], { key: "producer" }));
    else if (producers && !s.chosen) {
      var near = nearest(s.producer, producers.map(function (p) { return p.slug; }));
      add("producer", near === null ? say(M["unknown-producer"], { value: s.producer })
        : say(M["unknown-producer-suggestion"], { value: s.producer, suggestion: near }));
    }
    if (!s.name) add("name", say(M["empty-field"], { key: "name" }));
    else if (!slug(s.name)) add("name", say(M["invalid-file-name"], { name: s.name + ".md" }));
    else if (slug(s.name) === "page") add("name", M["reserved-file-name"]);
    if (s.price) {
      var r = price(s.price);
      if (r.problem) add("price", say(M[r.problem], { value: s.price, suggestion: r.suggestion, marks: marks(s.price) }));
    }
    s.motifs.forEach(function (m) {
      var ms = slug(m);
      if (!ms) add("motifs", say(M["motif-name-empty"], { name: m }));
      else if (ms === "page") add("motifs", say(M["reserved-motif-name"], { name: m }));
    });
    return out;
  }

  var touched = {}, current = null, found = {}, blobURL = null, statusTimer = null, started = false;
  function show() {
    names.forEach(function (n) {
      var input = fields[n], error = $(n + "-error"), hint = $(n + "-hint");
      if (!error) return;
      var texts = touched[n] ? found[n] || [] : [];
      error.textContent = texts.join("\n");
      error.hidden = !texts.length;
      var described = (hint ? [hint.id] : []).concat(n === "producer" && !codeLine.hidden ? [codeLine.id] : []).concat(texts.length ? [error.id] : []);
      if (described.length) input.setAttribute("aria-describedby", described.join(" "));
      else input.removeAttribute("aria-describedby");
      if (texts.length) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
    });
  }
  function count() { return Object.keys(found).reduce(function (n, f) { return n + found[f].length; }, 0); }
  function announce() {
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () {
      var n = count();
      statusLine.textContent = n ? say(W.problems, { n: n }) : W.ready;
    }, 400);
  }
  function update() {
    current = read();
    found = problems(current);
    var text = sheetText(current), file = (slug(current.name) || "produk") + ".md";
    sheetBox.value = text;
    fileLine.textContent = say(W.file, { file: file });
    codeLine.hidden = !current.chosen;
    codeLine.textContent = current.chosen ? say(W.producer_code, { code: current.chosen.slug }) : "";
    send.href = "https://wa.me/" + data.whatsapp + "?text=" + encodeURIComponent(text);
    if (blobURL) URL.revokeObjectURL(blobURL);
    blobURL = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
    download.href = blobURL;
    download.setAttribute("download", file);
    download.textContent = say(W.download, { file: file });
    show();
    if (started) announce();
  }

  names.forEach(function (n) {
    var input = fields[n];
    input.addEventListener("input", function () {
      started = true;
      /* A value being typed is checked as it comes; an empty required field once it is left. */
      if (trim(input.value)) touched[n] = true;
      if (n === "producer") fillChoices();
      update();
    });
    input.addEventListener("change", function () { started = true; touched[n] = true; update(); });
    input.addEventListener("blur", function () { if (started) { touched[n] = true; show(); } });
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  /* Copying, downloading or sending a sheet with problems shows them all instead. */
  function stopIfProblems(e) {
    started = true;
    names.forEach(function (n) { touched[n] = true; });
    update();
    var first = names.filter(function (n) { return found[n]; })[0];
    if (!first) return false;
    if (e) e.preventDefault();
    clearTimeout(statusTimer);
    statusLine.textContent = say(W.problems, { n: count() });
    fields[first].focus();
    return true;
  }
  send.addEventListener("click", stopIfProblems);
  download.addEventListener("click", stopIfProblems);
  copyButton.addEventListener("click", function () {
    if (stopIfProblems(null)) return;
    var text = sheetBox.value;
    function copied() { clearTimeout(statusTimer); statusLine.textContent = W.copied; }
    function fallback() {
      sheetBox.focus();
      sheetBox.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
      if (ok) copied(); else { clearTimeout(statusTimer); statusLine.textContent = W.copy_failed; }
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(copied, fallback);
    else fallback();
  });
  update();
})();
