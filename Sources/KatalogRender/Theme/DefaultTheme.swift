// Generated from templates/ by `make theme`. Do not edit: edit templates/ and run make.
// A test fails when this file and templates/ differ.
enum DefaultTheme {
    static let files: [(String, String)] = [
        (
            "404.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            <h1>{{ui.not_found_title}}</h1>
            <p>{{ui.not_found_text}}</p>
            <p><a class="button" href="{{links.home}}">{{ui.back_home}}</a></p>
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "assets/katalog.css",
            ####"""
            /* katalog default theme: mobile first, no JavaScript, no web fonts. Colours meet WCAG AA. */
            :root {
              --ink: #211a15;
              --muted: #5c5047;
              --paper: #fffdf8;
              --card: #ffffff;
              --line: #e4d9cc;
              --edge: #a08a74;
              --accent: #7a3412;
              --accent-ink: #ffffff;
              --wa: #0b6e4f;
              --badge: #8a1c1c;
              --radius: 10px;
            }
            *, *::before, *::after { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body {
              margin: 0;
              font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
              color: var(--ink);
              background: var(--paper);
            }
            .wrap { max-width: 68rem; margin: 0 auto; padding: 0 1rem; }
            a { color: var(--accent); text-underline-offset: 2px; }
            a:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
            .site-header a:focus-visible { outline-color: #fff; }
            h1, h2, h3 { line-height: 1.25; }
            h1 { font-size: 1.6rem; margin: .75rem 0 .5rem; }
            h2 { font-size: 1.25rem; margin: 1.75rem 0 .75rem; }
            h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
            img { max-width: 100%; height: auto; }

            .skip { position: absolute; left: -999px; top: .5rem; background: var(--card); padding: .5rem 1rem; z-index: 2; }
            .skip:focus { left: .5rem; }

            .site-header { background: var(--accent); color: var(--accent-ink); }
            .site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0 1rem; padding-top: .25rem; padding-bottom: .25rem; }
            .brand { color: var(--accent-ink); font-weight: 700; font-size: 1.1rem; text-decoration: none; margin-right: auto; padding: .5rem 0; }
            .menu { list-style: none; display: flex; flex-wrap: wrap; gap: 0 .5rem; margin: 0; padding: 0; }
            .menu a { display: inline-block; min-height: 44px; padding: .6rem .25rem; }
            .site-header .menu { margin-left: -.25rem; }
            .site-header .menu a { color: var(--accent-ink); text-decoration: none; line-height: 1.5; }
            .site-header .menu a[aria-current] { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 5px; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

            /* Search: the header's field spans the phone's width, the button stays a thumb's size. */
            .search { display: flex; gap: .35rem; flex: 1 1 100%; margin: .15rem 0 .35rem; }
            .search input { flex: 1 1 auto; min-width: 0; min-height: 44px; padding: .5rem .75rem; border: 1px solid var(--edge); border-radius: var(--radius); font: inherit; background: var(--card); color: var(--ink); }
            .search button { min-height: 44px; min-width: 44px; padding: .5rem .9rem; border: 2px solid var(--accent-ink); border-radius: var(--radius); background: transparent; color: var(--accent-ink); font: inherit; font-weight: 600; cursor: pointer; }
            .search input:focus-visible, .search button:focus-visible, .chip:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
            #search-controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 0 0 1rem; }
            #search-controls[hidden] { display: none; }
            #search-controls .browse { margin: 0; }
            #search-controls select { min-height: 44px; font: inherit; padding: .25rem .5rem; border: 1px solid var(--edge); border-radius: var(--radius); background: var(--card); color: var(--ink); }

            .crumbs ol { list-style: none; display: flex; flex-wrap: wrap; align-items: center; gap: 0 .25rem; margin: .25rem 0 0; padding: 0; font-size: .9rem; color: var(--muted); }
            .crumbs a { display: inline-block; padding: .7rem 0; }
            .crumbs li + li::before { content: "›"; margin-right: .25rem; }

            .hero { padding: .5rem 0 0; }
            .lead { font-size: 1.1rem; color: var(--muted); margin-top: 0; }
            .stats { color: var(--muted); }

            .grid { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); }
            .card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .5rem .5rem .75rem; display: flex; flex-direction: column; gap: .15rem; }
            .card img, .no-photo { display: block; width: 100%; aspect-ratio: 4 / 3; object-fit: cover; border-radius: calc(var(--radius) - 4px); background: #efe6da; }
            .no-photo { display: flex; align-items: center; justify-content: center; color: var(--muted); font-size: .85rem; }
            .card-link { text-decoration: none; color: var(--ink); display: flex; flex-direction: column; gap: .35rem; }
            .card-name { font-weight: 600; line-height: 1.3; overflow-wrap: anywhere; }
            .card-link:hover .card-name, .card-link:focus-visible .card-name { text-decoration: underline; }
            .card-meta { color: var(--muted); font-size: .9rem; display: block; }
            .price { font-weight: 700; }
            .price.big { font-size: 1.35rem; margin: .25rem 0 .75rem; }
            .badge { display: inline-block; align-self: flex-start; background: var(--badge); color: #fff; font-size: .8rem; font-weight: 600; padding: .1rem .5rem; border-radius: 999px; margin: 0; }

            .tiles { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
            .tile a { display: block; min-height: 44px; height: 100%; background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: var(--radius); padding: .75rem 1rem; text-decoration: none; color: var(--ink); }
            .tile-name { display: block; font-weight: 700; }
            .tile img { display: block; width: 100%; aspect-ratio: 3 / 1; object-fit: cover; border-radius: calc(var(--radius) - 4px); margin-bottom: .5rem; background: #efe6da; }
            .count { color: var(--muted); margin: 0 0 .75rem; }

            /* Browse chips and the pager: 44-px targets, wrapping on a phone. */
            .browse { margin: 0 0 1rem; }
            .browse summary { display: inline-flex; align-items: center; min-height: 44px; padding: 0 1rem; border: 1px solid var(--edge); border-radius: 999px; background: var(--card); cursor: pointer; font-weight: 600; }
            .chip-group { margin: .75rem 0; }
            .chip-label { margin: 0 0 .25rem; font-weight: 600; color: var(--muted); font-size: .9rem; }
            .chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
            .chip { display: inline-flex; align-items: center; gap: .4rem; min-height: 44px; padding: 0 .9rem; border: 1px solid var(--edge); border-radius: 999px; background: var(--card); color: var(--ink); text-decoration: none; font: inherit; cursor: pointer; }
            .chip .count { margin: 0; font-size: .85rem; }
            .chip[aria-current], .chip[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: var(--accent-ink); }
            .chip[aria-current] .count, .chip[aria-pressed="true"] .count { color: var(--accent-ink); }
            .chip.more { font-weight: 600; color: var(--accent); }
            .pager { margin: 1.25rem 0; }
            .pager-label { margin: 0 0 .35rem; color: var(--muted); font-size: .9rem; }
            .pager ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
            .pager a, .pager .gap { display: inline-flex; align-items: center; justify-content: center; min-width: 44px; min-height: 44px; padding: 0 .6rem; border-radius: var(--radius); }
            .pager a { border: 1px solid var(--edge); background: var(--card); text-decoration: none; }
            .pager a[aria-current] { background: var(--accent); border-color: var(--accent); color: var(--accent-ink); font-weight: 700; }

            .producers { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
            .producer, .contact-card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; }
            .contact-card h2 { margin-top: 0; font-size: 1.1rem; }

            .actions { list-style: none; margin: .75rem 0; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
            .actions li { flex: 1 1 15rem; max-width: 24rem; display: flex; }
            .button { display: inline-flex; align-items: center; justify-content: center; flex-wrap: wrap; column-gap: .35em; width: 100%; min-height: 48px; padding: .6rem 1rem; border-radius: var(--radius); text-align: center; background: var(--accent); color: var(--accent-ink); font-weight: 600; text-decoration: none; line-height: 1.4; }
            .button.whatsapp { background: var(--wa); }
            .button.secondary { background: var(--card); color: var(--accent); border: 2px solid var(--accent); padding: .5rem .9rem; overflow-wrap: anywhere; }
            .button:hover { filter: brightness(1.12); }
            p > .button { width: auto; }
            .number { font-weight: 400; white-space: nowrap; }

            .facts { margin: 0 0 1rem; display: grid; gap: 0; border-top: 1px solid var(--line); }
            .facts div { display: grid; grid-template-columns: 8rem minmax(0, 1fr); gap: .75rem; padding: .5rem 0; border-bottom: 1px solid var(--line); }
            .facts dt { color: var(--muted); overflow-wrap: anywhere; }
            .facts dd { margin: 0; }

            /* Photos keep their shape at a fixed height; several scroll sideways so the buttons stay near the top. */
            .photos { display: flex; gap: .5rem; overflow-x: auto; scroll-snap-type: x mandatory; margin-bottom: 1rem; padding-bottom: .25rem; }
            .photos > a { flex: 0 0 100%; scroll-snap-align: start; }
            .photos > a:not(:only-child) { flex-basis: 85%; }
            .photos img { display: block; width: 100%; height: auto; border-radius: var(--radius); background: #efe6da; }
            .photos > a:not(:only-child) img { aspect-ratio: 1; object-fit: cover; }
            .tag { display: inline-flex; align-items: center; min-height: 44px; border: 1px solid var(--edge); background: var(--card); border-radius: 999px; padding: 0 .9rem; margin: .15rem .1rem; text-decoration: none; }

            .prose { max-width: 42rem; }
            .prose blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
            .more { font-weight: 600; display: inline-block; padding: .6rem 0; }

            .directory { width: 100%; border-collapse: collapse; background: var(--card); }
            .directory th, .directory td { text-align: left; padding: .6rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
            .directory td[data-label]::before { content: none; }
            .directory a[href^="tel:"], .directory a[href*="wa.me/"] { white-space: nowrap; }
            .directory thead th { background: #f4ece2; }
            @media screen and (max-width: 40rem) {
              /* The current page is the h1 just below: screen readers still get it, phones save a line. */
              .crumbs li:last-child:not(:first-child) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
            }
            /* On phones the contact directory becomes one block per producer; each number keeps its column name. */
            @media screen and (max-width: 40rem) {
              .stack thead { position: absolute; left: -9999px; }
              .stack tr { display: block; padding: .35rem .25rem; border-bottom: 1px solid var(--line); }
              .stack th, .stack td { display: block; border: 0; padding: .55rem 0; }
              .stack a { padding: .55rem 0; }
              .stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .9rem; }
              .stack td:empty { display: none; }
            }

            .site-footer .menu { gap: 0 1.25rem; }
            .site-footer .menu a { padding: .7rem 0; }
            .site-footer { margin-top: 3rem; padding: 1rem 0 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }

            @media (min-width: 48rem) {
              h1 { font-size: 2rem; }
              .site-header .search { flex: 0 1 22rem; margin: 0; }
              .grid { grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); }
              .product { display: grid; grid-template-columns: 3fr 2fr; grid-auto-flow: row dense; column-gap: 2rem; }
              .product > .badge { justify-self: start; }
              .product > h1, .product > .badge, .product > .price { grid-column: 1 / -1; }
              .product > .photos, .product > .prose { grid-column: 1; }
              .product > .side { grid-column: 2; grid-row: span 2; align-self: start; }
              .product > .side > :first-child { margin-top: 0; }
              .photos > a, .photos > a:not(:only-child) { flex: 0 0 auto; max-width: 100%; }
              .photos img { width: auto; max-width: 100%; height: 30rem; object-fit: cover; }
            }

            @media print {
              .site-header, .site-footer, .skip, .crumbs, .actions .button.secondary, .photos, .pager, .browse { display: none; }
              body { background: #fff; color: #000; font-size: 11pt; }
              a { color: #000; text-decoration: none; }
              /* Backgrounds are not printed: white button text would vanish. */
              .button, .button.whatsapp { background: none; color: #000; border: 1px solid #000; min-height: 0; width: auto; padding: .2rem .5rem; }
              .actions li { flex: 0 0 auto; }
              .directory th, .directory td { border-bottom: 1px solid #999; padding: .3rem .4rem; }
              .directory tr { break-inside: avoid; }
            }
            summary[data-active]:not([data-active=""])::after { content: " (" attr(data-active) ")"; }

            """####
        ),
        (
            "assets/print.css",
            ####"""
            /* The printed catalogue (print/<cluster>/): sheets of 12 products, each with its photo, QR code,
               name, price and producer. Linked from the print pages only, after katalog.css, whose print
               styles already hide the header, the footer, the breadcrumb and the pager. On a screen the
               sheets are a list of cards (one column on a phone); on paper each sheet is an A4 page of
               3 columns by 4 rows. */
            .print-how { color: var(--muted); }
            .sheet { margin: 1.5rem 0; }
            .sheet-caption { color: var(--muted); font-size: .9rem; margin: 0 0 .5rem; }
            .sheet-grid { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .75rem; }
            .print-card { display: grid; grid-template-columns: 7rem 7rem; grid-template-rows: 7rem auto auto 1fr; justify-content: space-between; gap: .35rem .5rem; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .5rem; break-inside: avoid; }
            .print-card picture, .print-card .no-photo { grid-column: 1; grid-row: 1; }
            .print-card img, .print-card .no-photo { display: block; width: 100%; height: 100%; aspect-ratio: 1; object-fit: cover; border-radius: calc(var(--radius) - 4px); background: #efe6da; }
            .print-card .no-photo { display: flex; align-items: center; justify-content: center; text-align: center; color: var(--muted); font-size: .8rem; }
            .print-qr { grid-column: 2; grid-row: 1; margin: 0; display: flex; flex-direction: column; align-items: center; }
            /* The light modules are the sheet behind the code: always white, never the card's colour. */
            .qr { display: block; width: 100%; height: auto; max-height: 5.9rem; aspect-ratio: 1; background: #fff; }
            .print-qr figcaption { font-size: .7rem; line-height: 1.2; text-align: center; color: var(--muted); }
            .print-name { grid-column: 1 / -1; font-weight: 700; color: var(--ink); text-decoration: none; line-height: 1.3; overflow-wrap: anywhere; }
            .print-card .price { grid-column: 1 / -1; }
            .print-meta { grid-column: 1 / -1; color: var(--muted); font-size: .9rem; }

            /* A4 at 10 mm margins leaves 190 × 277 mm: a caption, then 4 rows of 64 mm with 3 mm gaps
               (265 mm), each row 3 cards of 61.3 mm. A card (55.7 mm inside its padding and border): a 29 mm
               photo and a 24 mm QR code side by side (modules of about 0.5 mm for a product URL), then name,
               price and producer. */
            @page { size: A4; margin: 10mm; }
            @media print {
              h1, .lead, .print-how { display: none; }
              body { font-size: 8.5pt; }
              .wrap { max-width: none; padding: 0; }
              main { margin: 0; }
              .sheet { margin: 0; }
              .sheet + .sheet { break-before: page; }
              .sheet-caption { color: #000; font-size: 8pt; height: 6mm; margin: 0; }
              .sheet-grid { grid-template-columns: repeat(3, 1fr); grid-auto-rows: 64mm; gap: 3mm; }
              .print-card { grid-template-columns: 29mm 24mm; grid-template-rows: 29mm auto auto 1fr; gap: 1.5mm 2mm; padding: 2.5mm; border: .3mm solid #999; border-radius: 2mm; overflow: hidden; }
              .print-card img, .print-card .no-photo { border-radius: 1mm; }
              .qr { width: 24mm; height: 24mm; max-height: none; }
              .print-qr figcaption { font-size: 6.5pt; color: #000; }
              /* Three lines of name at most, so price and producer always fit. */
              .print-name { color: #000; font-size: 9pt; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
              .print-meta { color: #000; font-size: 8pt; }
              .badge { background: none; color: #000; border: .3mm solid #000; font-size: 7pt; padding: 0 1mm; }
            }

            """####
        ),
        (
            "assets/search.js",
            ####"""
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

            """####
        ),
        (
            "cluster.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            {{#cluster}}
            <article>
            <h1>{{page_title}}</h1>
            <p class="lead">{{place}} · {{count}} {{ui.products}}</p>
            <section aria-labelledby="produk">
            <h2 id="produk">{{ui.products_in_cluster}}</h2>
            {{> partials/product-grid}}
            </section>
            {{> partials/facts}}
            {{> partials/contact}}
            {{#body}}<div class="prose">{{{body}}}</div>{{/body}}
            {{^empty(producers)}}
            <section aria-labelledby="perajin">
            <h2 id="perajin">{{ui.producers_in_cluster}}</h2>
            <ul class="producers">
            {{#producers}}{{> partials/producer-card}}
            {{/producers}}
            </ul>
            </section>
            {{/empty(producers)}}
            </article>
            {{/cluster}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "clusters.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            <h1>{{page_title}}</h1>
            {{#list}}
            <ul class="tiles">
            {{#clusters}}{{> partials/cluster-tile}}
            {{/clusters}}
            </ul>
            {{#pager}}{{> partials/pager}}{{/pager}}
            {{/list}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "facet.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            <h1>{{page_title}}</h1>
            {{#facet}}
            <p class="count">{{count}} {{ui.products}}</p>
            {{> partials/browse}}
            {{> partials/product-grid}}
            {{/facet}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "facets.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            {{#facets}}
            <h1>{{name}}</h1>
            <table class="directory">
            <thead><tr><th scope="col">{{name}}</th><th scope="col">{{ui.products_count}}</th></tr></thead>
            <tbody>
            {{#values}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th><td>{{count}}</td></tr>
            {{/values}}
            </tbody>
            </table>
            {{/facets}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "index.mustache",
            ####"""
            {{<layout}}
            {{$title}}{{site.title}}{{/title}}
            {{$main}}
            <section class="hero">
            <h1>{{site.title}}</h1>
            {{#site.description}}<p class="lead">{{site.description}}</p>{{/site.description}}
            <p class="stats">{{home.products_count}} {{ui.products}} · {{home.producers_count}} {{ui.producers}} · {{home.clusters_count}} {{ui.clusters}} · <a href="{{links.motifs}}">{{home.motifs_count}} {{ui.motifs}}</a></p>
            </section>
            <section aria-labelledby="pilihan">
            <h2 id="pilihan">{{ui.featured}}</h2>
            {{^empty(home.featured)}}<ul class="grid">
            {{#home.featured}}
            {{> partials/product-card}}
            {{/home.featured}}
            </ul>
            {{/empty(home.featured)}}
            <p><a class="more" href="{{links.products}}">{{ui.all_products}}</a></p>
            </section>
            <section aria-labelledby="jelajah">
            <h2 id="jelajah">{{ui.browse}}</h2>
            {{#home.techniques}}{{> partials/chip-group}}{{/home.techniques}}
            {{#home.price_bands}}{{> partials/chip-group}}{{/home.price_bands}}
            </section>
            <section aria-labelledby="klaster">
            <h2 id="klaster">{{ui.largest_clusters}}</h2>
            <ul class="tiles">
            {{#home.clusters}}{{> partials/cluster-tile}}
            {{/home.clusters}}
            </ul>
            {{#home.all_clusters}}<p><a class="more" href="{{.}}">{{ui.all_clusters}}</a></p>{{/home.all_clusters}}
            </section>
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "layout.mustache",
            ####"""
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{$title}}{{page_title}} – {{site.title}}{{/title}}</title>
            {{#page_description}}<meta name="description" content="{{page_description}}">
            <meta property="og:description" content="{{page_description}}">
            {{/page_description}}
            {{#page.canonical}}<link rel="canonical" href="{{.}}">
            {{/page.canonical}}
            {{#page.prev}}<link rel="prev" href="{{.}}">
            {{/page.prev}}
            {{#page.next}}<link rel="next" href="{{.}}">
            {{/page.next}}
            <meta property="og:title" content="{{page_title}}">
            <meta property="og:site_name" content="{{site.title}}">
            {{#page_image}}<meta property="og:image" content="{{page_image}}">
            {{/page_image}}
            <link rel="stylesheet" href="{{links.css}}">
            </head>
            <body>
            <a class="skip" href="#isi">{{ui.skip}}</a>
            <header class="site-header">
            <div class="wrap">
            <a class="brand" href="{{links.home}}">{{site.title}}</a>
            <form class="search" role="search" action="{{links.search}}" method="get">
            <label class="visually-hidden" for="cari">{{ui.search_label}}</label>
            <input id="cari" type="search" name="q" placeholder="{{ui.search_placeholder}}" autocomplete="off">
            <button type="submit">{{ui.search}}</button>
            </form>
            <nav aria-label="{{ui.menu}}">
            <ul class="menu">
            {{#nav}}<li><a href="{{url}}"{{#current}} aria-current="true"{{/current}}>{{name}}</a></li>
            {{/nav}}
            </ul>
            </nav>
            </div>
            </header>
            <main id="isi" class="wrap">
            {{^empty(crumbs)}}
            <nav class="crumbs" aria-label="{{ui.breadcrumb}}">
            <ol>
            {{#crumbs}}<li>{{#url}}<a href="{{url}}">{{name}}</a>{{/url}}{{^url}}<span aria-current="page">{{name}}</span>{{/url}}</li>
            {{/crumbs}}
            </ol>
            </nav>
            {{/empty(crumbs)}}
            {{$main}}{{/main}}
            </main>
            <footer class="site-footer">
            <div class="wrap">
            {{^empty(site.pages)}}
            <nav aria-label="{{ui.info}}">
            <ul class="menu">
            {{#site.pages}}<li><a href="{{url}}">{{name}}</a></li>
            {{/site.pages}}
            </ul>
            </nav>
            {{/empty(site.pages)}}
            <p>{{ui.footer}}</p>
            </div>
            </footer>
            </body>
            </html>

            """####
        ),
        (
            "motif.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            {{#motif}}
            <article>
            <h1>{{ui.motif}} {{page_title}}</h1>
            {{#origin}}<p class="lead">{{ui.origin}}: {{origin}}</p>{{/origin}}
            {{#body}}<div class="prose">{{{body}}}</div>{{/body}}
            <section aria-labelledby="produk">
            <h2 id="produk">{{ui.products_with_motif}}</h2>
            {{> partials/product-grid}}
            </section>
            </article>
            {{/motif}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "motifs.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            <h1>{{page_title}}</h1>
            <table class="directory">
            <thead><tr><th scope="col">{{ui.motif}}</th><th scope="col">{{ui.products_count}}</th></tr></thead>
            <tbody>
            {{#list.motifs}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th><td>{{count}}</td></tr>
            {{/list.motifs}}
            </tbody>
            </table>
            {{#list.pager}}{{> partials/pager}}{{/list.pager}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "page.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            {{#free_page}}
            <article>
            <h1>{{name}}</h1>
            <div class="prose">{{{body}}}</div>
            </article>
            {{/free_page}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "partials/browse.mustache",
            ####"""
            {{#browse}}
            <details class="browse">
            <summary>{{ui.browse}}</summary>
            {{#groups}}{{> partials/chip-group}}{{/groups}}
            </details>
            {{/browse}}

            """####
        ),
        (
            "partials/chip-group.mustache",
            ####"""
            {{^empty(chips)}}
            <div class="chip-group">
            <p class="chip-label">{{label}}</p>
            <ul class="chips">
            {{#chips}}<li><a class="chip" href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{name}} <span class="count">{{count}}</span></a></li>
            {{/chips}}
            {{#all}}<li><a class="chip more" href="{{.}}">{{ui.all_values}}</a></li>
            {{/all}}
            </ul>
            </div>
            {{/empty(chips)}}

            """####
        ),
        (
            "partials/cluster-tile.mustache",
            ####"""
            <li class="tile"><a href="{{url}}">{{#photo}}<picture><source type="image/webp" srcset="{{webp_srcset}}" sizes="(min-width: 48rem) 20rem, calc(100vw - 4rem)"><img src="{{src}}" srcset="{{srcset}}" sizes="(min-width: 48rem) 20rem, calc(100vw - 4rem)" width="{{width}}" height="{{height}}" alt="" loading="{{loading}}" decoding="async" style="background-color:{{colour}}"></picture>{{/photo}}<span class="tile-name">{{name}}</span> <span class="card-meta">{{place}}</span> <span class="card-meta">{{producers_count}} {{ui.producers}} · {{products_count}} {{ui.products}}</span></a></li>

            """####
        ),
        (
            "partials/contact.mustache",
            ####"""
            {{#contact.any}}
            <ul class="actions">
            {{#contact.phone}}<li><a class="button" href="{{href}}">{{ui.call}} <span class="number">{{display}}</span></a></li>
            {{/contact.phone}}
            {{#contact.whatsapp}}<li><a class="button whatsapp" href="{{href}}">{{ui.whatsapp}} <span class="number">{{display}}</span></a></li>
            {{/contact.whatsapp}}
            {{#contact.email}}<li><a class="button secondary" href="{{href}}">{{ui.email}}: {{address}}</a></li>
            {{/contact.email}}
            {{#contact.website}}<li><a class="button secondary" href="{{href}}" rel="nofollow noopener">{{ui.website}}: {{label}}</a></li>
            {{/contact.website}}
            </ul>
            {{/contact.any}}

            """####
        ),
        (
            "partials/facts.mustache",
            ####"""
            {{^empty(facts)}}
            <dl class="facts">
            {{#facts}}<div><dt>{{label}}</dt><dd>{{#url}}<a href="{{url}}">{{value}}</a>{{/url}}{{^url}}{{value}}{{/url}}</dd></div>
            {{/facts}}
            </dl>
            {{/empty(facts)}}

            """####
        ),
        (
            "partials/pager.mustache",
            ####"""
            <nav class="pager" aria-label="{{ui.pages}}">
            <p class="pager-label">{{label}}</p>
            <ul>
            {{#prev}}<li><a href="{{.}}" rel="prev">‹ {{ui.previous}}</a></li>
            {{/prev}}
            {{#items}}<li>{{#url}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{number}}</a>{{/url}}{{^url}}<span class="gap" aria-hidden="true">…</span>{{/url}}</li>
            {{/items}}
            {{#next}}<li><a href="{{.}}" rel="next">{{ui.next}} ›</a></li>
            {{/next}}
            </ul>
            </nav>

            """####
        ),
        (
            "partials/producer-card.mustache",
            ####"""
            <li class="producer">
            <h3><a href="{{url}}">{{name}}</a></h3>
            <p class="card-meta"><a href="{{cluster_url}}">{{cluster_name}}</a>{{#city}}, {{city}}{{/city}}</p>
            {{> partials/contact}}
            </li>

            """####
        ),
        (
            "partials/product-card.mustache",
            ####"""
            <li class="card">
            <a class="card-link" href="{{url}}">
            {{#photo}}<picture><source type="image/webp" srcset="{{webp_srcset}}" sizes="(min-width: 48rem) 12rem, (min-width: 30rem) 30vw, 45vw"><img src="{{src}}" srcset="{{srcset}}" sizes="(min-width: 48rem) 12rem, (min-width: 30rem) 30vw, 45vw" width="{{width}}" height="{{height}}" alt="" loading="{{loading}}" decoding="async" style="background-color:{{colour}}"></picture>{{/photo}}
            {{^photo}}<span class="no-photo" aria-hidden="true">{{ui.no_photo}}</span>{{/photo}}
            <span class="card-name">{{name}}</span>
            </a>
            <span class="price">{{price}}</span>
            <span class="card-meta">{{producer_name}}{{#city}} · {{city}}{{/city}}</span>
            {{#technique}}<span class="card-meta">{{technique}}</span>
            {{/technique}}
            {{#sold_out}}<span class="badge">{{ui.sold_out}}</span>{{/sold_out}}
            </li>

            """####
        ),
        (
            "partials/product-grid.mustache",
            ####"""
            {{^empty(products)}}
            <ul class="grid">
            {{#products}}
            {{> partials/product-card}}
            {{/products}}
            </ul>
            {{/empty(products)}}
            {{#empty(products)}}<p>{{ui.no_products}}</p>{{/empty(products)}}
            {{#pager}}{{> partials/pager}}{{/pager}}

            """####
        ),
        (
            "print-cluster.mustache",
            ####"""
            {{<layout}}
            {{$head}}<meta name="robots" content="noindex">
            {{/head}}
            {{$main}}
            {{#print}}
            <link rel="stylesheet" href="{{stylesheet}}">
            <h1>{{page_title}}</h1>
            <p class="lead">{{place}} · {{count}} {{ui.products}}</p>
            <p class="print-how">{{ui.print_how}}</p>
            {{#sheets}}
            <section class="sheet" aria-label="{{caption}}">
            <p class="sheet-caption">{{site.title}} · {{caption}}</p>
            <ul class="sheet-grid">
            {{#products}}<li class="print-card">
            {{#photo}}<picture><source type="image/webp" srcset="{{webp_srcset}}" sizes="7rem"><img src="{{src}}" srcset="{{srcset}}" sizes="7rem" width="{{width}}" height="{{height}}" alt="" loading="eager" decoding="async" style="background-color:{{colour}}"></picture>{{/photo}}
            {{^photo}}<span class="no-photo" aria-hidden="true">{{ui.no_photo}}</span>{{/photo}}
            {{#qr}}<figure class="print-qr">{{svg}}<figcaption>{{caption}}</figcaption></figure>{{/qr}}
            <a class="print-name" href="{{url}}">{{name}}</a>
            <span class="price">{{price}}{{#sold_out}} <span class="badge">{{ui.sold_out}}</span>{{/sold_out}}</span>
            <span class="print-meta">{{producer_name}}{{#contact}}<br>{{contact}}{{/contact}}</span>
            </li>
            {{/products}}
            </ul>
            </section>
            {{/sheets}}
            {{#pager}}{{> partials/pager}}{{/pager}}
            {{/print}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "print.mustache",
            ####"""
            {{<layout}}
            {{$head}}<meta name="robots" content="noindex">
            {{/head}}
            {{$main}}
            <h1>{{page_title}}</h1>
            <p class="lead">{{ui.print_intro}}</p>
            <p>{{ui.print_how}}</p>
            {{#print}}
            {{#empty(clusters)}}<p>{{ui.no_products}}</p>{{/empty(clusters)}}
            {{^empty(clusters)}}
            <h2>{{ui.print_pages}}</h2>
            <ul class="print-index">
            {{#clusters}}<li><a href="{{url}}">{{name}}</a> <span class="card-meta">{{place}} · {{count}} {{ui.products}}</span>
            <ul>
            {{#pages}}<li><a href="{{url}}">{{ui.print_page}} {{number}}</a> · {{products}}</li>
            {{/pages}}
            </ul>
            </li>
            {{/clusters}}
            </ul>
            {{/empty(clusters)}}
            {{/print}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "producer.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            {{#producer}}
            <article>
            <h1>{{page_title}}</h1>
            {{> partials/facts}}
            {{> partials/contact}}
            {{#body}}<div class="prose">{{{body}}}</div>{{/body}}
            <section aria-labelledby="produk">
            <h2 id="produk">{{ui.products_of_producer}}</h2>
            {{> partials/product-grid}}
            </section>
            </article>
            {{/producer}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "producers.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            <h1>{{page_title}}</h1>
            <p>{{ui.directory_intro}}</p>
            <table class="directory stack">
            <thead><tr><th scope="col">{{ui.name}}</th><th scope="col">{{ui.cluster}}</th><th scope="col">{{ui.phone}}</th><th scope="col">{{ui.whatsapp}}</th></tr></thead>
            <tbody>
            {{#list.producers}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th><td data-label="{{ui.cluster}}"><a href="{{cluster_url}}">{{cluster_name}}</a></td><td data-label="{{ui.phone}}">{{#contact.phone}}<a href="{{href}}">{{display}}</a>{{/contact.phone}}</td><td data-label="{{ui.whatsapp}}">{{#contact.whatsapp}}<a href="{{href}}">{{display}}</a>{{/contact.whatsapp}}</td></tr>
            {{/list.producers}}
            </tbody>
            </table>
            {{#list.pager}}{{> partials/pager}}{{/list.pager}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "product.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            {{#product}}
            <article class="product">
            <h1>{{name}}</h1>
            {{#sold_out}}<p class="badge">{{ui.sold_out}}</p>{{/sold_out}}
            <p class="price big">{{price}}</p>
            {{^empty(photos)}}
            <div class="photos">
            {{#photos}}<a href="{{full}}"><picture><source type="image/webp" srcset="{{webp_srcset}}" sizes="(min-width: 48rem) 38rem, calc(100vw - 2rem)"><img src="{{src}}" srcset="{{srcset}}" sizes="(min-width: 48rem) 38rem, calc(100vw - 2rem)" width="{{width}}" height="{{height}}" alt="{{alt}}" loading="{{loading}}"{{#priority}} fetchpriority="high"{{/priority}} decoding="async" style="background-color:{{colour}}"></picture></a>
            {{/photos}}
            </div>
            {{/empty(photos)}}
            <div class="side">
            {{#producer}}
            <section class="contact-card" aria-labelledby="hubungi">
            <h2 id="hubungi">{{ui.contact_producer}}</h2>
            <p><a href="{{url}}">{{name}}</a> · <a href="{{cluster_url}}">{{cluster_name}}</a></p>
            {{> partials/contact}}
            </section>
            {{/producer}}
            <section aria-labelledby="keterangan">
            <h2 id="keterangan">{{ui.details}}</h2>
            {{> partials/facts}}
            {{^empty(motifs)}}
            <p class="motifs">{{ui.motifs}}: {{#motifs}}<a class="tag" href="{{url}}">{{name}}</a> {{/motifs}}</p>
            {{/empty(motifs)}}
            </section>
            </div>
            {{#body}}<div class="prose">{{{body}}}</div>{{/body}}
            </article>
            {{/product}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "products.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            <h1>{{page_title}}</h1>
            {{#list}}
            <p class="count">{{count}} {{ui.products}}</p>
            {{> partials/browse}}
            {{> partials/product-grid}}
            {{/list}}
            {{/main}}
            {{/layout}}

            """####
        ),
        (
            "search.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            <h1>{{page_title}}</h1>
            {{#search}}
            <div id="search" data-root="{{root}}" data-style="{{style}}" data-count="{{ui.search_count}}" data-none="{{ui.search_none}}" data-loading="{{ui.search_loading}}" data-techniques="{{ui.techniques}}" data-prices="{{ui.price_bands}}" data-provinces="{{ui.provinces}}" data-clusters="{{ui.clusters}}" data-motifs="{{ui.motifs}}" data-stock="{{ui.in_stock}}" data-clear="{{ui.clear_filters}}" data-price-on-request="{{price_on_request}}" data-sold-out="{{sold_out}}" data-no-photo="{{no_photo}}">
            <p id="search-status" class="count" role="status" aria-live="polite"></p>
            <div id="search-controls" hidden>
            <p><label for="search-sort">{{ui.search_sort}}</label>
            <select id="search-sort">
            <option value="relevance">{{ui.sort_relevance}}</option>
            <option value="price-up">{{ui.sort_price_up}}</option>
            <option value="price-down">{{ui.sort_price_down}}</option>
            <option value="newest">{{ui.sort_newest}}</option>
            </select></p>
            <details class="browse">
            <summary>{{ui.search_filters}}</summary>
            <div id="search-filters"></div>
            </details>
            </div>
            <ul class="grid" id="search-results"></ul>
            <p><button type="button" id="search-more" class="button secondary" hidden>{{ui.search_more}}</button></p>
            </div>
            <section id="search-browse" aria-labelledby="jelajah">
            <h2 id="jelajah">{{ui.browse}}</h2>
            <p id="search-no-script">{{ui.search_no_script}}</p>
            {{#browse}}{{#groups}}{{> partials/chip-group}}{{/groups}}{{/browse}}
            </section>
            <script src="{{script}}" defer></script>
            {{/search}}
            {{/main}}
            {{/layout}}

            """####
        ),
    ]
}
