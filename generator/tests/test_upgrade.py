"""Tests for ``dokploy-codegen upgrade``: report contents, regenerated tree, changelog, atomicity.

Expectations are computed independently from the raw spec files (a regex on the paths, not
:mod:`dokploy_codegen.naming`) and from the corrections copied into the temporary layout, so
the tests hold whatever the committed lock and corrections are at the time they run.
Generation is slow (~3 s), so the real upgrades run once per module: two successes and one
failure inside generation.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from loopback import Reply, serve
from support import REPO_ROOT, SHARED, shared_path, tree_digest

from dokploy_codegen.build import tree as build
from dokploy_codegen.cli import main
from dokploy_codegen.corrections import Corrections
from dokploy_codegen.errors import CodegenError, SpecError
from dokploy_codegen.naming import operation_from_uri
from dokploy_codegen.upgrade.cassettes import scan_cassettes
from dokploy_codegen.upgrade.overrides import stale_fields, untyped_operations
from dokploy_codegen.upgrade.run import CHANGELOG_HEADER, append_changelog, upgrade

SPECS = SHARED / "specs"
NEWER = "docs-site_2026-07-09_ca37c6a.json"  # drops operations the v0.30.2 lock has
OLDEST = "docs-site_2025-11-30_051319d.json"
GENERATED_SPEC = REPO_ROOT / "generated" / build.SPEC_FILE
PREVIOUS_ENTRY = "## earlier: an entry written before this upgrade\n"
_PATH = re.compile(r"^/([A-Za-z]\w*)[./]([A-Za-z]\w*)$")


# --- helpers -----------------------------------------------------------------------------------


def _shared_spec(name: str) -> Path:
    return shared_path("specs", name)


def _names(spec: dict[str, Any]) -> set[str]:
    """Operation names by one regex, independent of naming.operation_name."""
    out = set()
    for path in spec["paths"]:
        match = _PATH.match(path)
        assert match, path
        out.add(f"{match[1]}.{match[2]}")
    return out


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _layout(root: Path) -> Path:
    """A copy of the repo's generated/ and corrections, with a changelog already present."""
    if not (REPO_ROOT / "generated" / build.SPEC_FILE).is_file():
        pytest.skip("generated/ has no locked spec to upgrade from")
    shutil.copytree(REPO_ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO_ROOT / "overrides" / "corrections", root / "overrides" / "corrections")
    (root / "generated" / build.CHANGELOG_FILE).write_text(PREVIOUS_ENTRY, encoding="utf-8")
    return root


def _run(root: Path, spec: Path) -> str:
    return upgrade(None, None, spec, root / "generated", root / "overrides" / "corrections", root)


def _section(report: str, title: str) -> list[str]:
    """Item lines of the report section whose heading starts with ``title``."""
    lines = report.splitlines()
    (start,) = [i for i, line in enumerate(lines) if line.startswith(title)]
    if lines[start].endswith(": none") or ": none (" in lines[start]:
        return []
    items = []
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break
        items.append(line.strip())
    return items


def _write_cassettes(root: Path) -> None:
    """Synthetic cassettes in three spellings, one unreadable file and one non-cassette."""
    vcr = root / "cassettes" / "v0.30.2"
    vcr.mkdir(parents=True)
    (vcr / "dns.yaml").write_text(
        "interactions:\n"
        "- request: {method: GET, uri: 'http://127.0.0.1:3000/api/dnsProvider.all'}\n"
        "  response: {body: {string: !!binary 'W10='}, status: {code: 200}}\n"
        "- request: {method: GET, uri: 'http://127.0.0.1:3000/api/project.all'}\n"
        "version: 1\n",
        encoding="utf-8",
    )
    (vcr / "compose.json").write_text(
        json.dumps(
            {
                "interactions": [
                    {"request": {"uri": "http://127.0.0.1:3000/api/compose/saveEnvironment"}},
                    {"request": {"uri": "http://127.0.0.1:3000/api/settings.cleanRedis?x=1"}},
                ]
            }
        ),
        encoding="utf-8",
    )
    (vcr / "untouched.yml").write_text(
        "interactions:\n- request: {uri: 'http://127.0.0.1:3000/api/project.all'}\n",
        encoding="utf-8",
    )
    (root / "cassettes" / "broken.yaml").write_text("interactions: [unclosed\n", encoding="utf-8")
    (root / "cassettes" / "README.txt").write_text("uri: /api/dnsProvider.all\n", encoding="utf-8")


