"""End to end, as an attacker would: a fake Dokploy full of planted secrets, the kit records it.

A loopback HTTP server answers the kit's own recording flows with the bodies a
real Dokploy v0.30.2 gave (the project's committed cassettes, recorded by the
kit from a real server): every place those bodies held a secret (a
placeholder now) carries a fresh unique secret, or the value the flow sent
when the real server echoed it. A carrier flow adds every other class the
issue found leaking (echoes in error messages, bare string bodies, commented
env lines, compose and Traefik files, key-name gaps, PGP/PuTTY keys, encoded
forms of the API key, multipart fields, the reason phrase, stack traces,
5,000-deep nesting, a version string naming another folder), with real
recorded bodies as the base where ``../shared/dokploy/recordings`` has them.
Then every file written is searched for every secret in every encoded form,
and the cassettes are replayed.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
import secrets
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

import pytest
from support import REPO_ROOT

from dokploy_contract import serializer
from dokploy_contract.scrub import Scrubber, placeholder

pytest_plugins = ["pytester"]

REPO = REPO_ROOT
CASSETTES = REPO / "cassettes" / "v0.30.2"
RECORDINGS = REPO.parent / "shared" / "dokploy" / "recordings"
# The recorded flows replayed here: module -> its folder under contract_tests/tests.
FLOWS = {
    "test_contract_workflows": "contract",
    "test_client_workflows": "client",
    "test_contract_errors": "contract",
}
TESTS = REPO / "contract_tests" / "tests"
PLACEHOLDER_RE = re.compile(r"<scrubbed:[0-9a-f]{12}>")
PREFIX_RE = re.compile(r"ct-[a-z0-9]{6}-")
EVIL_VERSION = "../../escaped-version"
# Values the flows themselves send as secrets: searched for too.
SENT_SECRETS = ("contract-test-password", "libsql-password-1", "abc123")


def new_secret(label: str) -> str:
    """Unique, never a field name or a placeholder: finding it on disk can only be a leak."""
    return f"Zq{label}{secrets.token_hex(8)}Kx"


def forms(secret: str) -> set[str]:
    """Every form a secret could be written in; computed here, not by the kit."""
    raw = secret.encode()
    out = {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}
    for encoded in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
        out |= {encoded.decode(), encoded.decode().rstrip("=")}
    return {f for f in out if len(f) >= 6}


# --- the fake Dokploy --------------------------------------------------------------------


@dataclass
class Answer:
    status: int = 200
    body: Any = True  # JSON value, or str for a bare text body
    reason: str | None = None
    text: bool = False
    raw: bool = False  # ``body`` is JSON text already


@dataclass
class Interaction:
    procedure: str
    canonical: str
    status: int
    body: str
    content_type: str
    played: bool = False


def _recorded_bodies(operation: str) -> list[Any]:
    """Real v0.30.2 bodies of ``operation`` from the shared recordings (none when absent)."""
    bodies: list[Any] = []
    if not RECORDINGS.is_dir():
        return bodies
    for path in sorted(RECORDINGS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("operation") == operation and record.get("status") == 200:
                try:
                    bodies.append(json.loads(record["body_text"]))
                except ValueError:
                    bodies.append(record["body_text"])
    return bodies


def _first_object(operation: str, fallback: dict[str, Any]) -> dict[str, Any]:
    for body in _recorded_bodies(operation):
        if isinstance(body, dict):
            return {**body, **fallback}
    return dict(fallback)


@dataclass
class FakeDokploy:
    """Answers the flows from recorded interactions and the carriers from planted bodies."""

    api_key: str
    phase: str = "static"
    planted: dict[str, str] = field(default_factory=dict)  # placeholder -> planted secret
    echoes: dict[str, str] = field(default_factory=dict)  # placeholder -> value a flow sent
    secrets: set[str] = field(default_factory=set)  # everything that must not reach disk
    prefix: str | None = None
    interactions: list[Interaction] = field(default_factory=list)
    carriers: dict[str, Callable[[dict[str, Any], dict[str, str]], Answer]] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)
    cursor: int = -1
    substituted: int = 0  # placeholders of recorded bodies given a secret (planted or echoed)

    def secret(self, label: str) -> str:
        value = new_secret(label)
        self.secrets.add(value)
        return value

    # requests -> canonical form, as recorded

    def _canonical(self, procedure: str, query: list[tuple[str, str]], body: bytes) -> str:
        text = body.decode("utf-8", "replace")
        for planted, mark in ((v, k) for k, v in self.planted.items()):
            text = text.replace(planted, mark)
        scrubber = Scrubber()
        try:
            value: Any = scrubber.scrub_json(json.loads(text)) if text.strip() else None
        except ValueError:
            value = scrubber.scrub_text(text)
        canon = json.dumps(
            [procedure, sorted(scrubber.scrub_query(query)), value], sort_keys=True, separators=(",", ":")
        )
        return PREFIX_RE.sub("ct-PREFIX-", canon)

    def load(self, folder: Path, module: str) -> None:
        source = (TESTS / FLOWS[module] / f"{module}.py").read_text(encoding="utf-8")
        order = re.findall(r"^def (test_\w+)", source, re.M)
        for test in order:
            path = folder / module / f"{test}.yaml"
            if not path.exists():
                continue
            data = serializer.deserialize(path.read_text(encoding="utf-8"))
            for item in data["interactions"]:
                request, response = item["request"], item["response"]
                parts = urlsplit(request["uri"])
                procedure = parts.path.rsplit("/api/", 1)[-1]
                body = (request.get("body") or "").encode()
                query = parse_qsl(parts.query, keep_blank_values=True)
                content_type = (response.get("headers", {}).get("content-type") or ["application/json"])[0]
                text = response["body"]["string"]
                text = text.decode() if isinstance(text, bytes) else text
                self.interactions.append(
                    Interaction(
                        procedure,
                        self._canonical(procedure, query, body),
                        response["status"]["code"],
                        text,
                        content_type,
                    )
                )

    def _learn_echoes(self, body: bytes) -> None:
        """What a real server would echo back: every string sent, env values as written."""
        try:
            value = json.loads(body or b"null")
        except ValueError:
            return
        stack = [value]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, str) and node:
                self.echoes[placeholder(node)] = node
                for line in node.split("\n"):
                    if "=" in line:
                        written = line.partition("=")[2]
                        if written:
                            self.echoes[placeholder(written)] = written
                for match in re.finditer(r"://[^:/@\s]*:([^@\s]+)@", node):
                    self.echoes[placeholder(match.group(1))] = match.group(1)

    def _plant(self, text: str) -> str:
        def one(match: re.Match[str]) -> str:
            mark = match.group(0)
            self.substituted += 1
            if mark in self.echoes:
                return self.echoes[mark]
            if mark not in self.planted:
                self.planted[mark] = self.secret("P")
            return self.planted[mark]

        text = PLACEHOLDER_RE.sub(one, text)
        return PREFIX_RE.sub(self.prefix, text) if self.prefix else text

    def answer(
        self, method: str, path: str, body: bytes, headers: dict[str, str]
    ) -> tuple[int, str | None, str, bytes]:
        parts = urlsplit(path)
        procedure = parts.path.rsplit("/api/", 1)[-1]
        query = parse_qsl(parts.query, keep_blank_values=True)
        found = PREFIX_RE.search(body.decode("utf-8", "replace") + parts.query)
        if found:
            self.prefix = found.group(0)
        if procedure == "settings.getDokployVersion":
            return self._json(Answer(body=EVIL_VERSION))
        if self.phase == "static":  # the kit's own before/after snapshot and its teardown
            return self._json(Answer(body=[] if method == "GET" else True))
        self._learn_echoes(body)
        carrier = self.carriers.get(procedure)
        if carrier is not None:
            try:
                arguments = json.loads(body) if body.strip() and body.lstrip()[:1] in b"{[" else {}
            except ValueError:
                arguments = {}
            arguments["__raw__"] = body.decode("utf-8", "replace")
            return self._json(carrier(arguments, dict(query)))
        canonical = self._canonical(procedure, query, body)
        candidates = [(n, i) for n, i in enumerate(self.interactions) if i.procedure == procedure]
        exact = [(n, i) for n, i in candidates if i.canonical == canonical]
        # the next unplayed one after the last answer keeps one test's calls together
        ordered = [i for n, i in exact if n > self.cursor and not i.played]
        ordered += [i for n, i in exact if not i.played] + [i for n, i in exact]
        chosen = ordered[0] if ordered else None
        if chosen is None:
            self.unmatched.append(f"{procedure} {canonical[:200]}")
            later = [i for n, i in candidates if n > self.cursor and not i.played]
            pool = later or [i for _, i in candidates]
            chosen = pool[0] if pool else None
        if chosen is None:
            return self._json(Answer(404, {"message": f"No procedure found on path {procedure}"}))
        chosen.played = True
        self.cursor = self.interactions.index(chosen)
        return chosen.status, None, chosen.content_type, self._plant(chosen.body).encode()

    @staticmethod
    def _json(answer: Answer) -> tuple[int, str | None, str, bytes]:
        if answer.text or answer.raw:
            kind = "application/json" if answer.raw else "text/plain"
            return answer.status, answer.reason, kind, str(answer.body).encode()
        return answer.status, answer.reason, "application/json", json.dumps(answer.body).encode()


@dataclass
class Served:
    url: str
    fake: Any


def serve(fake: Any) -> Iterator[Served]:
    """``fake`` answers requests (``answer``) and has a ``phase`` the conftest switches."""

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length)
            if self.path.startswith("/__phase__/"):
                fake.phase = self.path.rsplit("/", 1)[1]
                status, reason, content_type, payload = 200, None, "text/plain", b"ok"
            else:
                status, reason, content_type, payload = fake.answer(
                    self.command, self.path, body, dict(self.headers.items())
                )
            self.send_response(status, reason)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = _handle

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_address[1]}", fake)
    finally:
        server.shutdown()
        server.server_close()


# --- the carriers: every other class of the issue, each planted once -------------------

PGP = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF{}\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----\n"
PUTTY = (
    "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: k\nPublic-Lines: 2\n"
    "AAAAC3NzaC1lZDI1NTE5AAAAIPublicPart\nAAAA\nPrivate-Lines: 1\n{}\nPrivate-MAC: {}\n"
)


def install_carriers(fake: FakeDokploy) -> None:
    s = fake.secret
    key = fake.api_key
    c: dict[str, Callable[[dict[str, Any], dict[str, str]], Answer]] = {}

    def registry_echo(args: dict[str, Any], _: dict[str, str]) -> Answer:  # v0.28.8's 500
        pw = str(args.get("password", ""))
        return Answer(
            500, {"message": f"Command failed: echo '{pw}' | docker login r.example -u u --password-stdin"}
        )

    c["registry.create"] = registry_echo
    c["settings.readTraefikEnv"] = lambda a, q: Answer(
        body=f"CF_DNS_API_TOKEN={s('tr')}\n# OLD_DB_PASSWORD={s('tr')}\nTZ=UTC\n"
    )
    multi_a, multi_b = s("ml"), s("ml")
    converted = (
        "x-pw: &pw " + s("anchor") + "\n"
        "services:\n"
        "  db:\n"
        "    image: postgres\n"
        "    environment:\n"
        f"      POSTGRES_PASSWORD: {s('pg')}\n"
        f"      DB_PASS: {s('dbpass')}\n"
        f'      "QUOTED_SECRET_KEY": "{s("quoted")}"\n'
        "      API_TOKEN: |\n"
        f"        {multi_a}\n"
        f"        {multi_b}\n"
        "      ADMIN_PASSWORD: *pw\n"
        "  cache:\n"
        "    image: redis\n"
        f"    environment: {{REDIS_PASSWORD: {s('inline')}, MODE: x}}\n"
        f"    command: redis-server --requirepass {s('reqpass')}\n"
        "  worker:\n"
        "    image: w\n"
        "    environment:\n"
        f"      - SMTP_PASSWORD={s('listenv')}\n"
        f'    command: ["run", "--api-key", "{s("argv")}"]\n'
    )
    c["compose.getConvertedCompose"] = lambda a, q: Answer(body=converted)
    traefik_yaml = (
        "http:\n  middlewares:\n    auth:\n      basicAuth:\n        users:\n"
        f'          - "admin:$apr1${s("htpw")}"\n          - "ops:{s("htpw")}"\n'
        "  routers:\n    r:\n      rule: Host(`x`)\n"
    )
    traefik_toml = (
        "[http.middlewares.auth.basicAuth]\n"
        f'  users = ["admin:$apr1${s("toml")}", "b:{s("toml")}"]\n'
        '[http.routers.r]\n  rule = "Host(`x`)"\n'
    )
    c["settings.readTraefikConfig"] = lambda a, q: Answer(body=traefik_yaml)
    c["settings.readMiddlewareTraefikConfig"] = lambda a, q: Answer(body=traefik_toml)
    key_b64 = base64.b64encode(key.encode()).decode()
    log = (
        f"Cloning https://oauth2:{s('log')}@gitlab.example/o/r.git\n"
        f"export GITHUB_TOKEN={s('log')}\n"
        f"Authorization: Bearer {s('log')}\n"
        f"curl https://hooks.example/x?token={s('log')}&a=1\n"
        f"docker run -e X=1 --password {s('log')} img\n"
        f"x-api-key: {key} auth={key_b64} q={quote(key, safe='')}\n"
        "Error: boom\n    at run (/app/dist/server.js:10:5)\n    at next (node:internal/x:1:2)\n"
    )
    c["deployment.readLogs"] = lambda a, q: Answer(body=log)
    c["application.readLogs"] = lambda a, q: Answer(body=log.replace("Zq", "Zq"))
    c["patch.readRepoFile"] = lambda a, q: Answer(
        body=f"SECRET_KEY_BASE={s('repo')}\n" + PGP.format(s("pgp")) + PUTTY.format(s("putty"), s("puttymac"))
    )
    c["docker.readContainerFile"] = lambda a, q: Answer(
        body=json.dumps({"auths": {"r.example": {"auth": s("dockercfg")}}}) + "\n"
    )
    token = s("gen")
    c["user.generateToken"] = lambda a, q: Answer(body=token)
    c["notification.one"] = lambda a, q: Answer(
        body=_first_object(
            "notification.one",
            {
                "notificationId": "N1",
                "custom": {"endpoint": "https://h.example", "headers": {"X-Api-Key": s("hdr")}},
            },
        )
    )
    c["destination.one"] = lambda a, q: Answer(
        body=_first_object(
            "destination.one",
            {
                "destinationId": "D1",
                "accessKey": s("ak"),
                "accessKeyId": s("akid"),
                "secretAccessKey": s("sak"),
                "additionalFlags": ["--s3-session-token", s("flag"), f"--password={s('flag')}"],
            },
        )
    )
    c["vaultProvider.one"] = lambda a, q: Answer(
        body={"vaultProviderId": "V1", "config": {"roleId": "r", "secretId": s("vault")}}
    )
    c["sso.one"] = lambda a, q: Answer(
        body={"providerId": "S1", "oidcConfig": json.dumps({"clientId": "c", "clientSecret": s("oidc")})}
    )
    c["docker.getConfig"] = lambda a, q: Answer(
        body={
            "Id": "c1",
            "Config": {"Env": [f"POSTGRES_PASSWORD={s('inspect')}", "PATH=/usr/bin", f"FOO={s('inspect')}"]},
        }
    )
    inner = json.dumps({"password": s("deep"), "note": f"token={s('deep')}"})
    deep = '{"a":[' * 5000 + inner + "]}" * 5000  # built as text: json.dumps would recurse
    c["docker.getContainers"] = lambda a, q: Answer(body=deep, raw=True)
    nested_env = _first_object(
        "application.one",
        {
            "applicationId": "APP-C",
            "env": f"A=1\n# OLD_DB_PASSWORD={s('envc')}\n#DISABLED_TOKEN={s('envc')}",
            "buildArgs": f"# NPM={s('envc')}",
            "customGitUrl": f"https://git.example/o/r.git?token={s('qurl')}",
            "previewDeployments": [{"previewEnv": f"# P={s('envc')}\nQ={s('envc')}", "buildSecrets": "S=1"}],
        },
    )
    c["previewDeployment.one"] = lambda a, q: Answer(body=nested_env)  # not a flow's procedure

    def drop(args: dict[str, Any], _: dict[str, str]) -> Answer:  # echoes the whole form
        return Answer(400, {"message": f"bad upload: {args['__raw__'][-400:]}"})

    c["application.dropDeployment"] = drop

    def weak(args: dict[str, Any], _: dict[str, str]) -> Answer:  # the reason phrase and a stack
        pw = str(args.get("databasePassword", ""))
        return Answer(
            400,
            {
                "message": "weak",
                "data": {"stackTrace": f"Error: {pw}\n    at f (/app/x.js:1:2)", "cause": f"pw was {pw}"},
            },
            reason=f"Bad Request {pw}",
        )

    c["mariadb.create"] = weak
    c["user.getUserByToken"] = lambda a, q: Answer(body={"token": q.get("token"), "ok": True})
    ai_key = s("aikey")

    def ai_all(args: dict[str, Any], _: dict[str, str]) -> Answer:
        return Answer(
            body=[{"aiId": "AI1", "name": "x", "apiKey": ai_key, "description": f"made with {ai_key}"}]
        )

    c["ai.getAll"] = ai_all
    fake.carriers = c


CARRIER_FLOW = '''
"""Every carrier of the attack, called through the kit's ordinary client."""

