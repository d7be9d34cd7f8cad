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
            /* WhatsApp first: buyers chat, they rarely phone. */
            .actions li.primary { flex-basis: 100%; max-width: 28rem; }
            .actions li.primary .button { font-size: 1.1rem; min-height: 52px; }
            /* On a phone, the price and the chat stay at the bottom of the screen while the buyer reads. Sticky,
               not fixed: it keeps its own place at the end of the page, so it never covers the last lines. */
            .chat-bar { position: sticky; bottom: 0; z-index: 1; display: grid; grid-template-columns: 1fr auto auto; align-items: center; gap: .5rem; margin: 1.5rem -1rem 0; padding: .5rem 1rem; background: var(--card); border-top: 1px solid var(--line); box-shadow: 0 -2px 8px rgba(33, 26, 21, .12); }
            .chat-bar .price { margin: 0; line-height: 1.2; overflow-wrap: anywhere; }
            .chat-bar .button { width: auto; padding: .6rem .8rem; }
            .chat-bar .button.whatsapp { min-width: 7.5rem; }
            .chat-bar .button:only-of-type { min-width: 10rem; }
            /* The narrowest phones: the price above the buttons. */
            @media (max-width: 22rem) { .chat-bar { grid-template-columns: 1fr 1fr; } .chat-bar .price { grid-column: 1 / -1; } .chat-bar .button:only-of-type { grid-column: 1 / -1; } }
            @media (min-width: 48rem) { .chat-bar { display: none; } }
            .button.secondary { background: var(--card); color: var(--accent); border: 2px solid var(--accent); padding: .5rem .9rem; overflow-wrap: anywhere; }
            .button:hover { filter: brightness(1.12); }
            p > .button { width: auto; }
            .number { font-weight: 400; white-space: nowrap; }

            /* The submission form: one column, a label above each field, fields a thumb can hit (16 px text,
               so phones do not zoom in), each error under its field in the badge colour. */
            .submit-form, .submit-result, #submit-no-script { max-width: 38rem; }
            .field { margin: 0 0 1rem; }
            .field label { display: block; font-weight: 600; margin-bottom: .25rem; }
            .field input, .field select, .field textarea, .sheet { display: block; width: 100%; min-height: 44px; padding: .5rem .75rem; border: 1px solid var(--edge); border-radius: var(--radius); background: var(--card); color: var(--ink); font: inherit; }
            .field input[aria-invalid], .field textarea[aria-invalid] { border: 2px solid var(--badge); }
            .required { font-weight: 400; color: var(--muted); }
            .hint { margin: .25rem 0 0; color: var(--muted); font-size: .9rem; }
            .field-error { margin: .25rem 0 0; color: var(--badge); font-weight: 600; white-space: pre-line; overflow-wrap: anywhere; }
            .sheet { font-family: ui-monospace, "Noto Sans Mono", monospace; font-size: .85rem; line-height: 1.45; overflow-wrap: anywhere; resize: vertical; }
            .submit-status { font-weight: 600; }
            .submit-status:empty { display: none; }
            button.button { font: inherit; font-weight: 600; cursor: pointer; }
            .field input:focus-visible, .field textarea:focus-visible, .sheet:focus-visible, button.button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }

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
              .site-header, .site-footer, .skip, .crumbs, .actions .button.secondary:not(.call), .photos, .pager, .browse, .chat-bar { display: none; }
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
            "assets/submit.js",
            ####"""
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
            "icons/favicon.svg",
            ####"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#7a3412"/><g fill="#f6e7cf"><ellipse cx="32" cy="17.5" rx="7.5" ry="11.5"/><ellipse cx="32" cy="46.5" rx="7.5" ry="11.5"/><ellipse cx="17.5" cy="32" rx="11.5" ry="7.5"/><ellipse cx="46.5" cy="32" rx="11.5" ry="7.5"/></g><circle cx="32" cy="32" r="3.5" fill="#f6e7cf"/></svg>

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
            {{#preview}}
            <meta property="og:type" content="{{type}}">
            <meta property="og:url" content="{{url}}">
            <meta property="og:locale" content="{{locale}}">
            {{#image}}<meta property="og:image" content="{{url}}">
            <meta property="og:image:type" content="image/jpeg">
            <meta property="og:image:width" content="{{width}}">
            <meta property="og:image:height" content="{{height}}">
            <meta property="og:image:alt" content="{{alt}}">
            {{/image}}
            {{#price}}<meta property="product:price:amount" content="{{.}}">
            <meta property="product:price:currency" content="IDR">
            {{/price}}
            <meta name="twitter:card" content="{{card}}">
            <script type="application/ld+json">{{json_ld}}</script>
            {{/preview}}
            <link rel="stylesheet" href="{{links.css}}">
            <link rel="icon" href="{{links.favicon}}" sizes="32x32">
            {{#links.icon_svg}}<link rel="icon" href="{{.}}" type="image/svg+xml">
            {{/links.icon_svg}}
            <link rel="apple-touch-icon" href="{{links.apple_touch_icon}}">
            <link rel="manifest" href="{{links.manifest}}">
            <meta name="theme-color" content="{{site.theme_color}}">
            {{#exports.feed}}<link rel="alternate" type="application/atom+xml" title="{{ui.feed}}" href="{{.}}">
            {{/exports.feed}}
            {{$head}}{{/head}}
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
            <nav aria-label="{{ui.info}}">
            <ul class="menu">
            {{#site.pages}}<li><a href="{{url}}">{{name}}</a></li>
            {{/site.pages}}
            {{#links.submit}}<li><a href="{{.}}">{{ui.submit_product}}</a></li>
            {{/links.submit}}
            <li><a href="{{links.print}}">{{ui.print_catalogue}}</a></li>
            <li><a href="{{exports.csv}}" type="text/csv">{{ui.catalogue_csv}}</a></li>
            <li><a href="{{exports.json}}" type="application/json">{{ui.catalogue_json}}</a></li>
            {{#exports.feed}}<li><a href="{{.}}" type="application/atom+xml">{{ui.feed}}</a></li>
            {{/exports.feed}}
            </ul>
            </nav>
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
            {{#contact.whatsapp}}<li class="primary"><a class="button whatsapp" href="{{href}}">{{ui.whatsapp}} <span class="number">{{display}}</span></a></li>
            {{/contact.whatsapp}}
            {{#contact.phone}}<li><a class="button call{{#contact.whatsapp}} secondary{{/contact.whatsapp}}" href="{{href}}">{{ui.call}} <span class="number">{{display}}</span></a></li>
            {{/contact.phone}}
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
            <link rel="stylesheet" href="{{print.stylesheet}}">
            {{/head}}
            {{$main}}
            {{#print}}
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
            {{#bar}}
            <div class="chat-bar">
            <p class="price">{{price}}</p>
            {{#whatsapp}}<a class="button whatsapp" href="{{.}}">{{ui.whatsapp}}</a>
            {{/whatsapp}}
            {{#call}}<a class="{{call_class}}" href="{{.}}">{{ui.call}}</a>
            {{/call}}
            </div>
            {{/bar}}
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
        (
            "submit.mustache",
            ####"""
            {{<layout}}
            {{$head}}<meta name="robots" content="noindex">
            {{/head}}
            {{$main}}
            <h1>{{page_title}}</h1>
            {{#submit}}
            <p class="lead">{{ui.submit_intro}}</p>
            <div id="submit" hidden>
            <form id="submit-form" class="submit-form" novalidate aria-labelledby="submit-form-title">
            <h2 id="submit-form-title">{{ui.submit_form_title}}</h2>
            <div class="field">
            <label for="submit-producer">{{ui.submit_producer}} <span class="required">({{ui.submit_required}})</span></label>
            <input id="submit-producer" list="submit-producers" autocomplete="off" maxlength="200" aria-required="true" aria-describedby="submit-producer-hint">
            <datalist id="submit-producers"></datalist>
            <p id="submit-producer-hint" class="hint">{{ui.submit_producer_hint}}</p>
            <p id="submit-producer-code" class="hint" hidden></p>
            <p id="submit-producer-error" class="field-error" hidden></p>
            </div>
            <div class="field">
            <label for="submit-name">{{ui.submit_name}} <span class="required">({{ui.submit_required}})</span></label>
            <input id="submit-name" autocomplete="off" maxlength="200" aria-required="true">
            <p id="submit-name-error" class="field-error" hidden></p>
            </div>
            <div class="field">
            <label for="submit-price">{{ui.submit_price}}</label>
            <input id="submit-price" inputmode="numeric" autocomplete="off" maxlength="40" aria-describedby="submit-price-hint">
            <p id="submit-price-hint" class="hint">{{ui.submit_price_hint}}</p>
            <p id="submit-price-error" class="field-error" hidden></p>
            </div>
            <div class="field">
            <label for="submit-technique">{{ui.technique}}</label>
            <select id="submit-technique">
            <option value="">{{ui.submit_no_technique}}</option>
            {{#techniques}}<option value="{{value}}">{{name}}</option>
            {{/techniques}}
            </select>
            </div>
            <div class="field">
            <label for="submit-motifs">{{ui.motifs}}</label>
            <input id="submit-motifs" autocomplete="off" maxlength="200" aria-describedby="submit-motifs-hint">
            <p id="submit-motifs-hint" class="hint">{{ui.submit_motifs_hint}}</p>
            <p id="submit-motifs-error" class="field-error" hidden></p>
            </div>
            <div class="field">
            <label for="submit-material">{{ui.material}}</label>
            <input id="submit-material" autocomplete="off" maxlength="200">
            </div>
            <div class="field">
            <label for="submit-size">{{ui.size}}</label>
            <input id="submit-size" autocomplete="off" maxlength="200" aria-describedby="submit-size-hint">
            <p id="submit-size-hint" class="hint">{{ui.submit_size_hint}}</p>
            </div>
            <div class="field">
            <label for="submit-colors">{{ui.colors}}</label>
            <input id="submit-colors" autocomplete="off" maxlength="200" aria-describedby="submit-colors-hint">
            <p id="submit-colors-hint" class="hint">{{ui.submit_colors_hint}}</p>
            </div>
            <div class="field">
            <label for="submit-description">{{ui.submit_description}}</label>
            <textarea id="submit-description" rows="5" maxlength="5000" aria-describedby="submit-description-hint"></textarea>
            <p id="submit-description-hint" class="hint">{{ui.submit_description_hint}}</p>
            </div>
            </form>
            <section class="submit-result" aria-labelledby="submit-sheet-title">
            <h2 id="submit-sheet-title">{{ui.submit_sheet}}</h2>
            <p>{{ui.submit_last_word}}</p>
            <p id="submit-status" class="submit-status" role="status" aria-live="polite"></p>
            <p id="submit-file" class="hint"></p>
            <label class="visually-hidden" for="submit-sheet">{{ui.submit_sheet_label}}</label>
            <textarea id="submit-sheet" class="sheet" rows="12" readonly></textarea>
            <ul class="actions submit-actions">
            <li class="primary"><a id="submit-send" class="button whatsapp" href="{{whatsapp}}">{{ui.submit_send}}</a></li>
            <li><a id="submit-download" class="button secondary" href="#submit-sheet" download>{{ui.submit_sheet}}</a></li>
            <li><button type="button" id="submit-copy" class="button secondary">{{ui.submit_copy}}</button></li>
            </ul>
            <p>{{ui.submit_photos}}</p>
            </section>
            </div>
            <section id="submit-no-script" aria-labelledby="submit-example-title">
            <h2 id="submit-example-title">{{ui.submit_example}}</h2>
            <p>{{ui.submit_no_script}} {{ui.submit_checked}}</p>
            <label class="visually-hidden" for="submit-example">{{ui.submit_example}}</label>
            <textarea id="submit-example" class="sheet" rows="16" readonly>{{example}}</textarea>
            <p><a class="button whatsapp" href="{{whatsapp}}">{{ui.submit_send}}</a></p>
            <p>{{ui.submit_maintainer}}: {{whatsapp_display}}. {{ui.submit_photos}}</p>
            </section>
            <script type="application/json" id="submit-data">{{data}}</script>
            <script src="{{script}}" defer></script>
            {{/submit}}
            {{/main}}
            {{/layout}}

            """####
        ),
    ]

    /// The binary files, each as hexadecimal digits (whitespace between them is ignored).
    static let binaryFiles: [(String, String)] = [
        (
            "icons/apple-touch-icon.png",
            """
            89504e470d0a1a0a0000000d49484452000000b4000000b408030000000a13f600000000c0504c54457a3412f5e6ce73
            2a08fdf2da813814864625c9a68ba77658eedbc2e9d4bbd4b59be2cab19258379a6344d8bda2b3866982401eddc3a9bb
            9376a16c4dad7e60c29d81c0997d985f4000000000000000000000000000000000000000000000000000000000000000
            000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
            0000000000000000000000000000000000000000000000000000000000000000000000000000000000fd7cdfb6000000
            4074524e53ffffffffffffffffffffffffffffffffffffffffffffffff00000000000000000000000000000000000000
            0000000000000000000000000000000000000000008a452f0b0000056d4944415478daed5deb9aa2300ca5e9054ab98a
            cebeff9b6e41dd7554209482899a7ffa8de1cc216dd3244d93e42d45295ecfdb1beffa27bf0e71f0f31509cbe4077919
            10456a1e48de55144348ea4be487ff478ae55b78df59e433058099cd78c0da4b64e06a4bccd0a4c6654264cea40a580c
            46680e9994621029ed41017de38034bb20bee0ce52204e3524e617e401b6a14e74f580d9a3ae6853dd3ec1ec51b79489
            ce9f62f6a873b254c36904b347fd033489866e14b3970ee2828d04bab11398856d28dac784710c0672027ad601859891
            0222c28d04dac869ccd20035fb98273a1ad51141cf111d8fea78a2b379a6334d6b1c422ae741cb38fe9e8a063ac780ce
            81d248042d50a2295935ca3aa2d9c77e7307c1f9c3e1ccc351221a69d2a48c1a3a2ce88e10e85ae230cb1ab88d435a23
            11b5b4445c5e226dc2b136ddd2c1ac2c16b4a5131bc7b878d11dbdd5d3344bd042b05b5dde1d7446671de768d333b1a5
            2de24c3b7aa6a47c53a8b0cb78f57598d6813e60411f08814eb1a009ed6c31813c7ae1bc26e337e3617701a4f600d891
            48698b88376a62116ac72d56d353fd83899afed0221a671fe4f217880d79f53a4e9f97f82016c591e510b62b76825e12
            a507692e1f970d45f74c6373d6a89e695c4dae2ed353dedaac5ffa32eb2a537785ba7dcc2cd5b744fb1faaa2ab4de5ec
            a030b36d7e4a4b1d8bf61e706a5c5f8f74834af69f6c7e286f0ac25a6470c9ffa23ce4f6ace356a37f19268d506206a0
            eb4ac8b1320e0fdc78dce73f2da74197973f4b4a63a73456b55e051ba03062eead8bb63ec39ecce85ff2f990d4edbc46
            5304c306287381f129a4bdc076727a147ac816a550e465186cd046207d7b0fbb0ff14fad30fdba029d452b1426244272
            5f5f37bbfbf33c8e9bb537e867d56f530a43eaf9163d6120db9309e968aa050abb54e3e27abe7ce113ae74968fef4766
            25ccce2d316accaa00cc67d4fafea7b2d26198975621e6419885f8d39beed1fe9f85a5b4c72414f322aec104623e0745
            a149f3eb17793a7c838f50864677d0518cb1f7d94f9617b94c5c55b846e41ca24269e99f711ca690ffe621fc43d1b9d1
            a72f0f955a42c7b89e4736f4dd8bf25469bb42212e92a65710dd636ceebf6a8e6b581059b3a9459fc7fbfd2896265fa7
            1161d5e153c746829a409c20266e6b93de42e6934b4b72827bc9ac93ca12344bf3e03910594e79ab1797fba5e4f19b0d
            5ca666e532fe3092f53a1a50c5382b1da6e6d1616ab6779836704dd7784cc8aa27969b80d5db2dfdb8dddad45b5ab9b1
            1d6232f54b36b6c9d811bd1521842edcda7608d688d7056b9264e9c4275d314ee81016734b79585e6701ddab039021b5
            d68b42bdaec4847a4bb771a877c8682e0daa8b6841f5f03c292e7de18e97f485c1a42f8e6ed3f4c53551d4ee9b286a57
            268aae29b9a37143024dde28f71fb22a3c255765e241a17f69e618abeb439f912cd2fa949f739599756d6eeab4d4bf92
            9f735e51ef4bdd68d4655a9bbcbd6aacf2539d1649f4acedbf3cb34ae2a599af1a21769af9de5ce226f477e95ec2b174
            e28d8a54589603712cbc6259e286ccaa102b26e458b6898d6c502a9065598accb3e89b65793dcb830c1c8f8cb03c9cc3
            f218d49b1fa2ccbe87283f1034c743942c41b33cecceb2ad00cb060e3c1d26964d493a6c849f52fb178e8d7658b634e2
            d93c8a679baebd1ba2c5693d57eddb7a2e0e684c1dca6dd6e5d52ca31d3d422e1e7afea0d7b872ef16a12c9bb1b26c7b
            1bcb40a67345b1b3442c5b39476b9abd87531a7b933961201ba4103fb9117cb26bcbfd0fbfdc20d9f11a89a81776fc2e
            089396fc851d3d6a75b0fb5c8d12f7121ab5d725341caffbd9c04ca879cf5f216f331b80535f42bfc2ee3d2886a8153f
            b219de64cbf0cee080db99f95d28fd62dcdc2e1d576fbaf8fd05151b4424664f0f430000000049454e44ae426082
            """
        ),
        (
            "icons/favicon.ico",
            """
            0000010003001010000000002000bc02000036000000202000000000200071060000f20200003030000000002000000a
            00006309000089504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61000002834944415478
            9c7d93cd4b546114c67fe77def9dee55ef0cc4984a90d917b4eb8340a1b581416494cb3efe80762d2288168118d4a63f
            206a5b901429e43f9060a9fb50b38d9f0833379cebbcf7bda7c5e484109de5f978cef39cc323008f2e1cbe1b043cf605
            fd0a061044c8d23a0051520655001528ac61752fe7e9b3f99dd7f2e8e2e1dba1953785826f3501e09de3dc951150589c
            99c68661bb66453002ceeb9d4045270a055fe011acb196dd7a8dc1d1316e3d196f0d8401b393efe8285728bcc717ea31
            58159d3082f47905040ba0aa046189f3c323b834c5a529e787af128425749fa160bd82207d669f96b1161141bda714c7
            c44919d502d5823849284531ea3d2282b1b62da70db05bafe1f632c406d436b7d85c5d268c62c22866737585dad61662
            03dc5ec66ebdd6060810c1379b0c8d8e716e78842849d85a5d61637989dac63a0a6c2c2f71efc54bbafb07c8d294c599
            69be4e7dc0964a04595ae7d2b51bdc7c328e4b53540b8e9e394b6d63bdbd69f0fa2d2a3dbdb8ac8188e1d4d065f2dc31
            f7f1fd5f090743ff9dfe4704515266f1f3344110b62474256cfffcc1faf27706af8f01303bf996de93a7a91e3b4ef6ab
            2561f1f33451522640151b867c997ccbdca749c228a6bebdcdbde72fa9f4f402d073f214af1edca75cade2b206b97344
            9d5da04ab04fa5a35c418b02f59e4ab59b23fd277059038023fd0354aadd143e273c14518a3b28bc3ff8c6c27b5415b1
            9666d6a091d6113188181a694a336b20d6a2aaed6100a3e89a1540f1002242ee9a2ccc4c1126096192b0303345ee9a88
            c8fe8dbd1550742d109587c6c81b0cd6ff418f3abbf836f511ef72a065a6a8b3abbdd91ab146400a1e0a1cb0f33105cb
            ffedecade1679ef3747c7ee7f56ff76930fa981d83f10000000049454e44ae42608289504e470d0a1a0a0000000d4948
            445200000020000000200806000000737a7af40000063849444154789cb5977f6c9d6515c73fe779dff7f6de96f6f6ae
            35eb06434637d8fc03957608236b5462e618211ad3645bd8060c259ad45f555122ff1812678c8638a399ba0c86590dc4
            301521c40cb14bc7642b0612c3c65a0654f72b6d6f6fd7f6fe78dfe739fef1b695eedede768b3ec94d6ef23ecf73becf
            39dff33de708406727deb3cf62bb6f49afacab315f752a773bb801080061be25d39f54e7dd0228101a78d788be305974
            3ffbc99bb933333665e6cff7da32db02234f78463e1439c556bd138cf1b0510880e7073867abeef7047c2358a71743a7
            dff8617ff66067279e007cb72db3b52e30078b56b10e8b60a4dacb81c2e404d764960030911d2559774d55000a8ae23c
            235e8d0793a1dbb6bb3fdb238fb465aef745de344243e4702278d5df0e51a9c427b73f48fbe6cf01ca893f1fe295a7f7
            e327120b1d4515eb1b8c53c623d55b7c03dd094fd28548ed42c68de731359ee3330f7d99cf767d8be25816804d5ffb0e
            2286bfecfb25b50d699c9d3f1c227891c3267d49bb48bb8d20f7464e15c154332e22940a0596ae6ca563cb0ef223c3d8
            30c48621f991613ab6ed60e9ca56c2420191aad103c1444e55907b8dc275569185622ec61016f2ac5ddf416dba116723
            c418c4189c8da86d6864edfa0e4a853c62aabe0501b18a285c6744f0abc39d5e1a8358befa66d439e6e215d43996afbe
            3936be4006cd9e12fcea50e7d8573ccf27954ea3eafeab01d337a93a520d693ccf47178b00aac7bd0c842a360ca91c2d
            c146215a5d94ca5645f78bc8ac2b675ee3f93eea1cd9f3e730c6cc553f558c3164cf9f45d5e1f93e368aa661c5ec52e7
            2a822b03608c47a9988fd96c4cec5275a8538a534506fb5f63c396ed65001418ec3f4e71b2089a458c2062b036429d23
            482649d4a4ca14b30cc0d4a51c2d37ae62cd1d1b58b6ea266a1b1bb161c8e8d97f73e68dd73979f40803c78fb1faf63b
            991c1d01a0aea999d3c7fa3875ac8fb6cd9b59f9b15b59b2ec5abc20606a6c8c73036f73f2d5239c7f67a04c31e5d1f6
            25b34f894a253ebdf3213ab6ee20d5909e765bcc78630c0a0cf4bfc6abbfff1d77ddff459a577c1880e1a1f738fce4af
            b9e30b5b58d5761b0238e70045244ed5fc788ede9e03bcfcd46fe628a63fe3f6fca571ee7af04b6cecea263f32cce4d8
            681c41919805aaa0caeadb6ea7b6be8197f6eea1f3fb3f00e0a5bd3f67e3c35d5cbbf6234c8e8cc4192282c074dc15e3
            f96ceceac659cbe1fdbf2255df80731679745d93aab504c9245dfb0e52dfd44c148631d12a2ce72c7e90a05428e00701
            00360c099249a2b0843195d5dc39871f045c1a1966cfae6d31c73cefcad2704eecaef6e065996050c5f30326b2598eff
            e9396a1a3398697975d6e29c8b7fd6e2a288ba4c13c343eff1cce38f118525a2b0c4338f3fc6f0d0fbd4659a70518573
            36c218434d6386e3cf1f62223b8ae707a05a4ec24feddc45c7d69dd4ce47c2137f8f49f8c0c334afb81e80e1a1f739bc
            7f6f4cc2f64f5424e1d4788ede834ff1d703fbe690700e00881b8d961b57b1e6ce0e96b5de44aabe011b858c5d38cf3b
            ff38c1c9a347d8f5d35fcc4dc3254d9c3ed6c7be6f7e8535eb37d0faf176d24b5bf0fc80fca571ce0dbecdc9bede85d3
            10ca85c8783e68ac62c5c922b76edac4fd3fdec3d45816e3c732e2a288dac60c4f7ebb8bd75f7c919aba9ab8244b1cca
            2b1222e72c41a28644325526c590a5b56d5d4cc0cb8a9100ad6debf8e7df5ea6ae3153518a2bf58d156b81aaa2977535
            368a1031645a96c7f1bd0c80738e4ccb72c4186c144d97ec852bf315a5a188e005c13cd7c6d9b4603774b50004c1da88
            7c2e874879351489996e6d14bb7db1005489168900758eb303a7a65bae0f7a4111633877fa54ecfa45da57253202fff2
            2456faaa9b9d23914cf1565f2f53b9318c17f707ea1cc6f399ca8df1d6d15e12c9d46cfce7bd0bd48b4bcc9001fd836f
            4450aa9e52558264920b6706e9ed3940aaa9192f08f08280545333bd3d07b870669020995cb82b529c6f4404fde3d50f
            26f73d40fb3d9f079413cf1fe295df5edd603267342b59889cfe5f4733df8897f8c068663a3bf176f7677b268a76bba0
            1793be78fe22685c5b9f262c14080b056aebd30bbedc1724e98b27e8c5c992bd6f777fb66776389d99901ff968fa8644
            c27cdda9dcadb002a8e17f339e1705868ce80ba5927be2476fe4de9db1f91fba3336e38d2c1b660000000049454e44ae
            42608289504e470d0a1a0a0000000d49484452000000300000003008060000005702f987000009c749444154789cd59a
            7b70d4d515c73fe7ee6f9fd9080642104c79c4488c2f2a3e909752dbcef411ab96203e4a99169d8ed38ae38cf8a8f61f
            da91516bc576988eb6533b8a4502a860eb4c9daa15a1823022220f21090141122002bbd9ddecfef69efef1dbc46c1eb8
            798cd39e99cd1f9bbbe79eefb9f79ef33df75ca18bacaac537b78e2cc023570e9f899a9b2dcc52d509204580f0d58882
            b609d268847710fbd2922d273774b791ae0675fce3de2923aa8a8c3eaa70bd63c4642d5855f42bb2bcab6146049f01d7
            aa1558975279e0f1ad27f67605215d8d7f604a496dc0f067c748712aaba89245303200cf8b3188783f5355d4da7e8350
            50142b822fe4086e566369cb4f976e6badebb0596a6bf1d5e58c0f39b2cab54ad6e28ae0f47bc62ec6a79309dc741a00
            271020108e0c08442718c5f5191cc7082957e72eddd65a575b8b4f0079e08a91957eec768550d6a2229801192e82aad2
            9e6863dc45973261f214001ab76fa369e7870423459d630608c2fa0c2290ca60262f7dfff83e0750b1f649bf5fc2c98c
            0ec2f39e61d94c869a458b9936671efe60101432e97636ad5ec9ebcb9fc2e7f7e3edc8fe8310c1642d6ed82f61d7b5bf
            056ae4a1cb4aa68a8f4db9733a20cf03186348c6635c7fcffdccfaf14212c78f757a5a44888c2ce5dfcf3dcbfa658f11
            8e166307b19d002b82a830cd6058e037220c22d0186348b5c599347506336ebe8db6e32d8808c6e7c3f87c88086dc75b
            9839ef76264d9d41aa2d8e3103f61528ea3722581618d06bb256d101ee7b4f1f20c2f4da5b01f1be902e814ba46310d3
            6b6f0191418565154cd62aa0d71885af598581844acf3621934a51367e22e32eb994f66402e3f3f518677c3eda1309c6
            5d3299b2f113c9a4529d61b6df738258cf03e54690f060bc21c6e0a6d38cadaa26523c0cebba7d8eb5599748f130c656
            55e3a6d3c820b651ee74450c43400f542da5e5e30a32488c6164f93854077588bf5037245a44880c3fbbb0f8ae4ad1b0
            e103de3edd65480000051ba430a8add35d864493aa928ac70b022122a4e2f10167e3ee3244ae105a3f3b5c9051aa4aeb
            914f192a665e106d1091332cbbe004fc1cd9bb9b743271c604657224efc8277b70021ea5e82de402a8b50539e48c008c
            31289049a570d369546d1e454604c7efc71f0c71b4613f47ebf731765235e964a20760b5964038c2e1bdbb38dab01f7f
            30447b228e9bc9806a9e5e11831308e00f85103823ede81d8008224232eea5fc51132632a6721223cbc7132d2941c490
            8c9da6f5f0213eabdf4773c37e5a3f3bc196756ba97de432526d317cdd00589bc50985d8b26e2d9f1f6da5e49c119457
            5fcc391595948c2d275c7c16aa9678eb098e1f6ae2c8bebdb4343660ad25148d7a0eeb65457a02100155526d712e9836
            8b69b5b732eea24b08179f85189347d0549574324173633defaf7f99f75e594df5cc6bb9f01bdf267eac059fe3a9cfba
            2ed1d2323e7ef39f6c59ff32d72d98cf1535375236a18240389247b14504b59664ec344d3b77b0a9ee45766f7a8760a4
            a8d3b63c731fbabca4072c3793e67b3fbf9719736f0794f644126bdd5e19b031067f2884138eb0ebed7fb17ed963dcb4
            f8112a2ebf8a54fc3428848acfa27eeb66d63eb6849a458ba9bef63adc64824c2ad5fbf61030c621180903c2bbab5ee0
            ef7f7812c71f38f30a8831a4e2316a162d66d6fc85b41d6bf18cf4f930a6f7c306904e2649c5e354cfbe0e7f30c8b377
            df49cd3d8b997a632d286cac5bc1faa71ee38e65cf5079f50ce2c75a3c966a4c9f871894642c06c0acf90b516b59bfec
            7142d1e2bccaae73053acac0f2ea8bf9d9f2bf904925bd83d58f8c695d97c8b0e16cac7b9171175f4ad9840a009a1beb
            69dab983e9736e2171ea24c6e947cda48aaae20f85f8e35d3fe1d0ae8ff2cad34e4d22829b4e3371f214fc8140af91e4
            cbc4380ec9d869aeba610e6a2dd91cb12b9b50c1e88a4a92b1d3fd33de330cb5167f20c8c4c997d1b87d1bc14851e76e
            ee230af56f8e3e6528ef62a4f34f9e74ba58557102011a3ed84aa6bd1d313d4ffc9749d675091517b3f9d535343736e0
            f33bf8fc0ecd8d0d6c7e750de1e2e2ce55295854112364dadb69f8602b4e209097e0be00904b344d3b3f64d3ea954446
            9462adc566b3bdeacd9bc35ab2990cd1d252eab76e61ddef96d2f4d1f6dcdd90e1c047db59f7e452f66fdd42b4b4946c
            2653d0158bcd66b1d6121951caa6d52b69daf9618feb993ec26886efde750f33e7fd082f8c26fa0422c610c885d18fdf
            7a83d79e7e829beeff151553ae24153b0de4c2e8b6cdac59ba849a45f771e1ec6fe22613a453a93e81189f8f60240208
            1b563ecf3f963f85e3f7f79cbf3b80ae773b5557cf64fadcdbf21219b9eb0bc92595742ac9d186fd6c59b796cdafac61
            c1134f73e1ec6ff592c846f1f19b6ff0dc7d7773d50d3fe4caeb6f62f4c4f30884c2de4155cd6df3fc44b671d50af6fc
            6743ff1219745c93c4313e43d9f80ac65655533266ac578c18433216e3544b33473ed9cdd11c95983dff366a1ffe35f1
            13c7f039f9decaba19a2234aa95bf2306f3dbf8292734630bae23cc6545631ac6c34e15c7c6f3b7592d62387f974cf2e
            5a0ed463b3967034da271fea1340070855c8b4a770d3ed39a2d585cc912373a1100077fefed982c8dc33bfb803c891c4
            4c06e84ee60427101c0499cb49c70ffdc1208170b88f51427b224ef9051731baa2d24b80bde40f31864c2ac9e88a4a46
            4f3c8f43bb77122c8a12ec23d6aab5dee74c06526041a3aa5e44e8e5038a9bce30e6fc2a02e1c819bd6573ab30e6fc2a
            dcb4e7f9bef4165ab10d5145a6948c39b7e092b264ccb90c55961bb25b894ecefe25a2aa84a2d1ffbd5b8942975c6050
            7d82ee3264b71289939f17e65511da4e9d1cd25b89416b12311c3b74b020cfaab51c3fd4840ccd9d9a1a459383d98d6a
            2d4e20c0e13dbb48c44e637c7d4766e3382462a738bc679747ca06b195bc1689268dc04123b986da00a4a3d8683e504f
            d38eed0423915e7993cd6609862334edd84ef38106fca1d0c05b4d60739dc7834691b71d23883260778887848d752b3c
            f5423e6751ed18c4bbab5ef428f24027034451c7088abc6dc4f2d7b4554506aed35a4ba828cadef736b261e50b148d1c
            9597fc5495a291a3d8b0f2053ed9bc915051dfdca6300448daaa7594e704e0c12925ebc37ef9fe609b7ce035f9be73d7
            22a6cdb9057f20087434f9fec6ebcb970daac9075ebb35ec172799d1d71eddd65ad3bdcd1acc5aaf1b3820085f4d9b15
            81f68e36ebff5fa35b845436bfd1fdc55383af9f7d73c0913f3946a2dd9e1a403f4bfd21786ae0ad53c753039fe05a8d
            a755172eddfaf94b9d4f0d3a46777cf1e09411558eb1bf01f981cf882f6bc1a2fdadef072d2260f01e7b64ad66415f75
            adf9e5a3db4eece9f1d8a33b08f09edba89a790a3355f99a42b10c21773a93285803318483021b44eccabe9edbfc17fc
            a41da34348ebd00000000049454e44ae426082
            """
        ),
        (
            "icons/icon-192.png",
            """
            89504e470d0a1a0a0000000d49484452000000c0000000c0080300000065029c35000000c0504c54457a3412f6e7cf00
            0000732a07fdf2da813814915535864625e9d4bbd3b59ab3876a7a39089c6546e2cab17a3311a673557f0000bc9377dd
            c3a9eedcc379331179331179331055550079320fff0000793310a16d4e7f7f00ad7e60aa5500c0997d762b0a82401ec3
            9d81cbaa8ed9bda3985f403f3f007f1f14782e0f55000099330000000000000000000000000000000000000000000000
            000000000000000000000000000000000000000000000000000000000000000000000000000000000099ca5d65000000
            4074524e53feff00fffffeffffffffff0dffffaeff02ffffff94cd55032a016bff02ff03ff11ffffffffff0408290305
            000000000000000000000000000000000000000000d9c47ee7000006f64944415478daed5d0b739b300c3636ef770810
            20244dd676ebf6ff7fe06c485bd204624080dda2bbb577c955d6674b962d6b12c2ad943b25fb95a5859f2468764a12bf
            48332641e9e4ed52a2b62f4226fd298d99e81a5a84d8b0499c9ea820bbb02780f22fc64eea236d21d91b2834e4330c6d
            10ee02c87754736201a4ffc010535ddae5bc001c2abe8f0491fe5d9bfcac128c03005d2a27164bfc1a42ece03c7c0ce0
            8871219ef83584a212af1bc0113bbe90e257107ce7468dd057fd4991b0f2b3454871d801807e1723c129c6d710d095fc
            275f131d80e69fae1034009422abffb52194f70084d84924909f22489a6bf00120cfa598ffcb1ae4f95700f9b194457e
            86a03ce65f00383896467e8a20fef0071700bf712a91fc14414a456e00087136c1288410769264bfe029bb18720da03c
            c26f4004b91bcb334dcfdab888c06f45c7f213c01117d0f21363632aaaaa50a23fcd8d010d412bea831daa3d00b8f2d8
            db4af87752b707f045702a25620076187807258675257e05c1025e04ba13ed6a003b680b26ba79233f4560ea04da8e77
            1700b00b40f4ad7297b6b00834bf0600bd85125d6925e035605b29a228607db061b603300d702b4039f016442cb51d80
            6a11e08d28a7ff400f11c4ee909f22b02111d00385834a5013ee32007833a0665c22580dea54a00994c8a1460ca94164
            af3e5a01754f407508c1ee4191f29022d87d083909e402281ce4022e417242d99c16006f05194ae7dc82e037a2141580
            00362a8ffcea0610408120bd80c7b7021ea4274070364c5e154e7a855b820412009f06c1ea10e8f369c4bb0290ae00f2
            1ea97093414404b0e707b0171200af09006fa4f3bae169ee35f37a01604f0068c35b7e005b434000bad28374f17488b8
            7d00b8020208d41e000201011c7a0050450460f70160af0056002b80751702f7038ae47e407a4f2cfd5948f6d3a8f4f7
            01f96f64f2df89f7fc00c48c4ac81e17923e32b74c6c74195ffc2a2600844c89bd400f1d1255839679235bc0192feb86
            4993069af19da374375b38d99161e8c1c166740874c3b84d09edff52cfc516407864b8f6736456599415b1f4a5e8d976
            d970bd96a0b100bc6c474bafb94f9172c902bdd667fa91f7e47e0ed6235ba50fdb51e223fd97a97489a52ae62ffd929b
            cb9d2fd48fed18f1834879bcb5a84a14d463f1656cf5663b5c7c8ff78cac7af5581c397343d80e744c2f7d42e6ea4ba5
            1e0fb31687b11d32fdb6d26720b6e236fdab0e336099af43d90eb89fbcf41ba79e2da30b01937f30dbdeea63f61fe892
            20dd913b3d866d4ff9b7ca30aad4a42d7b7d1cdb59e467412b2a28395ccfb46a1e0819cd969f0c53194e261b8a9c378d
            4097b739b3cf46b29d2446d57e5a20e8f9fd93e78b9383600bfe56d1e66e89de5c01a6c1206cf91468ab8ca3ed9925df
            a8cdad7c4fd0792c5bf30c1e236cbff5eab73e00822d6870a16bae6e42d56aa441b0857f6a69218beba3dec4f5b0337e
            a927234e1db2c4056041bfb4cc4d5c313d00639b8c4ced2700905e85a43762e9b751e91d19c451c2d3bcdb8fe63a4a8c
            3ef656075ff776f236006cf9108c9e2bbadbdd394e8f677b9eeb427398e642c3ffdff265bf52825cea595986c6a5de98
            f5523f2efec10243f7ca3290d16c7f5060ab5aee413140cfe80e2d8e60db3738aa0d3039d53a93eeb20c03d96a4322ec
            64401c9c3c2ecb3090edb0078e5eb3a55abc0f1c43d80e7c9f0c22eeb7a02820bc4f4c03d8fed047be6ff0ccfaf122ed
            29eadd176995bd486b831fba39d982a41a044f569513a0bca7042866643d05d7a906fdca32f0b205cb536159196e10d8
            b61d04ee252b838c4bf6e0633b5bbacdd0b20cb3a4db7c8f84a7ef9d72267dd2df02651960176089b20c0b6890c03ab4
            96655818c05a966169006b5986a56d782dcbb03080b52cc3d200d6b20c2b8015c00a60dd85c6f90145723fb09665584f
            a33ffc3eb0966510202ab19665f8999139e94bd6020258a22c43025ab679feb20c9a2f7fe16ce94b974b5e3cfe0db67c
            bf3bf7513af9277f0305d81616eebc0b50b5b090bd8988f46d5ca46fa423752ba313fe06cda4e66ce7b59da49dd7040d
            d5e609a6bc3754a33fdfa04344f3b6b403b782b99b0a4ed0d611dd2bcb003d8693875336d63cdbcdc69af6a48d35312e
            1df95a9b3ae5776a2e2b7d7b5ff91b2ce3fc18cad4e23abc69712d5793f13fb74dc699219fa46ef32e4da37acd777089
            ef01a008fe88af45547f1af37f0d807e118abe17d1fde74afe6b00989a468a0486a0a1147fdaef1d0055bb6871d548f3
            ab13742700e6200a3117414305fef05fed0098869d62f120682876bea87f0b800a65e68b054143547b6ea7bf0500cea9
            a265313b498a213d9d7d2afe2ec7bc00e85251084ee10b80814ae01774ea77e17d495b00d410f05b1a27359365444728
            89d30cb78bdf01802a92c3feea779616b19f24738b9f247e5ca4199bc6d0c9dba5fc0fa1188065db8d55e20000000049
            454e44ae426082
            """
        ),
        (
            "icons/icon-512.png",
            """
            89504e470d0a1a0a0000000d4948445200000200000002000803000000c3a624c8000000c0504c54457a3412f5e6ce00
            0000925736874726e8d3badcc2a8b38669caa88ce2cbb1a87758eedcc39b6445793311793311783210d3b4997932107a
            310f793311803d1cc39e81a06b4dd8bca173330abc9376742804c0987c82401e80000080220080320d804000792e0fad
            7e6055000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
            00000000000000000000000000000000000000000000000000000000000000000000000000000000001f572e2d000000
            4074524e53feff00ffffffffffffffffffffaece4eff6d2e90ffffffff13ff0fffff0209100426ff0300000000000000
            00000000000000000000000000000000000000000008a21ab5000013354944415478daed9de962e2b81285bde0dde085
            9dac33f3feef78496e3a1d1208365852e9d439ff7b2655faa84db21444c6b56bbae572399f2f168b801aa0a3a3e6f3a3
            cbba66677e750293fff1feb8f45cf4fb60308d4160ec67cfa59f12036314045c7cdd10045c7cdd104c0ac04bc7c5370f
            41f72213804333e7ead8d1bc394803e099ab6f9b81673900bc72f5dd30f02403002ebf3b04dc03f0d4b0ee735911366e
            01d8b1ec778fc07fce0078eee87f117de1b31b001afa5e8a1a0700f42cfd2495833bcb001c9674ba2c75079b00b0f487
            69086e0160c7e88f9307c603f0cada5f6e1e78320fc08ed15f721ed8990680bd1f5847380e806716ffe2b5dc9903a067
            f8f7210df4a60060f8074c03c3017866f3e74f43f83c3d00ff30fcfb9406fe991a00867fcfd44f0b00d71fb510180600
            877f1eaa9b0e0076ff7e4e042602e0c0f2dfd766e03005001cfe7bdc0cecee07e0c0f5872620e0fa631370b80f008eff
            bcaf039eef01e089ebef3f014f7700c0fe0fbe1b0cb8feba090838ffc357771b009cffc3a8b90500aebf0a022e02d0d3
            6b48eac702f0c40110d640e86924006c0094b402010b00dd65c079000ef4179e76c301e0041851f3e100700204a96e28
            002a3ac0b8dce76d9a846192b6f9be8cb5f68267007881ef00ebacadc26faadaac86ef055f060100de01c60f3f16ff13
            8207f040b01c02007402586569f8abd272a52b09fc040039016455785555a6aa130814750065120e52522aea04023523
            a0ba0807abc0ad050e570040ad0057eb7094d65aeac04047051817e148c10681fe5700402bc02cbc41a095c0fc370030
            2bc0591bdea4fc51411d7802c02be6fa27e18d4a66900e79bd08006400886f5eff2301317c0808d02b80b80aef508548
            c0e2120088c780eabbd6ff4800e20e51730100c000508677abc40e01017400a8c309144387802f00e09d038bab290000
            ec05e6e700c01b02ce927012157804f46700800b00ab229c48db156e08087003401b4ea616370404b0db80fb7042edd1
            bcb3fc0ec08e0d80ae5660f70d00b41ef031991680026d63a8f906005a099887132b072d0303cc93606538b9d0268287
            1300c0f60167d5f4005460d380e60400b00cd0860604d60bcebf0200d6036c4223da20e68000310324660048b0bcd47d
            01006b23380b0d09eb9ba1c55f00b0c6c0b3d098b0eac0fe1300ac0c909b03006b18d07d0200d503d4a141411d109bff
            01e0098aebd424002994ab9e3e00e81900748680fe0300a812606b16802d5a111080950071685848fbc2f3ff03005502
            e4a601806a040eef00f40c005a6701cd3b001d0380d610d0bd03005402ccc29021605c1110409500990d00907604de00
            7806b227b1014001e4b09723004035601d5a11d030a83f0200741e38b703005019d81c01c0f922646667fd914e077647
            00709a80cc12004065e0fc0800ce69a0d41600387b828b2300cc009a47015180732038b307004e0e7809709a80d41e00
            3839a00f6076022c6600a01cd0e10050da04a0c40100660cd0da04a045f1da1206805568552b180050e640a55d004a02
            204cb95d0050f603e63000147601286000009904cf42cb0269041728006c6c03b0410100440fb601d81300514a6d0300
            f589108042eba2cf25a9b60f404daf0b52661f808c5e17a4b57d00d6f4bae61a10edae08df55d907a0a2d715cf01f1ae
            0c6313c036804d00db0036016c03d8047018ec9f12170024f4bb18854e44bfabee02d907ca51ec0680989ed73c06e020
            408e4a370094f4bce639102741cae74061f840cf0b51ee06809c9e17a2ad1b005a7a5e885237007016ac1c009e0992a2
            8200e856e20680829ed70d00b703a5a82200bae566fd792e583b003c10400028a6008a4520c53690e2208872268e8295
            8b9b410480dbc19ac50321cac52361caf5e006001e0a95221e0b572e7e18a25cfc344cb9f871a87239fa3c7c45cf4b11
            8f032817af88512e27b3606e05c811af89e3248873200e023806601f6853bc244c90785d3cdb0036019a95b309601bc0
            26806d009b00b5e24e00ab40d6809a65fd58200f04ca129f8fe72cd0ae1ee973594a58027014c4319062593e1ace23e1
            d2b4e28150e56af95d28730033001b411e0651ab944da06eedb915ac5b31330073801df17e3899ca9801d80730036896
            a5fd005e0e2555964e06f234a05859d913e667e1cacb409680cacb409680bacb409680caa7810c00ba43000380f210c0
            cb0185ab6500f0a96aafcb6cddb6695a244955856155254991a66dfb9095f16dc9b69618000cd8e9fbca6fb23cbd3ab6
            49d23cdb8cf58fd1d723b672ecf4f7477f74c9a81b5daaa37beae1ee89650400e3767aa8d5d127370f6b93a377869dc5
            ce5d570096ecf4ec875fe6133cee56e4e5f59fc8ccd88d51d54c929d3ef566d9848775d2ec5a1c36b62390c9b2d313d5
            fbc9df752cf6bfefc81ada142ca4d9e9c36f7f6f683192fd2fbf0f439705d4d2ec145ff495468f69a6e5caea34a89567
            a7ec1f7f6efcface2a8fedd581972a4097760a5669e98c767afeaa16031f0a9612ed14bbfc16dff32e4a2bc3805ca69d
            ea97ffa26b26fe1b12a976ca53e6e0019f24333d118ea5da29aeeb77f27ed3d135b5d1715026d74e5903df3674a67666
            ae0cc825db2929fa57a1435599a98de1ad6c3bc534fe45e858c569a69e4df4071533d9764af9f9870274fae3984d92a8
            9399743bb567ffcb1972925620966fa780e2bf0a8528d94c3c11dcf860a76bad43415a4fb96255ed879d6e77fdd25094
            d2afbb67f15d0454b12f76ba4cff45284c27657b7c472598c4fed8e96efd93509c4e0af7db17eec4c1e2ed74d5fd0bf4
            cbb79feee38d33c1fcd12f3b9597ffbf156f373503a57f763af8fd876215df37bd3b9db6f962a7f5f5afe43aa68aefd9
            1a5afb6aa7fafaef6285148f68e2d2d85f3b55f77fbf7749434ff024a5df765a9bff08f7cb9949c9907ddc1fbbad1eda
            694779285ef9cf23fc570e099c3984efa39d6ab67fafe9ccb669bcbf1806ce7e86e3ab9d8a1bc0ab4dd2f9f39ce74f5c
            fa6ca751257e38e6cc079df5c57620ad91ec545f009c4f8ff1af273ada18c54ed313e0d01bd5e3327a8661a76915fe38
            a618f983ce11ec34ad32f4487fc73ab341c3c074e6bb9dac004fabfbb13bba7ff758fdb49323800b697df06640eab79d
            e6f7002abf1cf371b5c388823ef7d94e0680f33f8dccecbfd014020adf1c938e9fe8c5bedac919c085e51cf9454febab
            9ddabe0219a687f137c7d57edac91ef0428734fa8f2efcb4d38236a187caadfc13f7dab007d02d1b7dc0966e96abad05
            00e865c9e24920e58a5902e856c929806e99bf3522a79345f7bbc60168e964c96a8d0390d2c992657e3f28a193252be1
            18808300024000980298025804b208641bc8369083200e82380ad624f3a3606e068996f91321dc0e162d0be782e964d5
            63001e09132d1b47c2f674b3e61280c7c245cbca35211e0e83abd5e83f3a59f968a7952f831efc73ccc3f8bb3e4a3fed
            b4210f1bc178f4a7be85af76da9077fb41e9f8eb7e36bedac90b22ce86f3b19b18b9bf76b20cfc59cf8ddec76c7db693
            b7c45df8610c7ff6efcff5eb250300c225319f3f8ca10f7ffc7d82a36000000801632f8adcf2a248a810b01d799c2547
            b09317455d9a8ef2b2686d27c3785dbcee2470a6321af76084bf7672207c7138bae793315ae681e71e8d7ab8780570f5
            c047a3b0be10f8714a7e955de904cf3c1be7a39d5634139f1e7f3ca979d3c3911eda4902cefaa51c3a09e4d3b14309f0
            e951e57ac432167c3c7a602be0cdb3eaab915f34f1f978df2782a77e894747f1d3205073fd7d23a0bebb952bfdb3d349
            1610991f93afbf8bd98d8d5cfee8979d017b81b375f1ed25dc497925de4e675a89fb58ac5d4df4d33df98109b7d3a584
            6d99e5d315f0a72596643bdd4ad4bcfc649257dfd9c055b51f76b2143c5f164d70a6abf4c14ef77a14121ef3d5e4cd5b
            2cdf4ea681f361719a01deb7516bc6f07f290d38ef930c8df0bf355be2ec94a3d2e9c8bcfab689b79a6ca1b62bc9768a
            aa041c5e22b77e347790a3956ca7b03ce0e893daf447549cf42a9bbd5c3bc569e3c035e9c6f42e552cd54e2270de2d8f
            1337ecc5a34c3b89c005b74cdeaee732ed548fc005b718f8aab39468a7e872d0c2cc2cbf701c6266a04fab66f2ec14ae
            d5bf467f1ee9bf2bab9f2cb4f2ecf4200cac0dcd4cce7ec4f31997cdfc3f37d2ecf443f5c3e43b68c9faf7906868cb2e
            9166a73f71209b3046a6d9b5df84b1ed9a4c969d5e69564e9297dbf2fa29b899b9743c9364a78f10acefd89f29d6039d
            62b02acf25d9e9a71e37fb1bce566ef79bc15b20464ff0d772ecf43b16c4e53edf26572ae7aad8e6fb321ef97b30db92
            c9b1138584baccf6ebbcdda6c5b1884e8a74dbe6eb7d56d6b7fac3f0273cb5143ba90b327c787f4b0f0bef384d4f6563
            fa58b48c0fe673fa58750018320ba08003004380eca6c2c6d63c43805c59f96823a39fc5caca977b05fd2c5596ee71a9
            e969bd2520cb40ed25e02fa703290d2520cb40b9b276483fa5af3567008e02b46700e600e5198039407b06600e9028ab
            8f3c96f4b738597dd9a5a5bfa569155ad58a1ed79c019803e4c9f2058edc0f9026cb97f7714f587313c846509e36b601
            d8d0e7a2f4601b803d7d2e4ad62fede32742b2145a177d2e490e5e75e3c940497270893fb78425c9c1eddd6b7a5d730d
            c83301b2e4e005878a5e573c07e42c507d13c036407913c036407913c036407913c061b0243979d035a1dfc5287422fa
            5d7517c83e508e623700f0ca40d563000e02e4a87403008f86ab9e037112a47c0e14860ff4bc10e56e00e0c72152b475
            03404bcf0b91a3a7dc390b560e00cf0449514100742b7103003f10550e00b703a5a82200bae566fd792e583b003c1040
            0028a6008a4520c53690e2208872268e82958b9b410480dbc19ac50321cac52361caf5e006001e0a95221e0b572e7e18
            a25cfc344cb9f871a87239fa3c9cef0689118f032817af88512e27b3606e05c811af89e3248873200e023806601f6853
            bc244c90785d3cdb0036019a95b309601bc026806d009b00b5e24e00ab40d6809a65fd5820cc81c00586197c3efed6e5
            0701c0fa2cf01105803948244b5802dca2390c0039c740ba01b07c34bc8401600962c98a07426fd1120680a0e577a137
            01d0a198523203dca00e0700ab8de00c078006661898b2091caf26d8c1d8b2e756f078ed8208c696981960bca2205ac0
            18632d07e0dc0fb738023087b1266306183d073a02003308b0d707e06480ee08004e1b606b3f00e872a8e608408f638e
            a5938140a701fb23002f38e6d8d91346fa2cfcf9084004644fc612706417f806004e1b60a70c04fa2670fe0e40074474
            ce12705c13f00600501568631a88f45170f30ec053c010a033001c6bc03700908a00f32100e972c06309f00e00521160
            fa60105400e83e00402a024c0f83a06e07ed3f00802a02ccbe1e81f54848f40100541160b60a800a00f34f00a08a0093
            8d00d61b21dd2700504540303376635485753158ff0900d0a9a03719db11c0ba156611fd05002b0798da14047b29b4fb
            02c001cb3443970580dd0af4fc0500ac3ec0d034a8c5f2d13cfa0a4083659c893a10ac027cdb08fa0200580e30f1a120
            da1b61bb1300d072c0f4c300b467423f32c02700603960f227e5e1de8769be01b0433330e60cf85745df0000fa3ec4c4
            3808ee62e0e50f00fe413371ca3200ef9df0fe07007065e0841bc35b38d7cca39f00f47056ce262a048b196e00f80200
            6008984db22990cc8003c05700e03ac1895a01c037a2fbb300806d0abf6b8289e006cf2b8be83c00802120a8efdc15a8
            101f06692e0080180282f82e022ac0f87f12004e01400c01417c47259820aeff49003805e0153104dcd10d16908f839e
            04805300304340f078e34c307f0ce003c03700006701b7370325a62fe6d16f00f4984607f1e83450c4a0aee87f05006f
            53f08f46a601d8876197d1ef001c500d0fe2111789a631ac1b0e570040fb44e0a4121898079212d7074d740d00d43af0
            5dd980a95085fc2af43cba0e400f6c7fb02aaf1c1248cb15b2fdfd000070ebc08f5a607f310c24fb18dbf66534048043
            80ae7adffe80a06a33fc07e10f8300c04e029f81a0dce76d9a1c7ff6699befcb5883cd7d340c00e44e40b3ba682800d0
            9d805acda3e100ece82e3cbd8c0000745b50b59a680c00e8bda03e2da371003cb10cc02a009e4602c032007e02700500
            1dd3002deaa3f100b010842f00af00400214acffaf00b015c05017dd0a0009406e008700c06610b8011c0240f44c027c
            5fffd7e81e00a2c3823ef4598b43741f00d18e04f8bcfebbe85e00a2176601e0f51f0040742001bee6ff43340500d12b
            bb41c0fe6f04003c238637ff19090009405dffa100705fc03735d1b4009000bfd447530310f51c08f8d3fe0d5eff1100
            443b3603be94ffbbc804004c0368e17f34009c09f930fd7989cc01c0200053fddf0a006b4194eaef5600a2570e85e40e
            7f5e23f300b01d109bfd0f372ce62d00300f6044ff3b00889e9807a445ffa7c82600cc03c2a2fff3adeb783300cc03de
            47ff7b0188fe6b888084e56f9e223700bccd858880f3e5bf6f05ef048008f8bdfc130070ac05b841e0aaf4ebef5fbd09
            002002fe2eff440044d1734306ecae7ef33ccdca4d04c0db07241dab015b99bf7b996cd9a603e0ed097a326063f5ff99
            72cd2605e0ad1ce8980b4c46feae9f78c1a606e0fddc50b3642498fe97bf6c0e0616cb04006f3b05c7484008265cfcae
            3f9859294300fcc1a02107f7adfcbc6bfa9dc935320ac09ffea06f9aae5b2ee70bc23064d117f3e5b2eb9aa67fb1b038
            ff034eb3db46db9fec460000000049454e44ae426082
            """
        ),
    ]
}