# --- two real upgrades, once per module ----------------------------------------------------------


@dataclass(frozen=True)
class Step:
    old: dict[str, Any]
    new: dict[str, Any]
    report: str
    changelog: str
    lock: dict[str, Any]
    locked: dict[str, Any]


@dataclass(frozen=True)
class Upgrades:
    root: Path
    corrections: Corrections
    forward: Step  # the repo's lock -> 2026-07-09
    back: Step  # 2026-07-09 -> 2025-11-30 (older, lacks corrected operations), via the CLI
    days: set[str]


def _step(root: Path, spec: Path, run: Callable[[Path, Path], str]) -> Step:
    generated = root / "generated"
    old = _load(generated / build.SPEC_FILE)
    report = run(root, spec)
    return Step(
        old=old,
        new=_load(spec),
        report=report,
        changelog=(generated / build.CHANGELOG_FILE).read_text(encoding="utf-8"),
        lock=_load(generated / build.LOCK_FILE),
        locked=_load(generated / build.SPEC_FILE),
    )


def _run_cli(root: Path, spec: Path) -> str:
    """The ``upgrade`` subcommand as users run it (it scans the real repo's cassettes)."""
    argv = ["upgrade", "--spec", str(spec), "--output", str(root / "generated")]
    argv += ["--corrections", str(root / "overrides" / "corrections")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def upgrades(tmp_path_factory: pytest.TempPathFactory) -> Upgrades:
    newer, oldest = _shared_spec(NEWER), _shared_spec(OLDEST)
    root = _layout(tmp_path_factory.mktemp("repo"))
    _write_cassettes(root)
    first_day = date.today().isoformat()
    forward = _step(root, newer, _run)
    back = _step(root, oldest, _run_cli)
    return Upgrades(
        root=root,
        corrections=Corrections.load(root / "overrides" / "corrections"),
        forward=forward,
        back=back,
        days={first_day, date.today().isoformat()},
    )


def test_report_names_every_removed_operation_as_breaking(upgrades: Upgrades) -> None:
    step = upgrades.forward
    removed = _names(step.old) - _names(step.new)
    if not removed:
        pytest.skip(f"{NEWER} removes no operation of the locked Dokploy {step.old['info']['version']}")
    breaking = _section(step.report, "Breaking changes")
    for name in removed:
        index = breaking.index(name)
        assert breaking[index + 1] == "[operation-removed] operation removed"


def test_report_names_a_removed_request_field(upgrades: Upgrades) -> None:
    """compose.saveEnvironment's createEnvFile: present in the lock, absent in 2026-07-09."""
    step = upgrades.forward

    def body_fields(spec: dict[str, Any]) -> set[str]:
        items = [v for k, v in spec["paths"].items() if k.endswith("compose.saveEnvironment")]
        schema = items[0]["post"]["requestBody"]["content"]["application/json"]["schema"] if items else {}
        return set(schema.get("properties", ()))

    if "createEnvFile" not in body_fields(step.old) - body_fields(step.new):
        pytest.skip(
            f"the locked Dokploy {step.old['info']['version']} has no compose.saveEnvironment.createEnvFile"
        )
    breaking = _section(step.report, "Breaking changes")
    index = breaking.index("compose.saveEnvironment")
    assert "[request-field-removed] createEnvFile: field removed" in breaking[index + 1 :]


def test_report_counts_match_the_specs(upgrades: Upgrades) -> None:
    step = upgrades.forward
    added = _names(step.new) - _names(step.old)
    removed = _names(step.old) - _names(step.new)
    assert f"Diff: {len(added)} added, {len(removed)} removed," in step.report
    version = step.old["info"]["version"]
    assert f"Upgrade: Dokploy {version} -> {step.new['info']['version']}" in step.report
    assert f"(spec from {NEWER})" in step.report


def test_report_names_stale_corrections_removed_now(upgrades: Upgrades) -> None:
    step = upgrades.forward
    expected = set(upgrades.corrections.operations) - _names(step.new)
    assert expected, "corrections must cover operations that 2026-07-09 lacks"
    title = "Stale overrides: corrections for operations that no longer exist"
    named = _section(step.report, title)
    locked = _names(step.old)  # a lock of another version may lack some corrected operations too
    assert sorted(named) == sorted(
        f"{name}  (removed by this upgrade)" if name in locked else f"{name}  (not in the locked spec either)"
        for name in expected
    )


def test_older_spec_names_stale_corrections_of_both_origins(upgrades: Upgrades) -> None:
    """Upgrading 'back' to 2025-11-30: corrections for operations gone now, and gone before."""
    step = upgrades.back
    corrected = set(upgrades.corrections.operations)
    gone_now = (corrected & _names(step.old)) - _names(step.new)
    gone_before = corrected - _names(step.old) - _names(step.new)
    assert gone_now and gone_before
    title = "Stale overrides: corrections for operations that no longer exist"
    named = _section(step.report, title)
    assert {n for n in named if n.endswith("(removed by this upgrade)")} == {
        f"{n}  (removed by this upgrade)" for n in gone_now
    }
    assert {n for n in named if n.endswith("(not in the locked spec either)")} == {
        f"{n}  (not in the locked spec either)" for n in gone_before
    }
    assert "review, then delete or update them" in step.report


def test_report_lists_new_operations_without_typed_responses(upgrades: Upgrades) -> None:
    step = upgrades.forward
    operations = upgrades.corrections.operations
    added = _names(step.new) - _names(step.old)
    expected = sorted(n for n in added if n not in operations or operations[n]["schema"] == {})
    assert expected, "2026-07-09 adds operations nobody has typed"
    assert _section(step.report, "New operations without typed responses") == expected


def test_report_lists_cassettes_touching_changed_operations(upgrades: Upgrades) -> None:
    if upgrades.forward.old["info"]["version"] != "v0.30.2":
        pytest.skip("the synthetic cassettes stand for a v0.30.2 recording; the lock is another version")
    touching = _section(upgrades.forward.report, "Cassettes to re-record")
    assert touching == [
        "cassettes/v0.30.2/compose.json: compose.saveEnvironment, settings.cleanRedis",
        "cassettes/v0.30.2/dns.yaml: dnsProvider.all",
    ]
    unreadable = _section(upgrades.forward.report, "Cassettes that could not be read")
    assert [line.split(":")[0] for line in unreadable] == ["cassettes/broken.yaml"]
    # Outside <version>/<module>/<test>.yaml no module can be named: record everything.
    assert "DOKPLOY_API_KEY=... pytest --dokploy-mode=record\n" in upgrades.forward.report


def test_tree_is_regenerated_from_the_new_spec(upgrades: Upgrades) -> None:
    step = upgrades.forward
    assert step.locked == step.new
    assert step.lock["dokploy_version"] == step.new["info"]["version"]
    assert step.lock["operations"] == len(_names(step.new))
    assert step.lock["spec_sha256"] == hashlib.sha256(build.spec_bytes(step.new)).hexdigest()
    assert f"{step.lock['operations']} operations" in step.report


def test_changelog_entries_are_appended_in_order(upgrades: Upgrades) -> None:
    forward, back = upgrades.forward, upgrades.back
    assert forward.changelog.startswith(PREVIOUS_ENTRY)
    assert back.changelog.startswith(forward.changelog)
    headings = [line for line in back.changelog.splitlines() if line.startswith("## ")]
    v_lock, v_new = forward.old["info"]["version"], forward.new["info"]["version"]
    assert headings[0] == PREVIOUS_ENTRY.strip()
    assert headings[1].split(": ", 1)[1] == f"Dokploy {v_lock} → {v_new}"
    assert headings[1][3:13] in upgrades.days
    assert len(headings) == 3
    removed = len(_names(forward.old) - _names(forward.new))
    added = len(_names(forward.new) - _names(forward.old))
    assert (
        f"- Operations: {len(_names(forward.old))} → {len(_names(forward.new))} "
        f"({added} added, {removed} removed)" in forward.changelog
    )


def test_changelog_lists_every_breaking_change(upgrades: Upgrades) -> None:
    step = upgrades.forward
    entry = step.changelog.split("\n## ")[-1]
    listed = [line for line in entry.splitlines() if line.startswith("  - `")]
    in_report = [line for line in _section(step.report, "Breaking changes") if line[0] == "["]
    assert len(listed) == len(in_report) > 0
    assert f"- Changes: {len(listed)} breaking" in entry


# --- failures leave generated/ alone -----------------------------------------------------------


def _bad_specs(tmp: Path, locked: dict[str, Any]) -> dict[str, Path]:
    def write(name: str, data: Any) -> Path:
        path = tmp / name
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return path

    paths = dict(locked["paths"])
    ungeneratable = {**locked, "paths": {**paths, "/not-a-router.x": next(iter(paths.values()))}}
    first_path, first_item = next(iter(paths.items()))
    duplicated = {**locked, "paths": {**paths, first_path.replace(".", "/"): first_item}}
    return {
        "not JSON": write("broken.json", "{not json"),
        "no paths": write("empty.json", {"openapi": "3.1.0", "info": {}, "paths": {}}),
        "one operation spelled twice": write("twice.json", duplicated),
        "fails inside generation": write("ungeneratable.json", ungeneratable),
    }


@pytest.mark.parametrize(
    "case", ["not JSON", "no paths", "one operation spelled twice", "fails inside generation"]
)
def test_failed_upgrade_changes_nothing(tmp_path: Path, case: str) -> None:
    root = _layout(tmp_path / "repo")
    generated = root / "generated"
    spec = _bad_specs(tmp_path, _load(generated / build.SPEC_FILE))[case]
    before = tree_digest(generated)
    with pytest.raises(CodegenError):
        _run(root, spec)
    assert tree_digest(generated) == before
    assert (generated / build.CHANGELOG_FILE).read_text(encoding="utf-8") == PREVIOUS_ENTRY
    assert sorted(p.name for p in root.iterdir()) == ["generated", "overrides"]


def test_spec_and_url_together_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="not both"):
        upgrade("http://dokploy.invalid", "key", tmp_path / "x.json", tmp_path, tmp_path, tmp_path)


