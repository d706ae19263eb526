"""``dokploy-codegen``: pull, generate, check, learn, diff and upgrade.

Every failure prints one line saying what went wrong and what to do, and
exits non-zero; the output folder changes only when a step succeeds.
Defaults: in a checkout, its generated/ and overrides/corrections; installed
elsewhere, ./generated and the corrections shipped with the package.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import locations
from .build.generate import generate
from .build.output_lock import output_lock
from .build.swap import recover
from .build.tree import PACKAGE_NAME, spec_bytes
from .errors import CodegenError, SpecError


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand. The checkout (or current folder) is looked up here, per call, not
    when the module is imported: importing the CLI does not depend on, or fix, the current folder."""
    try:
        here = locations.find()
        args = _parser(here).parse_args(argv)
        args.here = here
        code: int = args.run(args)
        sys.stdout.flush()  # here, not at exit: a closed pipe is handled below, not as a traceback
    except BrokenPipeError:
        # `dokploy-codegen diff ... | head`: the reader has what it wanted; say nothing.
        with contextlib.suppress(OSError, ValueError):  # no more writes to the closed pipe at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell tool killed by it would report
    except CodegenError as exc:
        print(f"dokploy-codegen: error: {exc}", file=sys.stderr)
        return 1
    except RecursionError:
        print(
            "dokploy-codegen: error: the input nests too deeply to process; is it Dokploy's?", file=sys.stderr
        )
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"dokploy-codegen: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dokploy-codegen: interrupted; the output folder is unchanged", file=sys.stderr)
        return 130
    return code


def _parser(here: locations.Locations) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dokploy-codegen", description=__doc__)
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("pull", help="download the spec of a Dokploy instance")
    _instance_args(p)
    p.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    p.set_defaults(run=_pull)

    p = sub.add_parser("generate", help="generate the client (default: from the locked spec)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--spec", type=Path, help="an OpenAPI JSON file")
    source.add_argument("--url", help="a Dokploy instance to pull from (default key: $DOKPLOY_API_KEY)")
    p.add_argument("--api-key", help="API key for --url (default: $DOKPLOY_API_KEY)")
    _timeout_arg(p)
    _output_args(p, here)
    p.set_defaults(run=_generate)

    p = sub.add_parser("check", help="fail if the output folder is not what generate would produce")
    _output_args(p, here)
    p.set_defaults(run=_check)

    p = sub.add_parser("learn", help="derive response corrections from recorded traffic")
    p.add_argument("sources", nargs="*", type=Path, help="recordings (*.jsonl) or cassette folders")
    p.add_argument(
        "--corrections",
        type=Path,
        default=here.root / "overrides" / "corrections",
        help="corrections folder to merge into and write back (default: %(default)s)",
    )
    p.add_argument("--db-schema", type=Path, help="Dokploy's drizzle *_snapshot.json")
    p.add_argument("--spec", type=Path, help="spec to cover (default: the locked one)")
    p.add_argument(
        "--source-schemas",
        type=Path,
        help="per-operation schemas derived from Dokploy's source "
        "(default: overrides/corrections/source/<locked version>.json, if present)",
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help="re-derive from the source schemas and traffic, ignoring committed corrections "
        "(after a Dokploy upgrade); without it, evidence only widens what is committed",
    )
    p.add_argument(
        "--source",
        type=Path,
        metavar="DIR",
        help="a Dokploy checkout (dependencies installed): derive response types from its TypeScript",
    )
    p.set_defaults(run=_learn)

    p = sub.add_parser("diff", help="what changed between two specs, for your code")
    p.add_argument("old", nargs="?", help="file or URL (default: the locked spec)")
    p.add_argument("new", help="file or URL (an instance URL is pulled with --api-key)")
    p.add_argument("--api-key", help="API key for instance URLs (default: $DOKPLOY_API_KEY)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--fail-on-breaking", action="store_true", help="exit 2 on breaking changes")
    p.add_argument(
        "--output",
        type=Path,
        default=here.output,
        help="generated folder whose locked spec is the default OLD (default: %(default)s)",
    )
    p.set_defaults(run=_diff)

    p = sub.add_parser("upgrade", help="pull, diff against the lock, regenerate, and report")
    _instance_args(p)
    p.add_argument("--spec", type=Path, help="use this file instead of pulling")
    _output_args(p, here)
    p.set_defaults(run=_upgrade)
    return parser


def _instance_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", help="Dokploy URL, with or without /api (default: $DOKPLOY_API_URL)")
    p.add_argument("--api-key", help="API key (default: $DOKPLOY_API_KEY)")
    _timeout_arg(p)


def _timeout_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--timeout", type=float, default=30.0, help="seconds to wait for Dokploy (default: %(default)s)"
    )


