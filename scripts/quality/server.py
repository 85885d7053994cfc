"""A static server that behaves like the production host (GitHub Pages), for measuring.

Differences from `python -m http.server` that matter for page weight and Lighthouse:
text responses are gzip-compressed when the client accepts it, connections are kept
alive (HTTP/1.1; http.server's default is 1.0), every response carries
`Cache-Control: max-age=600` (what GitHub Pages sends), missing paths get the site's
404.html with status 404, and the site is mounted under the path of its `site_url`
(e.g. /so-tay/) so that absolute links in 404.html resolve.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv", ".webmanifest",
                ".map", ".md")
MAX_AGE = 600


class _Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"
    # Keep-alive connections as every real host has (GitHub Pages speaks HTTP/2): under
    # HTTP/1.0 each file costs a new connection, which would make the number of files,
    # not their bytes, weigh on the paint figures. Every response has a Content-Length.
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, cache: dict, log: list, **kwargs):
        self._gzip_cache = cache
        self._log = log
        super().__init__(*args, **kwargs)

    def log_message(self, *args):  # measurements must not print
        pass

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix):])

    def end_headers(self):
        self.send_header("Cache-Control", f"max-age={MAX_AGE}")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path.split("?", 1)[0].split("#", 1)[0]))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        if path.is_dir():
            return super().send_head()  # redirect to the slash-terminated address
        if not path.is_file():
            return self._send_file(Path(self.directory) / "404.html", 404)
        return self._send_file(path, 200)

    def _send_file(self, path: Path, status: int):
        body = raw = path.read_bytes() if path.is_file() else b"Not found"
        gzipped = path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            key = (str(path), path.stat().st_mtime_ns)
            if key not in self._gzip_cache:
                self._gzip_cache[key] = gzip.compress(raw, compresslevel=6, mtime=0)
            body = self._gzip_cache[key]
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._log.append(Sent(self.path, status, len(raw), len(body)))
        if self.command != "HEAD":
            self.wfile.write(body)


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a browser closing a connection early
        pass


@dataclass(frozen=True)
class Sent:
    """One response as it crossed the network: body bytes before and after compression."""

    path: str
    status: int
    raw: int
    sent: int


@contextmanager
def serve(directory: Path, prefix: str = "/", log: list | None = None):
    """Serve `directory` at http://127.0.0.1:<random port><prefix>; yields that address.
    Each response is appended to `log` as a `Sent`."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler_class = type("Handler", (_Handler,), {"prefix": prefix})
    handler = functools.partial(handler_class, directory=str(directory), cache={},
                                log=[] if log is None else log)
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