import pytest
from dokploy import DokployError

SENT = {sent!r}


def _get(dokploy, op, **params):
    try:
        return dokploy._engine.request(op, method="GET", url="/" + op, params=params or None)
    except (DokployError, RecursionError, ValueError):
        return None


def _post(dokploy, op, **body):
    try:
        return dokploy._engine.request(op, method="POST", url="/" + op, json=body)
    except DokployError:
        return None


def test_carriers(dokploy, dokploy_scope):
    dokploy_scope.guard.adopt("APP-C", "N1", "D1", "V1", "S1", "c1", "ENV-C")
    dokploy_scope.guard.adopt_names("ct-carrier")
    for op in ("settings.readTraefikEnv", "compose.getConvertedCompose", "settings.readTraefikConfig",
               "settings.readMiddlewareTraefikConfig", "deployment.readLogs", "application.readLogs",
               "patch.readRepoFile", "docker.readContainerFile", "notification.one", "destination.one",
               "vaultProvider.one", "sso.one", "docker.getConfig", "docker.getContainers",
               "previewDeployment.one"):
        _get(dokploy, op, id="x")
    _get(dokploy, "user.getUserByToken", token=SENT["query"])
    _post(dokploy, "user.generateToken")
    _post(dokploy, "mariadb.create", name="ct-carrier", environmentId="ENV-C", databaseName="d",
          databaseUser="u", databasePassword=SENT["weak"])
    _post(dokploy, "ai.create", name="x", apiUrl="https://ai.example", apiKey=SENT["ai"], model="m",
          isEnabled=True)
    _get(dokploy, "ai.getAll")
    files = [("applicationId", (None, b"APP-C")), ("password", (None, SENT["form"].encode())),
             ("zip", ("a.zip", b"PK\\x03\\x04", "application/zip"))]
    try:
        dokploy._engine.request("application.dropDeployment", method="POST",
                                url="/application.dropDeployment", files=files)
    except DokployError:
        pass