def test_upgrade_without_a_lock_says_to_generate_first(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"openapi": "3.1.0", "paths": {"/a.b": {}}}), encoding="utf-8")
    with pytest.raises(SpecError, match="generate"):
        upgrade(None, None, spec, tmp_path / "generated", tmp_path, tmp_path)


# --- the parts, on synthetic data --------------------------------------------------------------


def _spec_with_response(schema: dict[str, Any]) -> dict[str, Any]:
    ok = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    return {
        "openapi": "3.1.0",
        "paths": {"/project.one": {"get": {"responses": {"200": ok}}}},
    }


def test_stale_fields_are_correction_fields_the_published_response_lacks() -> None:
    corrections = Corrections(
        schemas={
            "Project": {
                "type": "object",
                "properties": {"projectId": {"type": "string"}, "legacy": {"type": "string"}},
            }
        },
        operations={"project.one": {"schema": {"$ref": "#/components/schemas/Project"}}},
    )
    published = {"type": "object", "properties": {"projectId": {"type": "string"}}}
    assert stale_fields(corrections, _spec_with_response(published)) == {"project.one": ["legacy"]}
    listed = {"type": "array", "items": {"$ref": "#/components/schemas/Project"}}
    corrections.operations["project.one"]["schema"] = listed
    published_list = {"type": "array", "items": published}
    assert stale_fields(corrections, _spec_with_response(published_list)) == {"project.one": ["[].legacy"]}


