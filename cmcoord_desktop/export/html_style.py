"""The web page's light stylesheet: reads well alone, prints a clean A4 page, and can be left
out ("body only") when the page is pasted into a site that has its own style."""

from __future__ import annotations

STYLESHEET = """
:root { color-scheme: light; }
body {
  margin: 0; padding: 1rem; color: #1a1a1a; background: #fff;
  font: 1rem/1.5 "Noto Sans", "Segoe UI", Arial, "Noto Sans Arabic", "Microsoft YaHei",
    "WenQuanYi Micro Hei", sans-serif;
  overflow-wrap: anywhere;
}
article.summary { max-width: 48rem; margin: 0 auto; }
.summary-kicker { margin: 0; color: #4a4a4a; font-size: .9rem; text-transform: uppercase;
  letter-spacing: .04em; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .2rem 0 1rem; color: #004a80; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2rem 0 .5rem; color: #004a80;
  border-bottom: 1px solid #c8d6e5; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
/* Several events: each event's headings sit two levels down but read as they do alone. */
article.event > header h3 { font-size: 1.5rem; margin: 2.2rem 0 .6rem; }
article.event h4 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; color: #004a80; }
article.event h5, article.event h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
a { color: #0b5394; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #c8d6e5; padding: .35rem .5rem; vertical-align: top;
  text-align: start; }
thead th, table.facts th { background: #eef3f8; }
table.facts th { width: 30%; font-weight: 600; }
td ul { margin: 0; padding-inline-start: 1.1rem; }
dl.session-facts { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; margin: .3rem 0 .8rem; }
dl.session-facts div { display: flex; gap: .3rem; }
dl.session-facts dt { color: #4a4a4a; }
dl.session-facts dt::after { content: ":"; }
dl.session-facts dd { margin: 0; font-weight: 600; }
ol, ul { padding-inline-start: 1.6rem; }
li { margin: .25rem 0; }
.step-details { margin: .1rem 0 0; color: #4a4a4a; font-size: .92rem; }
figure.slide { margin: 1rem 0; }
figure.slide img { max-width: 100%; height: auto; border: 1px solid #c8d6e5; }
figure.slide figcaption { font-size: .92rem; color: #4a4a4a; }
figure.slide .close { display: none; }
figure.slide:target {
  position: fixed; inset: 0; z-index: 1; margin: 0; padding: 1rem; overflow: auto;
  background: #111; display: flex; flex-direction: column; align-items: center;
  justify-content: center; gap: .5rem;
}
figure.slide:target img { max-height: calc(100vh - 6rem); max-width: 100%; width: auto; }
figure.slide:target figcaption, figure.slide:target .close { color: #fff; }
figure.slide:target .close { display: inline-block; padding: .3rem .8rem;
  border: 1px solid #fff; border-radius: .2rem; }
.image-note { font-style: italic; color: #4a4a4a; }
.numbers { list-style: none; padding: 0; }
.notes p { margin: .2rem 0; }

@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { padding: 0; font-size: 10.5pt; color: #000; }
  article.summary { max-width: none; }
  h1, h2 { color: #000; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  section.session { break-before: auto; }
  figure.slide, tr, li { break-inside: avoid; page-break-inside: avoid; }
  figure.slide img { max-height: 110mm; width: auto; }
  figure.slide:target { position: static; background: none; display: block; padding: 0; }
  figure.slide:target figcaption { color: #4a4a4a; }
  figure.slide .close, nav.contents { display: none !important; }
  a { color: #000; text-decoration: none; }
}
"""
