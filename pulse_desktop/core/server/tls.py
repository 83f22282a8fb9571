"""A self-signed TLS certificate for the clinic server, and the fingerprint workstations pin.

Made with the ``openssl`` program (present wherever llama-server was built with OpenSSL): an EC P-256 key
and a certificate valid 825 days naming the host names and addresses given. Workstations do not need a
certificate authority: they pin the certificate's sha256 fingerprint (Settings > Interpretation server).
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import ssl
import subprocess
from pathlib import Path

from pulse_desktop.core.remote.client import certificate_fingerprint, format_fingerprint
from pulse_desktop.core.server.errors import ServerConfigError


def fingerprint_of(cert_file: Path) -> str:
    """``AA:BB:...``: sha256 of the certificate's DER bytes (what the workstations pin)."""
    try:
        der = ssl.PEM_cert_to_DER_cert(Path(cert_file).read_text(encoding="ascii"))
    except (OSError, ValueError) as exc:
        raise ServerConfigError(f"{cert_file} is not a PEM certificate ({exc}).", "Give the server's .pem file.") \
            from exc
    return format_fingerprint(certificate_fingerprint(der))


def make_self_signed(folder: Path, names: list[str], days: int = 825) -> tuple[Path, Path]:
    """Write ``server-cert.pem`` and ``server-key.pem`` (key readable by the owner only) into ``folder``."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise ServerConfigError("Making a certificate needs the openssl program.",
                                "Install OpenSSL, or give your own with --tls-cert and --tls-key.")
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "server-cert.pem", folder / "server-key.pem"
    alt = []
    for name in names or ["localhost"]:
        try:
            ipaddress.ip_address(name)
            alt.append(f"IP:{name}")
        except ValueError:
            alt.append(f"DNS:{name}")
    command = [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
               "-keyout", str(key), "-out", str(cert), "-days", str(days), "-subj",
               f"/CN={(names or ['localhost'])[0]}/O=PULSE Desktop clinic server", "-addext",
               "subjectAltName=" + ",".join(alt)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ServerConfigError(f"openssl could not make the certificate: {done.stderr.strip()[-300:]}",
                                "Give your own with --tls-cert and --tls-key.")
    os.chmod(key, 0o600)
    return cert, key