def _output_args(p: argparse.ArgumentParser, here: locations.Locations) -> None:
    p.add_argument(
        "--output",
        type=Path,
        default=here.output,
        help="folder for dokploy_api/, spec.json and spec.lock.json (default: %(default)s)",
    )
    p.add_argument(
        "--corrections",
        type=Path,
        help=f"corrections folder (default: {here.corrections or 'none: untyped responses'})",
    )


def _corrections(args: argparse.Namespace) -> Path | None:
    """The corrections to apply: a folder given but missing is an error, never an untyped client."""
    if args.corrections is not None:
        if not args.corrections.is_dir():
            raise SpecError(f"corrections folder {args.corrections} does not exist")
        return Path(args.corrections)
    default: Path | None = args.here.corrections
    if default is not None and default.is_dir():
        return default
    print(
        "dokploy-codegen: note: no corrections folder (overrides/corrections): responses stay untyped JSON",
        file=sys.stderr,
    )
    return None


def _locked_spec(here: locations.Locations, output: Path) -> Path:
    """``output``'s locked spec, else the one the installed client was generated from."""
    from .check import locked_spec

    return here.locked_spec(output) or locked_spec(output)


def _pull(args: argparse.Namespace) -> int:
    from .build.normalize import spec_version
    from .pull import pull

    spec = pull(args.url, args.api_key, timeout=args.timeout)
    data = spec_bytes(spec)
    if args.output:
        args.output.write_bytes(data)
        print(f"wrote {args.output} (Dokploy {spec_version(spec)})", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _generate(args: argparse.Namespace) -> int:
    from .pull import load_spec_file, pull

    with output_lock(args.output):
        recover(args.output)  # a run killed mid-swap: restore its tree before reading the lock
        if args.url:
            spec = pull(args.url, args.api_key, timeout=args.timeout)
        else:
            spec = load_spec_file(args.spec or _locked_spec(args.here, args.output))
        result = generate(spec, args.output, _corrections(args))
    lock = result.lock
    print(
        f"generated {result.output / PACKAGE_NAME} for Dokploy {lock['dokploy_version']}: "
        f"{lock['operations']} operations, {lock['typed_responses']} typed responses"
    )
    _import_hint(result.output)
    return 0


def _import_hint(output: Path) -> None:
    """Outside a checkout the new package is not what Python imports by default: say how."""
    found = importlib.util.find_spec(PACKAGE_NAME)
    imported = Path(found.origin).parent if found is not None and found.origin else None
    if imported is not None and imported.resolve() == (output / PACKAGE_NAME).resolve():
        return  # the same folder, possibly through the checkout's src/ symlinks
    print(
        f"dokploy-codegen: note: to use it, put {output} first on the import path, e.g. "
        f"PYTHONPATH={output} python app.py (without it Python imports "
        f"{imported or 'no dokploy_api'})",
        file=sys.stderr,
    )


def _check(args: argparse.Namespace) -> int:
    from .check import check

    check(args.output, _corrections(args))
    print(f"{args.output} matches the locked spec and overrides")
    return 0


def _committed_source_schemas(corrections: Path, spec: dict[str, object]) -> Path | None:
    info = spec.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    path = corrections / "source" / f"{version}.json"
    return path if path.is_file() else None


def _learn(args: argparse.Namespace) -> int:
    from .learn.run import learn
    from .pull import load_spec_file

    if args.source is not None:
        from .learn.source_types import learn_from_source

        print(learn_from_source(args.source, args.corrections).render())
        if not args.sources:
            return 0
    spec_path = args.spec or _locked_spec(args.here, args.here.output)
    sources = args.sources or [args.here.cassettes]
    spec = load_spec_file(spec_path)
    derived = args.source_schemas or _committed_source_schemas(args.corrections, spec)
    if derived is not None and not derived.is_file():
        raise SpecError(f"source schemas {derived} not found; run `dokploy-codegen learn --source DIR` first")
    report = learn(sources, args.corrections, args.db_schema, spec, source_schemas=derived, fresh=args.fresh)
    print(report.render())
    return 0


def _diff(args: argparse.Namespace) -> int:
    from .pull import load_spec
    from .specdiff.diff import diff_specs
    from .specdiff.render import render_text

    old = load_spec(args.old or str(_locked_spec(args.here, args.output)), args.api_key)
    new = load_spec(args.new, args.api_key)
    result = diff_specs(old, new)
    if args.format == "json":
        print(json.dumps(result.to_json(), indent=2))
    else:
        print(render_text(result))
    return 2 if args.fail_on_breaking and result.has_breaking else 0


def _upgrade(args: argparse.Namespace) -> int:
    from .upgrade.run import upgrade

    with output_lock(args.output):
        recover(args.output)
        report = upgrade(
            args.url,
            args.api_key,
            args.spec,
            args.output,
            _corrections(args),
            args.here.root,
            lock_dir=args.here.lock_folder(args.output),
        )
    print(report)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