def test_stale_fields_are_not_guessed_from_dokploys_placeholder_responses() -> None:
    corrections = Corrections(
        operations={"project.one": {"schema": {"type": "object", "properties": {"a": {}}}}}
    )
    placeholder = {"type": "object", "properties": {}, "additionalProperties": False}
    assert stale_fields(corrections, _spec_with_response(placeholder)) == {}


def test_untyped_means_no_correction_or_an_empty_schema() -> None:
    corrections = Corrections(
        operations={
            "a.empty": {"schema": None},
            "a.any": {"schema": {}},
            "a.typed": {"schema": {"type": "boolean"}},
        }
    )
    names = ["a.empty", "a.any", "a.typed", "a.missing"]
    assert untyped_operations(corrections, names) == ["a.any", "a.missing"]


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("http://127.0.0.1:3000/api/project.one?projectId=x", "project.one"),
        ("https://dokploy.invalid/api/admin/setupMonitoring", "admin.setupMonitoring"),
        ("http://127.0.0.1:3000/health", None),
        ("http://127.0.0.1:3000/api/", None),
    ],
)
def test_uri_operation(uri: str, expected: str | None) -> None:
    assert operation_from_uri(uri) == expected


def test_cassette_scan_reads_vcr_json_and_har_and_tolerates_python_tags(tmp_path: Path) -> None:
    cassettes = tmp_path / "cassettes"
    cassettes.mkdir()
    (cassettes / "a.yaml").write_text(
        "interactions:\n- request: {uri: 'http://h/api/project.one', extra: !!python/object:x.Y {}}\n",
        encoding="utf-8",
    )
    har = {"log": {"entries": [{"request": {"url": "http://h/api/project.create"}}]}}
    (cassettes / "b.json").write_text(json.dumps(har), encoding="utf-8")
    (cassettes / "c.yml").write_bytes(b"\xff\xfe not utf-8")
    scan = scan_cassettes(cassettes, {"project.one", "project.create"}, tmp_path)
    assert scan.touching == {
        "cassettes/a.yaml": ["project.one"],
        "cassettes/b.json": ["project.create"],
    }
    assert list(scan.unreadable) == ["cassettes/c.yml"]
    assert scan.scanned == 3


