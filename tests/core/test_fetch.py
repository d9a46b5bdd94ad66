"""Fetching by web address, against a test server on 127.0.0.1: content, redirects and refusals."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pdfmaker import make_pdf

from sco_core.fetch import FetchPolicy, fetch
from sco_core.text_io import ArticleError

ARTICLE = "Foreign Minister Wang Yi said the talks with his counterpart were candid and constructive."
PAGE = f"<html><head><title>Talks</title></head><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
LOOPBACK = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.0/8"),), max_bytes=50_000, timeout=5)


ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()),
    "/plain.txt": (200, {"Content-Type": "text/plain"}, ARTICLE.encode()),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, make_pdf(["Talks", ARTICLE])),
    "/redirect": (302, {"Location": "/article.html"}, b""),
    "/redirect-loop": (302, {"Location": "/redirect-loop"}, b""),
    "/redirect-internal": (302, {"Location": "http://10.1.2.3/secret"}, b""),
    "/redirect-metadata": (301, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
    "/redirect-ftp": (302, {"Location": "ftp://127.0.0.1/file"}, b""),
    "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
    "/missing": (404, {"Content-Type": "text/html"}, b"not here"),
    "/broken": (500, {"Content-Type": "text/html"}, b"oops"),
    "/big-declared": (200, {"Content-Type": "text/plain", "Content-Length": "999999"}, b"x"),
    "/empty.html": (200, {"Content-Type": "text/html"}, b"<html><body><nav>Menu</nav></body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/big-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"y" * 1024)
            return
        status, headers, body = ROUTES.get(self.path, (404, {}, b""))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that stops reading early (the size-limit tests) is expected here


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("path", ["/article.html", "/plain.txt", "/report.pdf", "/redirect"])
def test_fetches_html_text_pdf_and_follows_redirects(server: str, path: str) -> None:
    source = fetch(server + path, policy=LOOPBACK)
    assert "Wang Yi said the talks" in source.text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "answered 404"),
        ("/broken", "answered 500"),
        ("/image.png", "not a web page"),
        ("/big-declared", "over the 50,000-byte limit"),
        ("/big-streamed", "over the 50,000-byte limit"),
        ("/redirect-loop", "more than 5 redirects"),
        ("/redirect-internal", "internal address"),
        ("/redirect-metadata", "internal address"),
        ("/redirect-ftp", "only http"),
        ("/empty.html", "no article text"),
    ],
)
def test_bad_answers_get_clear_messages(server: str, path: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        fetch(server + path, policy=LOOPBACK)


def test_loopback_is_refused_without_the_operator_setting(server: str) -> None:
    with pytest.raises(ArticleError, match="internal address"):
        fetch(server + "/article.html", policy=FetchPolicy())


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a.txt", "javascript:alert(1)", "file:///etc/passwd", "example.org"]
)
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(ArticleError, match="only http"):
        fetch(url, policy=FetchPolicy())


def test_a_server_that_does_not_answer() -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ArticleError, match="did not answer"):
        fetch(f"http://127.0.0.1:{port}/", policy=LOOPBACK)


def test_an_address_that_does_not_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> list:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(ArticleError, match="does not resolve"):
        fetch("https://no-such-host.example/", policy=FetchPolicy())


def test_a_name_that_resolves_to_a_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.1.5", 80))],
    )
    with pytest.raises(ArticleError, match="internal address"):
        fetch("http://intranet.example/", policy=FetchPolicy())


def test_policy_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCO_ALLOW_PRIVATE_URLS", "127.0.0.0/8")
    policy = FetchPolicy.from_env()
    assert policy.permits(ipaddress.ip_address("127.0.0.1"))
    assert not policy.permits(ipaddress.ip_address("10.0.0.1"))
    monkeypatch.setenv("SCO_ALLOW_PRIVATE_URLS", "not-a-network")
    with pytest.raises(ValueError, match="not a network"):
        FetchPolicy.from_env()
