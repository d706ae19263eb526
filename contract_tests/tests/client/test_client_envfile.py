"""parse_env_block / format_env_block: lossless on text, exact on values (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dokploy import EnvBlock, format_env_block, parse_env_block

BLOCK = """# database
DATABASE_URL=postgres://u:p@db:5432/app?sslmode=require

export TOKEN="a=b=c"
QUOTED='  spaced  '  # trailing comment
MULTI="line1\\nline2"
BACKTICK=`it's "both"`
EMPTY=
HASHED=abc # comment
not an assignment
"""


def test_values_follow_dotenv_rules() -> None:
    block = parse_env_block(BLOCK)
    assert dict(block) == {
        "DATABASE_URL": "postgres://u:p@db:5432/app?sslmode=require",
        "TOKEN": "a=b=c",
        "QUOTED": "  spaced  ",
        "MULTI": "line1\nline2",
        "BACKTICK": 'it\'s "both"',
        "EMPTY": "",
        "HASHED": "abc",
    }


def test_text_round_trips_byte_for_byte() -> None:
    assert format_env_block(parse_env_block(BLOCK)) == BLOCK


def test_multiline_quoted_value_spans_lines() -> None:
    text = 'KEY="first\nsecond"\nNEXT=1'
    block = parse_env_block(text)
    assert dict(block) == {"KEY": "first\nsecond", "NEXT": "1"}
    assert format_env_block(block) == text


def test_updated_keeps_comments_and_order() -> None:
    block = parse_env_block("# c\nA=1\nB=2\n").updated({"B": "two words#", "C": "3"})
    assert format_env_block(block) == "# c\nA=1\nB='two words#'\nC=3\n"


def test_format_dict_and_invalid_inputs() -> None:
    assert format_env_block({"A": "1", "B": "x=y"}) == "A=1\nB=x=y"
    with pytest.raises(ValueError):
        format_env_block({"BAD KEY": "1"})
    with pytest.raises(ValueError):
        format_env_block({"A": "'\"`\n"})
    assert parse_env_block(None) == EnvBlock(())


@given(st.text())
def test_any_text_round_trips(text: str) -> None:
    assert format_env_block(parse_env_block(text)) == text


keys = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,15}", fullmatch=True)
values = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@given(st.dictionaries(keys, values, max_size=8))
def test_any_mapping_round_trips_or_is_refused(env: dict[str, str]) -> None:
    try:
        text = format_env_block(env)
    except ValueError:
        return  # values dotenv cannot express (every quote kind plus a newline, or `\` at the end)
    assert dict(parse_env_block(text)) == env
    assert format_env_block(parse_env_block(text)) == text
