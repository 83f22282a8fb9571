"""What can go wrong with an interpretation server, each with a message and what to do (PulseError)."""

from __future__ import annotations

from pulse_desktop.core.errors import PulseError


class ServerError(PulseError):
    """Any interpretation-server failure (the family the fallback to the local engine catches)."""

    exit_code = 8


class ServerBuildError(ServerError):
    """llama-server could not be downloaded, patched, configured or built."""


class ServerConfigError(ServerError):
    """The server cannot be started as asked (unsafe address, missing key or certificate, wrong bundle)."""


class ServerUnreachable(ServerError):  # noqa: N818 - a state the user sees, not a bug
    """No answer from the server's address (down, wrong address, firewall)."""


class ServerKeyRefused(ServerError):  # noqa: N818
    """The server refused the API key."""


class ServerCertificateChanged(ServerError):  # noqa: N818
    """The server's TLS certificate is not the pinned one."""


class ServerModelMismatch(ServerError):  # noqa: N818
    """The server serves another model than the bundle asked for (manifest hash differs)."""


class ServerBusy(ServerError):  # noqa: N818
    """Every slot of the server is taken."""


class ServerTimeout(ServerError):  # noqa: N818
    """The server stopped answering in time."""


class ServerProtocolError(ServerError):
    """The server's answer could not be understood (malformed or cut-off response)."""