def test_no_cassettes_folder_means_nothing_to_re_record(tmp_path: Path) -> None:
    scan = scan_cassettes(tmp_path / "cassettes", {"project.one"}, tmp_path)
    assert (scan.touching, scan.unreadable, scan.scanned) == ({}, {}, 0)


def test_append_changelog_starts_a_new_file_with_a_header(tmp_path: Path) -> None:
    path = tmp_path / build.CHANGELOG_FILE
    append_changelog(path, "## one\n")
    append_changelog(path, "## two\n")
    assert path.read_text(encoding="utf-8") == CHANGELOG_HEADER + "\n## one\n\n## two\n"
    assert [p.name for p in tmp_path.iterdir()] == [build.CHANGELOG_FILE]


# --- issue 12: only cassettes that need it, and the command that re-records them --------------


def _cassette(path: Path, version: str | None, *operations: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = f"metadata: {{dokploy_version: {version}}}\n" if version else ""
    requests = "".join(f"- request: {{uri: 'https://dokploy.invalid/api/{op}'}}\n" for op in operations)
    path.write_text(f"{metadata}interactions:\n{requests}", encoding="utf-8")


def test_cassettes_recorded_on_the_new_version_are_not_listed(tmp_path: Path) -> None:
    root = tmp_path / "cassettes"
    _cassette(root / "v0.30.2" / "test_flows" / "test_a.yaml", "v0.30.2", "project.one")
    _cassette(root / "v0.28.8" / "test_flows" / "test_a.yaml", "v0.28.8", "project.one")
    _cassette(root / "v0.28.8" / "test_errors" / "test_b.yaml", None, "project.create")  # folder's version
    _cassette(root / "v0.28.8" / "test_errors" / "test_c.yaml", "v0.28.8", "project.all")  # nothing changed
    _cassette(root / "v0.28.8" / "test_sweep" / "test_d.yaml", "v0.30.2", "project.one")  # metadata wins
    scan = scan_cassettes(root, {"project.one", "project.create"}, tmp_path, "v0.30.2")
    assert scan.touching == {
        "cassettes/v0.28.8/test_errors/test_b.yaml": ["project.create"],
        "cassettes/v0.28.8/test_flows/test_a.yaml": ["project.one"],
    }
    assert (scan.scanned, scan.current) == (5, 2)
    assert scan.record_command() == "pytest --dokploy-mode=record -k 'test_errors or test_flows'"


def test_nothing_to_re_record_gives_no_command(tmp_path: Path) -> None:
    root = tmp_path / "cassettes"
    _cassette(root / "v0.30.2" / "test_flows" / "test_a.yaml", "v0.30.2", "project.one")
    scan = scan_cassettes(root, {"project.one"}, tmp_path, "v0.30.2")
    assert (scan.touching, scan.current, scan.record_command()) == ({}, 1, None)


def test_upgrading_back_to_the_recorded_version_lists_no_cassette(tmp_path: Path) -> None:
    """The issue's case: lock v0.28.8-like, cassettes recorded on v0.30.2, upgrade to v0.30.2."""
    root = _layout(tmp_path / "repo")
    generated = root / "generated"
    current = _load(generated / build.SPEC_FILE)
    older = {**current, "info": {**current["info"], "version": "v0.28.8"}}
    older["paths"] = {k: v for k, v in current["paths"].items() if not k.startswith("/project.")}
    older_file = tmp_path / "older.json"
    older_file.write_text(json.dumps(older), encoding="utf-8")
    _run(root, older_file)  # now locked on the "older" version
    version = current["info"]["version"]
    _cassette(root / "cassettes" / version / "test_flows" / "test_a.yaml", version, "project.one")
    _cassette(root / "cassettes" / "v0.28.8" / "test_flows" / "test_b.yaml", "v0.28.8", "project.one")
    report = _run(root, GENERATED_SPEC)
    assert _section(report, "Cassettes to re-record") == [
        "cassettes/v0.28.8/test_flows/test_b.yaml: project.one"
    ]
    assert "DOKPLOY_API_KEY=... pytest --dokploy-mode=record -k 'test_flows'" in report


def test_a_no_op_upgrade_writes_no_changelog(tmp_path: Path) -> None:
    root = _layout(tmp_path / "repo")
    generated = root / "generated"
    (generated / build.CHANGELOG_FILE).unlink()
    before = tree_digest(generated)
    report = _run_cli(root, generated / build.SPEC_FILE)
    assert "Nothing changed (same spec and corrections as the lock): no changelog entry written" in report
    assert not (generated / build.CHANGELOG_FILE).exists()
    assert tree_digest(generated) == before


def test_no_file_records_the_instance_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Upgrading from an instance: the report may say where from, CHANGELOG.md (committed) never."""
    root = _layout(tmp_path / "repo")
    generated = root / "generated"
    current = _load(generated / build.SPEC_FILE)
    changed = {**current, "paths": dict(list(current["paths"].items())[1:])}  # one operation fewer
    monkeypatch.delenv("DOKPLOY_API_URL", raising=False)
    answer: dict[str, bytes] = {}
    with serve(lambda _: Reply(200, answer["body"])) as (url, _):
        # As Dokploy does: the address it was asked on, in servers and externalDocs.
        servers = [{"url": f"{url}/api"}]
        docs = {"url": f"{url.replace('http:', 'https:')}/api/settings.getOpenApiDocument"}
        answer["body"] = build.spec_bytes({**changed, "servers": servers, "externalDocs": docs})
        argv = ["upgrade", "--url", url, "--api-key", "secret-key", "--output", str(generated)]
        argv += ["--corrections", str(root / "overrides" / "corrections")]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(argv) == 0
    host = url.split("//", 1)[1]
    changelog = (generated / build.CHANGELOG_FILE).read_text(encoding="utf-8")
    assert "- Spec: pulled from the instance (sha256" in changelog
    assert _load(generated / build.SPEC_FILE)["servers"] == [{"url": "https://dokploy.invalid/api"}]
    for path in generated.rglob("*"):
        if path.is_file():
            text = path.read_bytes()
            assert host.encode() not in text and b"secret-key" not in text, path
