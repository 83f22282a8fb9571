"""`pulse-desktop server build|start|check|cert`: the clinic's interpretation server (docs/clinic-server.md).

    server build [--backend cpu|cuda|vulkan] [--jobs N] [--clean] [--sdist FILE]
    server start --bundle NAME [--host H --port P --parallel N --api-key-file F --tls-cert C --tls-key K
                 | --self-signed] [--checkpoint DIR] [--gpu-layers N] [--threads N] [--dry-run]
    server check URL [--api-key-file F] [--fingerprint FP] [--bundle NAME]
    server cert FOLDER [--name HOST ...]      a self-signed certificate; prints its fingerprint
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from pulse_desktop.core.events import Done, Message, Progress, StageFinished, StageStarted


def register(sub) -> None:
    p = sub.add_parser("server", help="build and run the clinic's interpretation server (llama-server)",
                       description="A clinic's GPU machine answers for its workstations with llama.cpp's own "
                                   "llama-server, built from the llama.cpp the desktop runs.")
    s = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    b = s.add_parser("build", help="build llama-server once into the user cache folder")
    b.add_argument("--backend", choices=("cpu", "cuda", "vulkan"), default="cpu")
    b.add_argument("--jobs", type=int, default=None, help="parallel compile jobs (default: every core)")
    b.add_argument("--clean", action="store_true", help="delete the cached source and builds first")
    b.add_argument("--sdist", default=None, help="llama-cpp-python's .tar.gz instead of downloading it")
    b.set_defaults(func=_build)

    st = s.add_parser("start", help="serve a bundle (runs until stopped with Ctrl+C)")
    st.add_argument("--bundle", required=True, help="installed bundle name or bundle folder")
    st.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this computer only)")
    st.add_argument("--port", type=int, default=8080)
    st.add_argument("--parallel", type=int, default=1, help="slots: answers computed at once (default 1)")
    st.add_argument("--api-key-file", default=None, help="a file whose first line is the key workstations send")
    st.add_argument("--tls-cert", default=None)
    st.add_argument("--tls-key", default=None)
    st.add_argument("--self-signed", action="store_true",
                    help="make (once) and use a self-signed certificate in the data folder; prints its fingerprint")
    st.add_argument("--checkpoint", default=None, help="the checkpoint the bundle was made from (for the projector)")
    st.add_argument("--backend", choices=("cpu", "cuda", "vulkan"), default=None, help="which build to run")
    st.add_argument("--gpu-layers", type=int, default=None, help="layers on the GPU (default: all on a GPU build)")
    st.add_argument("--threads", type=int, default=None)
    st.add_argument("--dry-run", action="store_true", help="print the llama-server command and stop")
    st.set_defaults(func=_start)

    c = s.add_parser("check", help="reach a server and say what it serves")
    c.add_argument("url")
    c.add_argument("--api-key-file", default=None)
    c.add_argument("--fingerprint", default="", help="the pinned certificate fingerprint (https)")
    c.add_argument("--bundle", default=None, help="compare with this installed bundle's manifest sha256")
    c.set_defaults(func=_check)

    ce = s.add_parser("cert", help="make a self-signed TLS certificate and print its fingerprint")
    ce.add_argument("folder")
    ce.add_argument("--name", action="append", default=[], help="host name or address it is for (repeatable)")
    ce.set_defaults(func=_cert)
    register_load(s)


def _print_event(event: object) -> None:
    if isinstance(event, StageStarted):
        print(f"[{event.stage}{': ' + event.detail if event.detail else ''}]", file=sys.stderr, flush=True)
    elif isinstance(event, StageFinished):
        print(f"[{event.stage} done in {event.seconds:.0f} s]", file=sys.stderr, flush=True)
    elif isinstance(event, Progress) and event.total and (event.done % 10 == 0 or event.done == event.total):
        print(f"  {event.stage} {event.done}/{event.total}", file=sys.stderr, flush=True)
    elif isinstance(event, Message):
        print(f"Note: {event.text}", file=sys.stderr, flush=True)


def _build(args) -> int:
    from pulse_desktop.core.server.build import build_llama_server

    binary = None
    for event in build_llama_server(args.backend, args.jobs, args.clean, Path(args.sdist) if args.sdist else None):
        if isinstance(event, Done):
            binary = event.result
        else:
            _print_event(event)
    print(binary)
    return 0


def _start(args) -> int:
    from pulse_desktop.core import paths
    from pulse_desktop.core.bundle.registry import resolve_bundle
    from pulse_desktop.core.server.build import find_llama_server
    from pulse_desktop.core.server.errors import ServerConfigError
    from pulse_desktop.core.server.launch import (
        ServeOptions,
        check_security,
        read_api_key,
        server_command,
        start_process,
        stop_process,
        wait_ready,
    )
    from pulse_desktop.core.server.mmproj_store import ensure_projector
    from pulse_desktop.core.server.tls import fingerprint_of, make_self_signed

    cert, key = (Path(args.tls_cert) if args.tls_cert else None), (Path(args.tls_key) if args.tls_key else None)
    if args.self_signed:
        folder = paths.data_home() / "server" / "tls"
        cert, key = folder / "server-cert.pem", folder / "server-key.pem"
        if not (cert.is_file() and key.is_file()):
            make_self_signed(folder, ["localhost", args.host] if args.host not in ("0.0.0.0", "::") else [])
    binary = find_llama_server(args.backend)
    if binary is None:
        raise ServerConfigError("llama-server is not built on this computer.", "Run `pulse-desktop server build`.")
    gpu_layers = args.gpu_layers if args.gpu_layers is not None else (0 if "build-cpu" in str(binary) else 999)
    options = ServeOptions(args.host, args.port, max(1, args.parallel),
                           Path(args.api_key_file) if args.api_key_file else None, cert, key, args.threads,
                           gpu_layers)
    check_security(options)
    installed = resolve_bundle(args.bundle)
    projector = ensure_projector(installed.path, Path(args.checkpoint) if args.checkpoint else None)
    command = server_command(binary, installed.path, projector.path, options)
    print(" ".join(command), file=sys.stderr)
    if cert is not None:
        print(f"TLS certificate fingerprint (pin it on the workstations): {fingerprint_of(cert)}")
    if args.dry_run:
        return 0
    scheme = "https" if cert else "http"
    host = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    url = f"{scheme}://{host}:{args.port}"
    process = start_process(command)
    if hasattr(signal, "SIGTERM"):  # stopped by a service manager: stop llama-server too (the finally below)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        wait_ready(process, url, timeout=600.0,
                   api_key=read_api_key(options.api_key_file) if options.api_key_file else "",
                   fingerprint=fingerprint_of(cert) if cert else "")
        print(f"Serving {installed.name} on {scheme}://{args.host}:{args.port} with {options.parallel} slot(s). "
              "Ctrl+C stops it.", flush=True)
        return int(process.wait())
    except KeyboardInterrupt:
        return 0
    finally:
        stop_process(process)


def _check(args) -> int:
    from pulse_desktop.core.bundle.manifest import manifest_sha256
    from pulse_desktop.core.remote.client import ServerAddress, ServerClient
    from pulse_desktop.core.remote.remote_engine import check_server
    from pulse_desktop.core.server.launch import read_api_key

    expected = None
    if args.bundle:
        from pulse_desktop.core.bundle.registry import resolve_bundle

        expected = manifest_sha256(resolve_bundle(args.bundle).path)
    key = read_api_key(Path(args.api_key_file)) if args.api_key_file else ""
    info = check_server(ServerClient(ServerAddress(args.url, key, args.fingerprint, timeout=15.0)), expected)
    print(f"{info.url}: reachable in {info.latency_s * 1000:.0f} ms; model {info.alias}; {info.slots} slot(s)"
          + ("; manifest sha256 equals the local bundle's" if expected else ""))
    return 0


def _cert(args) -> int:
    from pulse_desktop.core.server.tls import fingerprint_of, make_self_signed

    cert, key = make_self_signed(Path(args.folder), args.name)
    print(f"certificate {cert}\nkey {key}\nfingerprint {fingerprint_of(cert)}")
    return 0


def register_load(s) -> None:
    lo = s.add_parser("load", help="N simulated workstations against one llama-server on this machine, and faults",
                      description="Loopback only; starts its own llama-server for each --parallel value, asks a "
                                  "fixed number of questions, prints the figures (docs/clinic-server.md) and stops.")
    lo.add_argument("--bundle", required=True)
    lo.add_argument("--checkpoint", default=None)
    lo.add_argument("--workstations", default="1,2,4,8", help="comma-separated N (default 1,2,4,8)")
    lo.add_argument("--parallel", default="1,2,4", help="comma-separated slot counts (default 1,2,4)")
    lo.add_argument("--questions-each", type=int, default=1)
    lo.add_argument("--max-new-tokens", type=int, default=16)
    lo.add_argument("--threads", type=int, default=None)
    lo.add_argument("--pages", default=None, action="append",
                    help="a folder of ECG pages to ask about (repeatable; default: the app's samples)")
    lo.add_argument("--faults", action="store_true", help="also kill, stall, throttle and cut the server")
    lo.add_argument("--no-load", action="store_true", help="only the faults")
    lo.set_defaults(func=_load)


def _load(args) -> int:
    import socket
    import tempfile

    from pulse_desktop.core.bundle.registry import resolve_bundle
    from pulse_desktop.core.engine.answer import GenerationOptions
    from pulse_desktop.core.imaging.load_image import load_image
    from pulse_desktop.core.server import load_test
    from pulse_desktop.core.server.build import find_llama_server
    from pulse_desktop.core.server.errors import ServerConfigError
    from pulse_desktop.core.server.launch import ServeOptions
    from pulse_desktop.core.server.mmproj_store import ensure_projector

    binary = find_llama_server()
    if binary is None:
        raise ServerConfigError("llama-server is not built on this computer.", "Run `pulse-desktop server build`.")
    installed = resolve_bundle(args.bundle)
    projector = ensure_projector(installed.path, Path(args.checkpoint) if args.checkpoint else None)
    files = sorted(f for folder in (args.pages or []) for f in Path(folder).iterdir()
                   if f.suffix.lower() in (".png", ".jpg", ".jpeg", ".bmp")) or sorted(_sample_pages())
    pages = [load_image(p).image for p in files]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = Path(tempfile.mkdtemp(prefix="pulse-load-")) / "llama-server.log"
    server = load_test.ServerUnderTest(binary, installed.path, projector.path,
                                       ServeOptions(port=port, threads=args.threads), log)
    options = GenerationOptions(max_new_tokens=args.max_new_tokens)
    print(f"llama-server {binary}; bundle {installed.name}; {len(pages)} pages; log {log}", file=sys.stderr)
    if not args.no_load:
        rows = []
        for row in load_test.load_rows(server, pages, _ints(args.parallel), _ints(args.workstations),
                                       args.questions_each, options):
            rows.append(row)
            print(load_test.summary([row]).splitlines()[-1], flush=True)
        print(load_test.summary(rows))
    if args.faults:
        long = GenerationOptions(max_new_tokens=200, ignore_eos=True)
        server.options = ServeOptions(port=port, threads=args.threads, parallel=2)
        server.start()
        try:
            results = [load_test.kill_mid_answer(server, pages[0], long),
                       load_test.stall_mid_answer(server, pages[0], long),
                       load_test.through_proxy(server, pages[0], options, "slow connection (200 kB/s each way)",
                                               bytes_per_s=200_000),
                       load_test.through_proxy(server, pages[0], long, "connection cut after 2 kB of the answer",
                                               cut_after=2048)]
        finally:
            server.stop()
        print("| fault | what the desktop saw | partial text kept (characters) | seconds | then |")
        print("|---|---|---|---|---|")
        for r in results:
            print(f"| {r.name} | {r.what_the_desktop_saw} | {r.partial_chars} | {r.seconds:.1f} | {r.recovered} |")
    return 0


def _ints(text: str) -> list[int]:
    return [int(v) for v in text.split(",") if v.strip()]


def _sample_pages() -> list[Path]:
    """The app's own sample ECG pages (resources/samples), different pages for different workstations."""
    folder = Path(__file__).resolve().parents[2] / "resources" / "samples"
    return [p for p in folder.iterdir() if p.suffix.lower() in (".png", ".jpg", ".jpeg")]
