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
            .photos img:not(:only-child) { max-width: 85%; }
            .photos img { flex: 0 0 auto; height: min(18rem, 55vh); width: auto; max-width: 100%; object-fit: cover; scroll-snap-align: start; border-radius: var(--radius); background: #efe6da; }
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
              .grid { grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); }
              .product { display: grid; grid-template-columns: 3fr 2fr; grid-auto-flow: row dense; column-gap: 2rem; }
              .product > .badge { justify-self: start; }
              .product > h1, .product > .badge, .product > .price { grid-column: 1 / -1; }
              .product > .photos, .product > .prose { grid-column: 1; }
              .product > .side { grid-column: 2; grid-row: span 2; align-self: start; }
              .product > .side > :first-child { margin-top: 0; }
              .photos img { height: 26rem; }
            }

            @media print {
              .site-header, .site-footer, .skip, .crumbs, .actions .button.secondary, .photos { display: none; }
              body { background: #fff; color: #000; font-size: 11pt; }
              a { color: #000; text-decoration: none; }
              /* Backgrounds are not printed: white button text would vanish. */
              .button, .button.whatsapp { background: none; color: #000; border: 1px solid #000; min-height: 0; width: auto; padding: .2rem .5rem; }
              .actions li { flex: 0 0 auto; }
              .directory th, .directory td { border-bottom: 1px solid #999; padding: .3rem .4rem; }
              .directory tr { break-inside: avoid; }
            }

            """####
        ),
        (
            "cluster.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            {{#cluster}}
            <article>
            <h1>{{name}}</h1>
            <p class="lead">{{place}}</p>
            {{> partials/facts}}
            {{> partials/contact}}
            {{#body}}<div class="prose">{{{body}}}</div>{{/body}}
            <section aria-labelledby="perajin">
            <h2 id="perajin">{{ui.producers_in_cluster}}</h2>
            <ul class="producers">
            {{#producers}}{{> partials/producer-card}}
            {{/producers}}
            </ul>
            </section>
            <section aria-labelledby="produk">
            <h2 id="produk">{{ui.products_in_cluster}}</h2>
            {{> partials/product-grid}}
            </section>
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
            <h1>{{ui.clusters}}</h1>
            <ul class="tiles">
            {{#list.clusters}}{{> partials/cluster-tile}}
            {{/list.clusters}}
            </ul>
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
            <section aria-labelledby="klaster">
            <h2 id="klaster">{{ui.clusters}}</h2>
            <ul class="tiles">
            {{#home.clusters}}{{> partials/cluster-tile}}
            {{/home.clusters}}
            </ul>
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
            {{#page.canonical}}<link rel="canonical" href="{{page.canonical}}">
            {{/page.canonical}}
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
            <h1>{{ui.motif}} {{name}}</h1>
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
            <h1>{{ui.motifs}}</h1>
            <table class="directory">
            <thead><tr><th scope="col">{{ui.motif}}</th><th scope="col">{{ui.products_count}}</th></tr></thead>
            <tbody>
            {{#list.motifs}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th><td>{{count}}</td></tr>
            {{/list.motifs}}
            </tbody>
            </table>
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
            "partials/cluster-tile.mustache",
            ####"""
            <li class="tile"><a href="{{url}}"><span class="tile-name">{{name}}</span> <span class="card-meta">{{place}}</span> <span class="card-meta">{{producers_count}} {{ui.producers}} · {{products_count}} {{ui.products}}</span></a></li>

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
            {{#photo}}<img src="{{src}}" width="{{width}}" height="{{height}}" alt="" loading="lazy" decoding="async">{{/photo}}
            {{^photo}}<span class="no-photo" aria-hidden="true">{{ui.no_photo}}</span>{{/photo}}
            <span class="card-name">{{name}}</span>
            </a>
            <span class="card-meta">{{producer_name}}</span>
            <span class="price">{{price}}</span>
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

            """####
        ),
        (
            "producer.mustache",
            ####"""
            {{<layout}}
            {{$main}}
            {{#producer}}
            <article>
            <h1>{{name}}</h1>
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
            <h1>{{ui.producers}}</h1>
            <p>{{ui.directory_intro}}</p>
            <table class="directory stack">
            <thead><tr><th scope="col">{{ui.name}}</th><th scope="col">{{ui.cluster}}</th><th scope="col">{{ui.phone}}</th><th scope="col">{{ui.whatsapp}}</th></tr></thead>
            <tbody>
            {{#list.producers}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th><td data-label="{{ui.cluster}}"><a href="{{cluster_url}}">{{cluster_name}}</a></td><td data-label="{{ui.phone}}">{{#contact.phone}}<a href="{{href}}">{{display}}</a>{{/contact.phone}}</td><td data-label="{{ui.whatsapp}}">{{#contact.whatsapp}}<a href="{{href}}">{{display}}</a>{{/contact.whatsapp}}</td></tr>
            {{/list.producers}}
            </tbody>
            </table>
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
            {{#photos}}<img src="{{src}}" width="{{width}}" height="{{height}}" alt="{{alt}}" loading="lazy" decoding="async">
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
            <h1>{{ui.products}}</h1>
            {{#list}}{{> partials/product-grid}}{{/list}}
            {{/main}}
            {{/layout}}

            """####
        ),
    ]
}
