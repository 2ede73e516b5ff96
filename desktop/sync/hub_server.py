"""Running the hub: the cheroot server, TLS (a self-signed certificate made on first start for
anything beyond this computer, or the owner's own), and the address it serves on, kept in its
data folder so ``shopdesk hub invite`` names it."""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import json
import os
import socket
import ssl
from pathlib import Path
from typing import Any

from desktop.store.hub import HubStore
from desktop.sync.hub import HubApp

ADDRESS_FILE = "address.json"
TLS_FOLDER = "tls"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(store: HubStore, host: str, port: int, cert: str | None = None,
          key: str | None = None) -> Any:
    """A cheroot server for the hub (started by the caller with ``.start()``/``.stop()``, or
    ``.prepare()`` then ``.serve()``)."""
    from cheroot import wsgi

    server = wsgi.Server((host, port), HubApp(store), numthreads=8,
                         server_name="shopdesk-hub")
    if cert and key:
        from cheroot.ssl.builtin import BuiltinSSLAdapter
        server.ssl_adapter = BuiltinSSLAdapter(cert, key)
    return server


def fingerprint(cert: Path) -> str:
    """The SHA-256 fingerprint of a PEM certificate (hex, as join codes carry it)."""
    der = ssl.PEM_cert_to_DER_cert(cert.read_text("ascii"))
    return hashlib.sha256(der).hexdigest()


def own_certificate(folder: Path, names: list[str]) -> tuple[Path, Path]:
    """The hub's self-signed certificate and key in its data folder, made on first use (an
    EC P-256 key, ten years, for these host names and addresses)."""
    cert, key = folder / TLS_FOLDER / "hub.pem", folder / TLS_FOLDER / "hub.key"
    if cert.is_file() and key.is_file():
        return cert, key
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ShopDesk hub")])
    alt: list[x509.GeneralName] = []
    for name in dict.fromkeys(names):
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    now = datetime.datetime.now(datetime.UTC)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                   .public_key(private.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(days=1))
                   .not_valid_after(now + datetime.timedelta(days=3650))
                   .add_extension(x509.SubjectAlternativeName(alt), critical=False)
                   .sign(private, hashes.SHA256()))
    cert.parent.mkdir(parents=True, exist_ok=True)
    key.touch(mode=0o600)
    key.write_bytes(private.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return cert, key


def reachable_host(host: str) -> str:
    """The address other desktops reach a hub listening on ``host`` at: this computer's
    address on the network when it listens on all of them."""
    if host not in ("", "0.0.0.0", "::"):
        return host
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # no packet is sent: it picks the outgoing interface
            return s.getsockname()[0]
    except OSError:
        return socket.gethostname()


def url_of(host: str, port: int, tls: bool) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"{'https' if tls else 'http'}://{shown}:{port}"


def start(store: HubStore, folder: Path, host: str, port: int, cert: str | None = None,
          key: str | None = None, tls: bool | None = None) -> tuple[Any, dict[str, Any]]:
    """A prepared (bound) server and the address it serves on, which is kept in the data
    folder. TLS by default beyond this computer: with ``cert``/``key`` when given, else with
    the hub's own certificate, whose fingerprint join codes carry."""
    if tls is None:
        tls = bool(cert) or host not in LOCAL_HOSTS
    public = reachable_host(host)
    pinned = None
    if tls and not (cert and key):
        own = own_certificate(folder, [public, socket.gethostname(), "localhost",
                                       "127.0.0.1"])
        cert, key = str(own[0]), str(own[1])
        pinned = fingerprint(own[0])
    server = serve(store, host, port, cert if tls else None, key if tls else None)
    server.prepare()
    address = {"url": url_of(public, server.bind_addr[1], tls), "fingerprint": pinned}
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / (ADDRESS_FILE + ".part")  # whole or not at all, even if killed here
    part.write_text(json.dumps(address), encoding="utf-8")
    os.replace(part, folder / ADDRESS_FILE)
    return server, address


def address(folder: Path) -> dict[str, Any] | None:
    """Where the hub in this folder served last (``url``, ``fingerprint``), or None if it
    never started."""
    try:
        found = json.loads((folder / ADDRESS_FILE).read_text("utf-8"))
        return {"url": str(found["url"]), "fingerprint": found.get("fingerprint")}
    except (OSError, ValueError, KeyError, TypeError):
        return None
