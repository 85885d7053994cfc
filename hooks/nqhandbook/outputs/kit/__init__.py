"""The propaganda kit (issue 17): a folding leaflet, a key-numbers poster, a share image
and a ready-to-paste post per resolution, a contest question set, and a kit page listing
every material by the plan's forms.

content.py computes one content model per resolution (with character budgets); each
format is a small module that renders that model: leaflet.py, poster.py, share.py,
contest.py, page.py. files.py names where every file lives; printer.py (used by
scripts/make_kit.py, `make kit`) prints the PDFs and draws the images into dist/kit/,
which the build then copies into the site. What counts as the resolution's own is always
answered by nqhandbook.data.own.
"""
