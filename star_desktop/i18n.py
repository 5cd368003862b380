"""The Qt Linguist chain for the UI texts: extract (lupdate), compile (lrelease), check.

Swedish is the source language: the strings in the code are Swedish. resources/translations holds
star_desktop_sv.ts (every translation equal to its source, filled in by `update`) and
star_desktop_en.ts (English, written by a translator). The .qm files next to them are build
products (`make setup` runs `python -m star_desktop.i18n compile`).

pyside6-lupdate reads self.tr("…") (context: the class), QCoreApplication.translate("ctx", "…")
and QT_TRANSLATE_NOOP("ctx", "…") with literal arguments. It cannot see two patterns the code
uses, so `update` finds them itself (with the ast module) and hands them to lupdate as a
generated file whose locations are then pointed back at the real lines:

* QT_TRANSLATE_NOOP(_C, "…") / translate(_C, "…") where _C is a module-level string constant;
* calls of a module-level wrapper such as `def _tr(text): return QCoreApplication.translate(
  "Ctx", text)` with a literal argument.

Run `python -m star_desktop.i18n update|compile|check`. No Qt import here: the tools are
separate programs, so this module also works where no display exists.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: resources/ in a source checkout (where the .ts files are edited and compiled).
TRANSLATIONS_DIR = PACKAGE_DIR.parent / "resources" / "translations"
LANGUAGES = ("sv", "en")
SOURCE_LANGUAGE = "sv"
_LOCALES = {"sv": "sv_SE", "en": "en_GB"}
_SUPPLEMENT = "star_i18n_supplement.py"


def ts_path(language: str, directory: Path | None = None) -> Path:
    return (directory or TRANSLATIONS_DIR) / f"star_desktop_{language}.ts"


def qm_name(language: str) -> str:
    return f"star_desktop_{language}.qm"


def resolve_language(setting: str, system_locale: str) -> str:
    """The language to show: "sv" or "en".

    "system" gives Swedish when the computer's language is Swedish (sv, sv_SE, sv_FI) and English
    for every other language, English being the only other translation. Unknown settings (an
    edited preferences file) fall back to Swedish, the default.
    """
    if setting in LANGUAGES:
        return setting
    if setting == "system":
        return "sv" if system_locale.lower().replace("-", "_").startswith("sv") else "en"
    return SOURCE_LANGUAGE


def tool(name: str) -> Path:
    """pyside6-<name> next to this Python (a venv's bin/), else the binary in PySide6's folder."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / f"pyside6-{name}", bindir / f"pyside6-{name}.exe"):
        if candidate.exists():
            return candidate
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec and spec.origin:
        pkg = Path(spec.origin).parent
        for candidate in (pkg / name, pkg / f"{name}.exe", pkg / "Qt" / "bin" / name):
            if candidate.exists():
                return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise FileNotFoundError(f"pyside6-{name} not found (is PySide6 installed?)")


# --- the strings lupdate cannot see -------------------------------------------------------------

@dataclass(frozen=True)
class Found:
    context: str
    text: str
    file: Path
    line: int


def _str(node: ast.AST | None, consts: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    return None


def _callee(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _wrapper_context(fn: ast.FunctionDef) -> str | None:
    """The context of `def f(text): return QCoreApplication.translate("Ctx", text)`."""
    if len(fn.args.args) != 1 or len(fn.body) < 1:
        return None
    ret = fn.body[-1]
    param = fn.args.args[0].arg
    if (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)
            and _callee(ret.value) == "translate" and len(ret.value.args) == 2
            and isinstance(ret.value.args[1], ast.Name) and ret.value.args[1].id == param):
        return _str(ret.value.args[0], {})
    return None


def _translate_aliases(tree: ast.Module) -> set[str]:
    """Local names bound to QCoreApplication.translate (`tr = QCoreApplication.translate`)."""
    names = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"):
            names.add(node.targets[0].id)
    return names


def invisible_to_lupdate(root: Path = PACKAGE_DIR) -> list[Found]:
    """Marked strings lupdate misses: constant contexts and module-level translate wrappers."""
    found: list[Found] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        consts: dict[str, str] = {}
        wrappers: dict[str, str] = {}
        aliases = {"QT_TRANSLATE_NOOP", "translate"} | _translate_aliases(tree)
        for stmt in tree.body:
            if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Name)):
                value = _str(stmt.value, {})
                if value is not None:
                    consts[stmt.targets[0].id] = value
            elif isinstance(stmt, ast.FunctionDef):
                ctx = _wrapper_context(stmt)
                if ctx is not None:
                    wrappers[stmt.name] = ctx
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            if name in aliases and len(node.args) >= 2:
                first = node.args[0]
                seen = (name in ("QT_TRANSLATE_NOOP", "translate")
                        and isinstance(first, ast.Constant))
                ctx, text = _str(first, consts), _str(node.args[1], {})
                if ctx is not None and text is not None and not seen:
                    found.append(Found(ctx, text, path, node.lineno))
            elif isinstance(node.func, ast.Name) and name in wrappers and len(node.args) == 1:
                text = _str(node.args[0], {})
                if text is not None:
                    found.append(Found(wrappers[name], text, path, node.lineno))
    return found