def test_registry_password_echoed_in_an_error(dokploy, dokploy_scope):
    dokploy_scope.guard.adopt("ORG")
    with pytest.raises(DokployError):
        dokploy._engine.request("registry.create", method="POST", url="/registry.create", json={{
            "registryName": "r", "username": "u", "password": SENT["registry"], "registryUrl": "r.example",
            "registryType": "cloud", "imagePrefix": None}})
'''

CONFTEST = """
import os
import urllib.request

import pytest

URL = os.environ["FAKE_CONTROL"]


def _phase(name):
    urllib.request.urlopen(URL + "/__phase__/" + name).read()


def pytest_configure(config):
    _phase("static")


def pytest_sessionstart(session):
    _phase("flows")


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session):
    _phase("static")
"""


@pytest.fixture
def fake_dokploy() -> Iterator[Served]:
    if not CASSETTES.is_dir():
        pytest.skip(f"the committed cassettes {CASSETTES} are missing")
    api_key = f"Key+{secrets.token_hex(16)}/z=="
    fake = FakeDokploy(api_key=api_key)
    fake.secrets.add(api_key)
    for module in sorted(FLOWS):  # the order pytest runs them in
        fake.load(CASSETTES, module)
    install_carriers(fake)
    yield from serve(fake)


def _written(root: Path) -> dict[Path, str]:
    return {
        p: p.read_bytes().decode("utf-8", "replace")
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"
    }


def test_no_planted_secret_reaches_any_written_file_and_replay_passes(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, fake_dokploy: Served
) -> None:
    fake: FakeDokploy = fake_dokploy.fake
    sent = {name: fake.secret(name) for name in ("query", "weak", "ai", "form", "registry")}
    fake.secrets.update(SENT_SECRETS)
    for module in FLOWS:  # renamed: the suite itself has imported the originals
        target = pytester.path / f"test_e2e_{module.removeprefix('test_')}.py"
        shutil.copy(TESTS / FLOWS[module] / f"{module}.py", target)
    pytester.makepyfile(test_carriers=CARRIER_FLOW.format(sent=sent))
    pytester.makeconftest(CONFTEST)
    root = pytester.path / "recorded"
    monkeypatch.setenv("DOKPLOY_API_URL", fake_dokploy.url)
    monkeypatch.setenv("DOKPLOY_API_KEY", fake.api_key)
    monkeypatch.setenv("FAKE_CONTROL", fake_dokploy.url)
    before = set(pytester.path.parent.rglob("*"))
    recorded = pytester.runpytest_inprocess(
        "--dokploy-mode=record",
        f"--dokploy-cassettes={root}",
        "--dokploy-allow-host-ops=user.generateToken",
        "-q",
        "-p",
        "no:randomly",
    )
    outcomes = recorded.parseoutcomes()
    assert outcomes.get("failed", 0) == 0 and outcomes.get("errors", 0) == 0, recorded.stdout.str()[-4000:]
    assert outcomes.get("passed", 0) >= 20, outcomes

    # the server's version string named the folder, made one safe segment under the root
    assert [p.name for p in root.iterdir()] == ["escaped-version"]
    outside = {
        p for p in set(pytester.path.parent.rglob("*")) - before if not p.is_relative_to(pytester.path)
    }
    assert outside == set()

    files = _written(pytester.path)
    cassettes = [p for p in files if p.suffix == ".yaml"]
    assert len(cassettes) >= 20
    searched = {form for secret in fake.secrets for form in forms(secret)}
    leaks = sorted(
        f"{p.relative_to(pytester.path)}: {form}"
        for p, text in files.items()
        for form in searched
        if form in text
    )
    print(
        f"leak search: {len(fake.secrets)} secrets planted or sent ({len(fake.planted)} new in recorded "
        f"bodies, {fake.substituted} placeholders filled), "
        f"{len(searched)} forms, {len(files)} files ({len(cassettes)} cassettes): {len(leaks)} found"
    )
    assert leaks == []
    assert fake.substituted >= 40  # the recorded bodies really carried secrets (planted or echoed)

    # replay of what was just written, offline
    monkeypatch.delenv("DOKPLOY_API_URL")
    monkeypatch.delenv("DOKPLOY_API_KEY")
    # In a process of its own: an in-process run drops the modules it imported when it ends,
    # and a second one in this process would import the client anew beside what the
    # first left bound (two ``Unset`` classes), which no user's process does.
    replayed = pytester.runpytest_subprocess(
        f"--dokploy-cassettes={root}", "--dokploy-version=escaped-version", "-q", "-p", "no:randomly"
    )
    outcomes = replayed.parseoutcomes()
    assert outcomes.get("failed", 0) == 0 and outcomes.get("errors", 0) == 0, replayed.stdout.str()[-4000:]
    assert outcomes.get("passed", 0) >= 20


# --- every real recorded exchange, secrets planted where the real server kept them -------

# The test's own idea of where Dokploy keeps secrets (not the kit's table): key names.
PLANT_KEY = re.compile(
    r"password|secret|token|apikey|api_key|privatekey|private_key|accesskey|access_key|credential|"
    r"webhookurl|licensekey|userkey",
    re.IGNORECASE,
)
NOT_PLANTED = frozenset({"publicKey", "tokenEndpoint", "tokenEndpointAuthentication", "secretPath"})
ENV_KEYS = frozenset(
    {"env", "buildArgs", "buildSecrets", "previewEnv", "previewBuildArgs", "previewBuildSecrets"}
)


def _plant_key(key: str) -> bool:
    if key in NOT_PLANTED or (re.search(r"Ids?$", key) and key not in ("accessKeyId", "secretId")):
        return False
    return bool(PLANT_KEY.search(key))


def _sent_secrets(body: Any) -> list[str]:
    out, stack = [], [body]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if _plant_key(str(key)) and isinstance(value, str) and len(value) >= 6:
                    out.append(value)
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return out


@dataclass
class RecordedDokploy:
    """Answers each procedure with its recorded bodies in order, secrets planted in them."""

    phase: str = "static"
    secrets: set[str] = field(default_factory=set)
    queues: dict[str, list[tuple[int, str, bytes]]] = field(default_factory=dict)
    served: int = 0

    def secret(self) -> str:
        value = new_secret("R")
        self.secrets.add(value)
        return value

    def plant(self, value: Any) -> Any:
        if isinstance(value, dict):
            out = {}
            for key, item in value.items():
                if _plant_key(str(key)) and isinstance(item, str):
                    out[key] = self.secret()
                elif key in ENV_KEYS and isinstance(item, str | None):
                    out[key] = (
                        f"{item or 'A=1'}\n# OLD_DB_PASSWORD={self.secret()}\nAPI_TOKEN={self.secret()}"
                    )
                elif key == "composeFile" and isinstance(item, str):
                    out[key] = f"{item}\nx-extra:\n  environment:\n    DB_PASS: {self.secret()}\n"
                else:
                    out[key] = self.plant(item)
            return out
        if isinstance(value, list):
            return [self.plant(v) for v in value]
        if isinstance(value, str) and "\n" in value and len(value) > 40:  # a log or a file
            return f"{value}\nexport GITHUB_TOKEN={self.secret()}\n"
        return value

    def add(self, record: dict[str, Any]) -> None:
        text = record["body_text"] or ""
        status = int(record["status"])
        sent = _sent_secrets(record.get("request_body"))
        self.secrets.update(sent)
        try:
            body = self.plant(json.loads(text)) if text.strip() else None
            if isinstance(body, str):
                body = f"{body}\nAPI_TOKEN={self.secret()}"
            if status >= 400 and isinstance(body, dict) and sent:  # an echo, as v0.28.8 does
                body["message"] = f"{body.get('message')} (echo '{sent[0]}' | docker login)"
            payload = json.dumps(body).encode() if text.strip() else b""
        except ValueError:
            payload = f"{text}\npassword={self.secret()}".encode() if text.strip() else b""
        content_type = record.get("content_type") or "application/json"
        self.queues.setdefault(record["operation"], []).append((status, content_type, payload))

    def answer(
        self, method: str, path: str, body: bytes, headers: dict[str, str]
    ) -> tuple[int, str | None, str, bytes]:
        procedure = urlsplit(path).path.rsplit("/api/", 1)[-1]
        if procedure == "settings.getDokployVersion":
            return 200, None, "application/json", b'"v0.30.2"'
        if self.phase == "static":
            return 200, None, "application/json", b"[]" if method == "GET" else b"true"
        queue = self.queues.get(procedure) or []
        if not queue:
            return 404, None, "application/json", b'{"message":"not recorded"}'
        self.served += 1
        status, content_type, payload = queue.pop(0)
        return status, None, content_type, payload


RECORDED_FLOW = '''
"""Every recorded exchange of one flow, sent again through the kit's ordinary client."""

