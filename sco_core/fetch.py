"""Fetching an article from a web address, safely.

Only http and https; the host's every address must be public (loopback, private, link-local,
shared, reserved and multicast ranges are refused unless the operator allows them, as tests do
for their own loopback server); each redirect is checked the same way; the connection goes to
the address that was checked (no second DNS lookup to rebind); the body is capped in size.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from sco_core.sources import Source, from_bytes
from sco_core.text_io import MAX_BYTES, ArticleError

ALLOW_PRIVATE_ENV = "SCO_ALLOW_PRIVATE_URLS"
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/pdf")


@dataclass(frozen=True)
class FetchPolicy:
    """What a fetch may do.

    ``allowed_networks`` are internal networks the operator allows anyway (tests allow their
    own loopback server with ``127.0.0.0/8``); ``allow_private`` allows every internal address.
    """

    allow_private: bool = False
    allowed_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    max_bytes: int = MAX_BYTES
    timeout: float = 10.0
    max_redirects: int = 5

    @classmethod
    def from_env(cls) -> FetchPolicy:
        """Read ``SCO_ALLOW_PRIVATE_URLS``: "1" allows every internal address, a comma list of networks allows those."""
        setting = os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower()
        if setting in {"1", "true", "yes", "all"}:
            return cls(allow_private=True)
        networks = []
        for item in filter(None, (part.strip() for part in setting.split(","))):
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError as error:
                raise ValueError(
                    f"{ALLOW_PRIVATE_ENV}: {item!r} is not a network (e.g. 127.0.0.0/8)"
                ) from error
        return cls(allowed_networks=tuple(networks))

    def permits(self, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if address.is_global and not address.is_multicast:
            return True
        return self.allow_private or any(address in network for network in self.allowed_networks)


def resolve(host: str, port: int, *, policy: FetchPolicy) -> str:
    """Return an address of ``host`` that the policy allows, or raise :class:`ArticleError`."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise ArticleError(f"{host}: the address does not resolve ({error})") from error
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses:
        raise ArticleError(f"{host}: the address does not resolve")
    refused = [a for a in addresses if not policy.permits(a)]
    if refused:
        raise ArticleError(f"{host}: refused, it points to an internal address ({refused[0]})")
    return str(addresses[0])


def fetch(url: str, *, policy: FetchPolicy | None = None) -> Source:
    """Return the article at ``url`` as a :class:`Source`, or raise :class:`ArticleError`."""
    import urllib3

    policy = policy or FetchPolicy.from_env()
    current = url.strip()
    for _ in range(policy.max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ArticleError(f"{current}: only http:// and https:// web addresses can be fetched")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = resolve(parts.hostname, port, policy=policy)
        host_header = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
        timeout = urllib3.Timeout(connect=policy.timeout, read=policy.timeout)
        if parts.scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address,
                port,
                timeout=timeout,
                retries=False,
                server_hostname=parts.hostname,
                assert_hostname=parts.hostname,
                cert_reqs="CERT_REQUIRED",
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            response = pool.urlopen(
                "GET",
                target,
                redirect=False,
                preload_content=False,
                headers={
                    "Host": host_header,
                    "User-Agent": "sco-dashboard/0.1",
                    "Accept": ", ".join(ACCEPTED_TYPES),
                },
            )
        except urllib3.exceptions.HTTPError as error:
            raise ArticleError(f"{current}: the server did not answer ({type(error).__name__})") from error
        try:
            if response.status in {301, 302, 303, 307, 308}:
                location = response.headers.get("Location")
                if not location:
                    raise ArticleError(f"{current}: a redirect without a destination")
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise ArticleError(
                    f"{current}: the server answered {response.status} {response.reason or ''}".rstrip()
                )
            content_type = response.headers.get("Content-Type", "")
            media = content_type.split(";")[0].strip().lower()
            if media not in ACCEPTED_TYPES:
                raise ArticleError(
                    f"{current}: the server sent {media or 'an unknown type'!r}, not a web page, text or PDF"
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                raise ArticleError(
                    f"{current}: {int(declared):,} bytes is over the {policy.max_bytes:,}-byte limit"
                )
            body = bytearray()
            for chunk in response.stream(65536):
                body += chunk
                if len(body) > policy.max_bytes:
                    raise ArticleError(f"{current}: the page is over the {policy.max_bytes:,}-byte limit")
        except urllib3.exceptions.HTTPError as error:
            raise ArticleError(f"{current}: the transfer failed ({type(error).__name__})") from error
        finally:
            response.release_conn()
            pool.close()
        return from_bytes(bytes(body), name=current, content_type=content_type, max_bytes=policy.max_bytes)
    raise ArticleError(f"{url}: more than {policy.max_redirects} redirects")
