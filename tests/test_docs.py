"""The docs match the program: help texts, the README's usage block, its Python examples.

After changing a command or option, regenerate the README's usage block with

    python tests/test_docs.py
"""
import doctest
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import quotex
from quotex.cli import Format, QuoteType, SpeakerFormat, app

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- usage:start -->", "<!-- usage:end -->"
WIDTH = 80
FENCE = "```"


def command():
    """The click group behind the Typer app (Typer may vendor its own click)."""
    cmd = typer.main.get_command(app)
    assert hasattr(cmd, "commands")
    return cmd


def help_invocations() -> list[list[str]]:
    """``quotex --help`` and ``quotex COMMAND --help`` for every command."""
    return [["--help"]] + [[name, "--help"] for name in command().commands]


def help_text(args: list[str]) -> str:
    result = CliRunner().invoke(app, args, prog_name="quotex", terminal_width=WIDTH,
                                env={"COLUMNS": str(WIDTH), "TERM": "dumb", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


def usage_block() -> str:
    parts = [f"$ quotex {' '.join(args)}\n{help_text(args).rstrip()}" for args in help_invocations()]
    return f"{START}\n{FENCE}\n" + "\n\n".join(parts) + f"\n{FENCE}\n{END}"


def readme_usage_sections() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    assert text.count(START) == 1 and text.count(END) == 1
    block = text[text.index(START) + len(START):text.index(END)].strip()
    assert block.startswith(FENCE) and block.endswith(FENCE)
    block = block[len(FENCE):-len(FENCE)]
    sections: dict[str, str] = {}
    for chunk in re.split(r"^\$ quotex ", block, flags=re.M)[1:]:
        invocation, _, body = chunk.partition("\n")
        sections[invocation.strip()] = body
    return sections


def normalise(text: str) -> str:
    """Compare words, not layout: wrapping and spacing may differ with click versions and widths,
    and Typer versions spell type hints differently (``<list[str]>``, ``TEXT``), so those go too."""
    text = re.sub(r"<[^<>\s]*(?:\[[^\]]*\])?[^<>\s]*>", " ", text)
    return " ".join(text.split())


# ----------------------------------------------------------------------------- help texts
def all_params():
    group = command()
    yield "quotex", group, group.params
    for name, sub in group.commands.items():
        yield f"quotex {name}", sub, sub.params


def test_every_command_has_help_with_examples():
    group = command()
    assert "Examples:" in (group.help or "")
    assert sorted(group.commands) == ["extract", "speakers"]
    for name, sub in group.commands.items():
        assert sub.help and "Examples:" in sub.help, name
        assert sub.short_help, name
        assert f"quotex {name} " in sub.help, name


def test_every_option_and_argument_has_help():
    missing = [f"{where} {p.name}" for where, _, params in all_params() for p in params
               if not (getattr(p, "help", None) or "").strip()]
    assert missing == []


def test_short_flags_do_not_clash():
    for where, _, params in all_params():
        flags = [o for p in params for o in getattr(p, "opts", []) + getattr(p, "secondary_opts", [])]
        assert len(flags) == len(set(flags)), where


def test_help_flags_version_and_completion():
    runner = CliRunner()
    for args in (["-h"], ["extract", "-h"], ["speakers", "-h"]):
        result = runner.invoke(app, args, prog_name="quotex")
        assert result.exit_code == 0 and result.stdout.startswith("Usage: quotex"), args
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"quotex {quotex.__version__}\n")
    top = help_text(["--help"])
    assert "--install-completion" in top and "--show-completion" in top


def test_shell_completion_completes_commands_and_options():
    exe = Path(sys.executable).with_name("quotex")
    if not exe.exists():
        pytest.skip("the quotex console script is not installed next to this Python")

    def complete(words: str) -> list[str]:
        env = {**os.environ, "_QUOTEX_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
        proc = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.split()

    assert complete("quotex sp") == ["speakers"]
    assert complete("quotex extract --for") == ["--format"]
    assert complete("quotex extract --format ") == [m.value for m in Format]
    assert complete("quotex speakers --format ") == [m.value for m in SpeakerFormat]
    assert complete("quotex extract --type ") == [m.value for m in QuoteType]
    assert complete("quotex extract --format js") == ["json", "jsonl"]


# ----------------------------------------------------------------------------- README
def test_readme_usage_block_matches_help():
    sections = readme_usage_sections()
    expected = {" ".join(args): help_text(args) for args in help_invocations()}
    assert sorted(sections) == sorted(expected), "README usage block: run python tests/test_docs.py"
    for invocation, body in sections.items():
        assert normalise(body) == normalise(expected[invocation]), (
            f"README usage block differs from `quotex {invocation}`: run python tests/test_docs.py")


def test_readme_usage_check_catches_a_new_option():
    # The comparison above is loose on layout only: an option missing from the README fails it.
    sections = readme_usage_sections()
    body = sections["extract --help"]
    assert "--min-confidence" in body
    assert normalise(body.replace("--min-confidence X", "")) != normalise(help_text(["extract", "--help"]))


def readme_intro_example() -> tuple[str, list[str]]:
    """The command of the README's first example and the lines it shows."""
    text = README.read_text(encoding="utf-8")
    block = re.search(r"^```\n\$ (.*?)\n(.*?)^```", text, flags=re.M | re.S)
    assert block, "README has no example before its first section"
    return block.group(1), block.group(2).splitlines()


def test_readme_intro_example_shows_what_it_prints(nlp):
    command, shown = readme_intro_example()
    assert command == ("quotex extract examples/article.txt --format jsonl | jq -c '{speaker: .speaker.name, text}'")
    result = CliRunner().invoke(app, ["extract", str(README.parent / "examples" / "article.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    printed = []
    for line in result.stdout.splitlines():  # what the jq program makes of each line, in jq -c's layout
        q = json.loads(line)
        printed.append(json.dumps({"speaker": q["speaker"]["name"] if q["speaker"] else None, "text": q["text"]},
                                  ensure_ascii=False, separators=(",", ":")))
    assert shown == printed


def test_readme_first_install_has_html_support():
    setup = readme_section("Set up")
    commands = re.findall(r"^```\n(python3 -m venv .*?)\n```", setup, flags=re.M)
    assert len(commands) == 2
    assert all(re.search(r"pip install (-e )?'\.\[[^\]]*html[^\]]*\]'", c) for c in commands), commands
    # and a plain clone is told where the accuracy check lives, and that its tests skip without the data
    assert "benchmarks/accuracy.py" in setup and "skip" in setup and "../shared/polnear/train" in setup


def readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    assert m, f"README has no '## {title}' section"
    return m.group(1)


@pytest.mark.parametrize("title", ["Python API", "spaCy component"])
def test_readme_examples_run_as_shown(title, nlp):
    section = readme_section(title)
    examples = "\n".join(re.findall(r"^```pycon\n(.*?)^```", section, flags=re.M | re.S))
    assert ">>> " in examples
    test = doctest.DocTestParser().get_doctest(examples, {}, f"README {title}", str(README), 0)
    # verbose=False: doctest would otherwise turn verbose when pytest runs with -v
    runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
    assert runner.tries == len(test.examples) > 3


def main() -> None:
    """Rewrite the README's usage block from the current help texts."""
    text = README.read_text(encoding="utf-8")
    a, b = text.index(START), text.index(END) + len(END)
    README.write_text(text[:a] + usage_block() + text[b:], encoding="utf-8")
    print(f"updated {README}")


if __name__ == "__main__":
    main()