import json
from pathlib import Path

import pytest
from dokploy import DokployError
from dokploy_contract.errors import GuardError

RECORDINGS = Path({recordings!r})
FILES = sorted(p.name for p in RECORDINGS.glob("*.jsonl"))


def _strings(value):
    out, stack = [], [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            out.append(node)
    return out


@pytest.mark.parametrize("flow", FILES)
def test_flow(flow, dokploy_scope):
    records = [json.loads(line) for line in (RECORDINGS / flow).read_text().splitlines()]
    client = dokploy_scope.client(max_retries=0)
    for record in records:  # the test owns everything the flow names (it is a fake server)
        values = _strings(record.get("request_body")) + _strings(record.get("query"))
        dokploy_scope.guard.adopt(*values)
        dokploy_scope.guard.adopt_names(*values)
    for record in records:
        op, body = record["operation"], record.get("request_body")
        if record["method"] == "POST" and isinstance(body, str):
            continue  # multipart uploads
        if op == "settings.getOpenApiDocument":
            continue  # the spec itself, megabytes: pinned as generated/spec.json
        try:
            if record["method"] == "GET":
                client._engine.request(op, method="GET", url="/" + op, params=record.get("query") or None)
            else:
                client._engine.request(op, method="POST", url="/" + op, json=body)
        except (DokployError, ValueError, GuardError):
            pass  # the recordings hold deliberate bad requests; the guard refuses a few
'''


def _recorded_operations() -> list[str]:
    ops: set[str] = set()
    for path in RECORDINGS.glob("*.jsonl"):
        ops.update(json.loads(line)["operation"] for line in path.read_text(encoding="utf-8").splitlines())
    return sorted(ops)


@pytest.mark.skipif(not RECORDINGS.is_dir(), reason=f"{RECORDINGS} (real v0.30.2 exchanges) is not here")
def test_every_real_recorded_body_with_planted_secrets_stays_off_disk(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = RecordedDokploy()
    for path in sorted(RECORDINGS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fake.add(json.loads(line))
    pytester.makepyfile(test_recorded=RECORDED_FLOW.format(recordings=str(RECORDINGS)))
    pytester.makeconftest(CONFTEST)
    root = pytester.path / "recorded"
    with contextlib.contextmanager(serve)(fake) as served:
        monkeypatch.setenv("DOKPLOY_API_URL", served.url)
        monkeypatch.setenv("DOKPLOY_API_KEY", "Key+" + secrets.token_hex(12))
        monkeypatch.setenv("FAKE_CONTROL", served.url)
        # every operation is opted in: the guard is not what this test is about
        allowed = ",".join(_recorded_operations())
        result = pytester.runpytest_inprocess(
            "--dokploy-mode=record",
            f"--dokploy-cassettes={root}",
            f"--dokploy-allow-host-ops={allowed}",
            "-q",
        )
        monkeypatch.delenv("DOKPLOY_API_URL")
        monkeypatch.delenv("DOKPLOY_API_KEY")
        replayed = pytester.runpytest_inprocess(
            f"--dokploy-cassettes={root}", "--dokploy-version=v0.30.2", "-q"
        )
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed", 0) == 0 and outcomes.get("errors", 0) == 0, result.stdout.str()[-3000:]
    files = _written(pytester.path)
    searched = {form for secret in fake.secrets for form in forms(secret)}
    leaks = sorted(
        f"{p.relative_to(pytester.path)}: {form}"
        for p, text in files.items()
        for form in searched
        if form in text
    )
    print(
        f"recorded-body leak search: {fake.served} real exchanges answered, {len(fake.secrets)} secrets, "
        f"{len(searched)} forms, {len(files)} files: {len(leaks)} found"
    )
    assert fake.served > 900
    assert leaks == [], leaks[:20]
    outcomes = replayed.parseoutcomes()
    assert outcomes.get("failed", 0) == 0 and outcomes.get("errors", 0) == 0, replayed.stdout.str()[-3000:]
