#!/bin/sh
# Usage: mounts.sh CORPUS_DIR > extra-config.yaml
# Prints the Hugo module mounts that put a gen_corpus.py tree (katalog content
# layout) where this site expects it (Hugo 0.111 mounts directories only):
#   products/                       -> content/products (one page each; the section is the paginated list),
#                                      only the sheets (*.md): the photos in products/<slug>/ would be
#                                      published as they are, as the section's resources
#   products/ but the sheets        -> assets/products: the photos, for resources.Get and .Resize
#                                      (partials/photo.html)
#   producers/ clusters/ motifs/    -> content/producer-notes, content/cluster-notes, content/motif-notes
#                                      (not rendered; read by the term pages /producers/<slug>/,
#                                      /clusters/<slug>/, /motifs/<slug>/ and by the indexes)
#   site.yml                        -> data/site.yml (title, description, currency)
#   this folder's content/          -> the list pages with no file in the corpus (products/_index.md,
#                                      the indexes, prices/<band>/, in-stock/)
set -eu
c=$(cd "$1" && pwd)
cat <<YAML
module:
  mounts:
    - source: "content"
      target: "content"
    - source: "$c/products"
      target: "content/products"
      includeFiles: "/*.md"
    - source: "$c/products"
      target: "assets/products"
      excludeFiles: "/*.md"
    - source: "$c/producers"
      target: "content/producer-notes"
    - source: "$c/clusters"
      target: "content/cluster-notes"
    - source: "$c/motifs"
      target: "content/motif-notes"
    - source: "$c"
      target: "data"
      includeFiles: "/site.yml"
    - source: "layouts"
      target: "layouts"
    - source: "static"
      target: "static"
YAML
