"""What a change does to the site, for reviewers without a command line (issue 15, item 12).

builds.py builds two commits in temporary git worktrees with one build date; diff.py
compares two built sites byte for byte, ignoring what differs between two builds of one
commit; pages.py turns the differing HTML files into pages (address, Vietnamese title);
shots.py takes phone-size screenshots of them, scrolled to the first changed block;
summary.py writes the Vietnamese Markdown summary. scripts/preview_changes.py (the
pull-request workflow) and scripts/compare_builds.py are the entry points.
"""