def _supplement_source(found: list[Found]) -> str:
    lines = ["# Generated by star_desktop.i18n for lupdate: one marked string a line."]
    lines += [f"QT_TRANSLATE_NOOP({f.context!r}, {f.text!r})" for f in found]
    return "\n".join(lines) + "\n"


# --- .ts files ----------------------------------------------------------------------------------

@dataclass
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    locations: list[str] = field(default_factory=list)


def read_ts(path: Path) -> list[Message]:
    out: list[Message] = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            locs = [f"{loc.get('filename')}:{loc.get('line')}" for loc in m.iter("location")]
            out.append(Message(name, m.findtext("source") or "",
                               (tr.text or "") if tr is not None else "",
                               tr.get("type", "") if tr is not None else "unfinished", locs))
    return out


def _postprocess(path: Path, found: list[Found], language: str) -> None:
    """Point the supplement's locations at the real lines; fill Swedish from the source."""
    tree = ET.parse(path)
    root = tree.getroot()
    rel_cache: dict[Path, str] = {}
    ours = {(f.file.name, str(f.line)) for f in found}
    for ctx in root.iter("context"):
        if ctx.findtext("name"):
            continue
        # `tr = QCoreApplication.translate; tr("Ctx", "…")` reads to lupdate as tr(source,
        # comment) without a context; the supplement has the real message.
        for m in ctx.findall("message"):
            locs = {(Path(x.get("filename", "")).name, x.get("line")) for x in m.iter("location")}
            if locs and locs <= ours:
                ctx.remove(m)
    for ctx in [c for c in root.findall("context") if not c.findall("message")]:
        root.remove(ctx)
    for m in root.iter("message"):
        for loc in m.findall("location"):
            if Path(loc.get("filename", "")).name == _SUPPLEMENT:
                f = found[int(loc.get("line", "2")) - 2]
                if f.file not in rel_cache:
                    rel_cache[f.file] = _relative(f.file, path.parent)
                loc.set("filename", rel_cache[f.file])
                loc.set("line", str(f.line))
        tr = m.find("translation")
        if language == SOURCE_LANGUAGE and tr is not None and tr.get("type") == "unfinished":
            tr.text = m.findtext("source")
            del tr.attrib["type"]
    root.set("sourcelanguage", _LOCALES[SOURCE_LANGUAGE])
    root.set("language", _LOCALES[language])
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts the same way every time (lupdate reads it back and rewrites its own way)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def _relative(target: Path, start: Path) -> str:
    import os

    return Path(os.path.relpath(target, start)).as_posix()


def update(directory: Path | None = None, *, no_obsolete: bool = False,
           source_root: Path = PACKAGE_DIR) -> list[Path]:
    """Re-extract every marked string into both .ts files, keeping existing translations."""
    directory = directory or TRANSLATIONS_DIR
    directory.mkdir(parents=True, exist_ok=True)
    found = invisible_to_lupdate(source_root)
    written = []
    with tempfile.TemporaryDirectory(prefix="star-i18n-") as tmp:
        shim = Path(tmp) / _SUPPLEMENT
        shim.write_text(_supplement_source(found), encoding="utf-8")
        for lang in LANGUAGES:
            ts = ts_path(lang, directory)
            cmd = [str(tool("lupdate")), "-silent", "-extensions", "py",
                   "-source-language", _LOCALES[SOURCE_LANGUAGE],
                   "-target-language", _LOCALES[lang], "-locations", "absolute"]
            if no_obsolete:
                cmd.append("-no-obsolete")
            cmd += [str(source_root), str(shim), "-ts", str(ts)]
            subprocess.run(cmd, check=True, capture_output=True, text=True)
            _postprocess(ts, found, lang)
            written.append(ts)
    return written


