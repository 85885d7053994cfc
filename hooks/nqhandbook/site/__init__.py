"""Site: files written beside the pages: search index, service worker, open data, downloads."""