def compile_qm(out_dir: Path | None = None, ts_dir: Path | None = None) -> list[Path]:
    """lrelease each .ts into star_desktop_<lang>.qm (in out_dir, default next to the .ts)."""
    ts_dir = ts_dir or TRANSLATIONS_DIR
    out_dir = out_dir or ts_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for lang in LANGUAGES:
        qm = out_dir / qm_name(lang)
        subprocess.run([str(tool("lrelease")), "-silent", str(ts_path(lang, ts_dir)),
                        "-qm", str(qm)], check=True, capture_output=True, text=True)
        made.append(qm)
    return made


# --- checks -------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%[0-9n]|%L[0-9]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """Mnemonic markers: an & before a letter (&& is a literal ampersand, &amp; an entity)."""
    cleaned = re.sub(r"&(?:amp|lt|gt|quot|nbsp|#\d+);", "", text.replace("&&", ""))
    return len(re.findall(r"&\w", cleaned))


def message_problems(m: Message) -> list[str]:
    """What is wrong with one message of a .ts file (empty when nothing is)."""
    where = f"[{m.context}] {m.source!r}"
    if m.kind in ("vanished", "obsolete"):
        return [f"{where}: no longer in the code ({m.kind})"]
    problems = []
    if m.kind == "unfinished" or not m.translation.strip():
        problems.append(f"{where}: not translated")
        return problems
    if placeholders(m.source) != placeholders(m.translation):
        problems.append(f"{where}: placeholders differ in {m.translation!r}")
    if accelerators(m.source) != accelerators(m.translation):
        problems.append(f"{where}: & accelerators differ in {m.translation!r}")
    if sorted(_TAG.findall(m.source)) != sorted(_TAG.findall(m.translation)):
        problems.append(f"{where}: HTML tags differ in {m.translation!r}")
    if m.source.count("\n") != m.translation.count("\n"):
        problems.append(f"{where}: line breaks differ in {m.translation!r}")
    return problems


def keys(messages: list[Message]) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in messages if m.kind not in ("vanished", "obsolete")}


def stale(directory: Path | None = None) -> dict[str, tuple[set, set]]:
    """Per language, (new in the code, gone from the code) compared with a fresh extraction."""
    directory = directory or TRANSLATIONS_DIR
    out = {}
    with tempfile.TemporaryDirectory(prefix="star-i18n-check-") as tmp:
        for lang in LANGUAGES:
            shutil.copy(ts_path(lang, directory), ts_path(lang, Path(tmp)))
        update(Path(tmp))
        for lang in LANGUAGES:
            before = keys(read_ts(ts_path(lang, directory)))
            after = keys(read_ts(ts_path(lang, Path(tmp))))
            out[lang] = (after - before, before - after)
    return out


def check(directory: Path | None = None) -> list[str]:
    """Every problem of the committed .ts files: stale, untranslated, mismatched, obsolete."""
    directory = directory or TRANSLATIONS_DIR
    problems = []
    for lang, (new, gone) in stale(directory).items():
        problems += [f"{lang}: [{c}] {s!r}: in the code but not in the .ts (run update)"
                     for c, s in sorted(new)]
        problems += [f"{lang}: [{c}] {s!r}: in the .ts but no longer in the code"
                     for c, s in sorted(gone)]
    for lang in LANGUAGES:
        for m in read_ts(ts_path(lang, directory)):
            problems += [f"{lang}: {p}" for p in message_problems(m)]
            if lang == SOURCE_LANGUAGE and m.kind == "" and m.translation != m.source:
                problems.append(f"{lang}: [{m.context}] {m.source!r}: differs from the source")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    if command == "update":
        for ts in update(no_obsolete="--no-obsolete" in args):
            msgs = read_ts(ts)
            todo = sum(1 for m in msgs if m.kind)
            print(f"{ts.name}: {len(msgs)} messages, {todo} unfinished or obsolete")
        return 0
    if command == "compile":
        for qm in compile_qm():
            print(qm)
        return 0
    if command == "check":
        problems = check()
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    print("usage: python -m star_desktop.i18n update [--no-obsolete] | compile | check",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
