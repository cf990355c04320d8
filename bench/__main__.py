"""Command line of the benchmark: ``python -m bench [HTML_ROOT] [--text DIR] [options]``.

HTML mode scores every available HTML extractor on ``HTML_ROOT/html/<id>.html[.gz]`` against
``HTML_ROOT/ground-truth.json``; text mode (``--text DIR``, or a positional folder of
``<id>.txt``) scores plain-text cleaners on ``DIR/<id>.txt`` against ``--truth``.  Each
extractor runs in its own subprocess so that its peak memory can be measured; the results
are printed as a Markdown table.  See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from bench.metric import CorpusScore, PageScore, score_corpus, score_page
from bench.runners import (
    NULL_RUNNER,
    REPO_ROOT,
    RUNNERS,
    Mode,
    Runner,
    available_ids,
    import_cleanse,
    load_page,
    peak_rss_mb,
    run_extractor,
    run_worker,
    runners_for,
)

# --------------------------------------------------------------------------- results


@dataclass
class PageResult:
    """One extractor's outcome on one page."""

    id: str
    score: PageScore
    seconds: float
    error: str | None


@dataclass
class ExtractorResult:
    """One extractor's outcome on the whole set."""

    name: str
    version: str
    pages: list[PageResult]
    corpus: CorpusScore
    peak_rss_mb: float | None
    setup_error: str | None = None

    @property
    def errors(self) -> int:
        """Pages on which the extractor raised (or could not be set up)."""
        return sum(1 for p in self.pages if p.error)

    @property
    def total_seconds(self) -> float:
        """Summed extraction time over all pages."""
        return sum(p.seconds for p in self.pages)

    @property
    def pages_per_second(self) -> float | None:
        """Pages per second of extraction time, ``None`` when nothing was timed."""
        total = self.total_seconds
        if total <= 0 or self.setup_error or self.errors == len(self.pages):
            return None
        return len(self.pages) / total

    @property
    def slowest(self) -> PageResult | None:
        """The page that took longest."""
        return max(self.pages, key=lambda p: p.seconds, default=None)


@dataclass
class ModeReport:
    """Everything measured in one mode (``html`` or ``text``)."""

    mode: Mode
    data_dir: Path
    results: list[ExtractorResult]
    baseline_rss_mb: float | None
    skipped: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- running


def _worker_env() -> dict[str, str]:
    """Environment for a worker: the repository root first on ``PYTHONPATH``."""
    env = dict(os.environ)
    parts = [str(REPO_ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(parts)
    return env


def _failed_result(runner: Runner, ids: list[str], reason: str) -> dict[str, Any]:
    """A raw result in which every page failed (the worker itself died)."""
    pages = [{"id": i, "text": "", "seconds": 0.0, "error": reason} for i in ids]
    return {"name": runner.name, "setup_error": reason, "pages": pages, "peak_rss_mb": None}


def spawn_worker(
    runner: Runner, data_dir: Path, ids: list[str], urls: dict[str, str], timeout: float
) -> dict[str, Any]:
    """Run ``runner`` in a fresh ``python -m bench --worker`` process and read its result."""
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        job = Path(tmp) / "job.json"
        out = Path(tmp) / "out.json"
        spec = {"name": runner.name, "mode": runner.mode, "data_dir": str(data_dir)}
        job.write_text(json.dumps({**spec, "ids": ids, "urls": urls, "out": str(out)}))
        command = [sys.executable, "-m", "bench", "--worker", str(job)]
        try:
            proc = subprocess.run(
                command, env=_worker_env(), capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            return _failed_result(runner, ids, f"worker timed out after {timeout:.0f} s")
        if proc.returncode != 0 or not out.exists():
            tail = proc.stderr.strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
            return _failed_result(runner, ids, f"worker failed: {tail[0]}"[:300])
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def run_in_process(
    runner: Runner, data_dir: Path, ids: list[str], urls: dict[str, str]
) -> dict[str, Any]:
    """Run ``runner`` in this process (no memory figure)."""
    result = run_extractor(runner, data_dir, ids, urls)
    result["peak_rss_mb"] = None
    return result


def score_result(runner: Runner, raw: dict[str, Any], truth: dict[str, Any]) -> ExtractorResult:
    """Score a worker's raw output against the truth."""
    pages = [
        PageResult(
            id=p["id"],
            score=score_page(p["text"], truth[p["id"]]["articleBody"]),
            seconds=p["seconds"],
            error=p["error"],
        )
        for p in raw["pages"]
    ]
    return ExtractorResult(
        name=runner.name,
        version=runner.version(),
        pages=pages,
        corpus=score_corpus(p.score for p in pages),
        peak_rss_mb=raw.get("peak_rss_mb"),
        setup_error=raw.get("setup_error"),
    )


@dataclass(frozen=True)
class RunConfig:
    """What to run and how."""

    only: list[str] | None
    limit: int | None
    in_process: bool
    timeout: float


def _run_one(
    runner: Runner, data_dir: Path, ids: list[str], truth: dict[str, Any], config: RunConfig
) -> dict[str, Any]:
    """Raw result of one runner, in a worker process unless ``config.in_process``."""
    urls = {i: str(truth[i].get("url", "")) for i in ids}
    if config.in_process:
        return run_in_process(runner, data_dir, ids, urls)
    return spawn_worker(runner, data_dir, ids, urls, config.timeout)


def run_mode(mode: Mode, data_dir: Path, truth: dict[str, Any], config: RunConfig) -> ModeReport:
    """Run every selected, importable extractor of ``mode`` and score it."""
    ids = available_ids(mode, data_dir, truth)[: config.limit]
    selected = runners_for(mode, config.only)
    report = ModeReport(mode, data_dir, [], None)
    report.skipped = [r.name for r in selected if not r.available()]
    for runner in (r for r in selected if r.available()):
        print(f"  running {mode}/{runner.name} on {len(ids)} pages ...", file=sys.stderr)
        raw = _run_one(runner, data_dir, ids, truth, config)
        report.results.append(score_result(runner, raw, truth))
    if not config.in_process:
        null = Runner(NULL_RUNNER.name, mode, NULL_RUNNER.setup)
        report.baseline_rss_mb = _run_one(null, data_dir, ids, truth, config)["peak_rss_mb"]
    report.results.sort(key=lambda r: r.corpus.f1, reverse=True)
    return report


# --------------------------------------------------------------------------- printing


def machine_info() -> dict[str, str]:
    """CPU count, CPU model, Python and platform of this machine."""
    info = {
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    if hasattr(os, "sched_getaffinity"):
        info["usable cpus"] = str(len(os.sched_getaffinity(0)))
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
        if models:
            info["cpu"] = models[0]
    return info


def _fmt(value: float | None, digits: int = 3) -> str:
    """A number with ``digits`` decimals, or an em dash for ``None``."""
    return "—" if value is None else f"{value:.{digits}f}"


def _speed(value: float | None) -> str:
    """Pages per second, one decimal below 100."""
    if value is None:
        return "—"
    if value >= 100_000:
        return ">100000"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def table_row(result: ExtractorResult) -> str:
    """One Markdown table row of an extractor's figures."""
    c = result.corpus
    slowest = result.slowest
    label = f"{result.name} {result.version}".strip()
    cells = [
        label,
        _fmt(c.f1),
        _fmt(c.precision),
        _fmt(c.recall),
        _fmt(c.mean_page_f1),
        str(c.empty),
        str(result.errors),
        _speed(result.pages_per_second),
        _fmt(slowest.seconds * 1000 if slowest else None, 0),
        _fmt(result.peak_rss_mb, 0),
    ]
    return "| " + " | ".join(cells) + " |"


TABLE_HEADER = (
    "| extractor | F1 | P | R | mean page F1 | empty | errors | pages/s | slowest ms "
    "| peak RSS MiB |\n|---|---|---|---|---|---|---|---|---|---|"
)


def markdown_table(results: list[ExtractorResult]) -> str:
    """The Markdown table of all results."""
    return "\n".join([TABLE_HEADER, *(table_row(r) for r in results)])


def print_report(report: ModeReport) -> None:
    """Print one mode's table and its notes."""
    pages = len(report.results[0].pages) if report.results else 0
    print(f"\n## {report.mode} input: {report.data_dir} ({pages} pages)\n")
    print(markdown_table(report.results))
    print()
    for result in report.results:
        if result.setup_error:
            print(f"- {result.name}: not run ({result.setup_error}); all pages count as empty")
        slowest = result.slowest
        if slowest and not result.setup_error:
            ms = slowest.seconds * 1000
            print(f"- {result.name}: slowest page {slowest.id[:12]} ({ms:.0f} ms)")
    for name in report.skipped:
        print(f"- {name}: not installed, skipped")
    if report.baseline_rss_mb is not None:
        print(f"- peak RSS of the harness alone (null extractor): {report.baseline_rss_mb:.0f} MiB")


def print_worst(report: ModeReport, count: int, truth: dict[str, Any]) -> None:
    """Print the ``count`` pages where cleanse's F1 is lowest."""
    cleanse = next((r for r in report.results if r.name == "cleanse"), None)
    if cleanse is None:
        print("\n(--worst needs the cleanse extractor in the run)")
        return
    print(f"\n### cleanse's {count} worst pages ({report.mode})\n")
    print("| id | F1 | P | R | error | url |\n|---|---|---|---|---|---|")
    for page in sorted(cleanse.pages, key=lambda p: p.score.f1)[:count]:
        s = page.score
        url = truth[page.id].get("url", "")
        cells = [page.id[:12], _fmt(s.f1), _fmt(s.precision), _fmt(s.recall), page.error or ""]
        print("| " + " | ".join([*cells, url]) + " |")


def result_json(result: ExtractorResult) -> dict[str, Any]:
    """A JSON-ready summary and per-page record of one extractor."""
    c = result.corpus
    return {
        "version": result.version,
        "f1": c.f1,
        "precision": c.precision,
        "recall": c.recall,
        "mean_page_f1": c.mean_page_f1,
        "empty": c.empty,
        "errors": result.errors,
        "pages_per_second": result.pages_per_second,
        "peak_rss_mb": result.peak_rss_mb,
        "setup_error": result.setup_error,
        "pages": {
            p.id: {
                "precision": p.score.precision,
                "recall": p.score.recall,
                "f1": p.score.f1,
                "tp": p.score.tp,
                "fp": p.score.fp,
                "fn": p.score.fn,
                "empty": p.score.pred_empty,
                "ms": p.seconds * 1000,
                "error": p.error,
            }
            for p in result.pages
        },
    }


def write_json(path: Path, reports: list[ModeReport], machine: dict[str, str]) -> None:
    """Write machine info and every per-page result to ``path``."""
    data = {
        "machine": machine,
        "modes": {
            r.mode: {
                "data_dir": str(r.data_dir),
                "baseline_rss_mb": r.baseline_rss_mb,
                "extractors": {x.name: result_json(x) for x in r.results},
            }
            for r in reports
        },
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def plot(path: Path, report: ModeReport) -> None:
    """Save an F1 vs pages/s scatter (log x) of one mode's results to ``path``."""
    if find_spec("matplotlib") is None:
        print(f"\n(--plot: matplotlib is not installed, no plot written to {path})")
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = [
        (r.pages_per_second, r.corpus.f1, r.name)
        for r in report.results
        if r.pages_per_second is not None
    ]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for index, (x, y, name) in enumerate(sorted(points, key=lambda p: p[1])):
        ax.scatter(x, y, color="tab:red" if name == "cleanse" else "tab:blue")
        offset = (5, 5) if index % 2 else (5, -11)  # alternate so close labels do not overlap
        ax.annotate(name, (x, y), textcoords="offset points", xytext=offset, fontsize=8)
    ax.set_xscale("log")
    ax.set(xlabel="pages per second (log)", ylabel="F1", title=f"{report.mode} input")
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    print(f"\nplot written to {path}")


# --------------------------------------------------------------------------- explain


def find_page_id(prefix: str, ids: list[str]) -> str:
    """The single id starting with ``prefix``."""
    matches = [i for i in ids if i.startswith(prefix)]
    if len(matches) != 1:
        raise SystemExit(f"--explain {prefix!r}: {len(matches)} matching page ids")
    return matches[0]


def explain(mode: Mode, data_dir: Path, truth: dict[str, Any], prefix: str) -> None:
    """Print ``cleanse.clean(...).explain()`` for one page."""
    page_id = find_page_id(prefix, available_ids(mode, data_dir, truth))
    page = load_page(mode, data_dir, page_id, str(truth[page_id].get("url", "")))
    cleanse = import_cleanse()
    doc = cleanse.clean(page.raw) if mode == "html" else cleanse.clean(page.text, kind="text")
    print(f"# {page_id} {page.url}\n")
    print(doc.explain())
    score = score_page(str(doc.text), truth[page_id]["articleBody"])
    print(f"\nF1 {score.f1:.3f}  P {score.precision:.3f}  R {score.recall:.3f}")


# --------------------------------------------------------------------------- cli


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    p.add_argument("root", nargs="?", type=Path, help="HTML root (html/ + ground-truth.json)")
    p.add_argument("--text", type=Path, help="folder of <id>.txt files (text mode)")
    p.add_argument("--truth", type=Path, help="ground-truth.json (default: ROOT's)")
    p.add_argument("--only", help="comma-separated extractor names")
    p.add_argument("--limit", type=int, help="score only the first N pages")
    p.add_argument("--explain", metavar="ID", help="print cleanse's explain() for one page")
    p.add_argument("--worst", type=int, default=0, metavar="N", help="cleanse's N worst pages")
    p.add_argument("--json", type=Path, metavar="OUT", help="write per-page results")
    p.add_argument("--plot", type=Path, metavar="OUT.png", help="F1 vs pages/s scatter")
    p.add_argument("--in-process", action="store_true", help="no subprocess (no memory)")
    p.add_argument("--timeout", type=float, default=1800, help="seconds per extractor")
    p.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def plan(args: argparse.Namespace) -> list[tuple[Mode, Path, Path]]:
    """The (mode, data folder, truth file) pairs to run."""
    jobs: list[tuple[Mode, Path, Path]] = []
    text_dir: Path | None = args.text
    root: Path | None = args.root
    if root is not None and not (root / "html").is_dir():
        text_dir, root = text_dir or root, None
    if root is not None:
        jobs.append(("html", root, args.truth or root / "ground-truth.json"))
    if text_dir is not None:
        truth = args.truth or (root or text_dir) / "ground-truth.json"
        jobs.append(("text", text_dir, truth))
    for _, _, truth in jobs:
        if not truth.exists():
            raise SystemExit(f"no ground truth at {truth}: pass --truth PATH")
    if not jobs:
        raise SystemExit("give an HTML root and/or --text DIR (see python -m bench --help)")
    return jobs


def print_machine(machine: dict[str, str]) -> None:
    """Print the machine description as a Markdown list."""
    print("# cleanse benchmark\n")
    for key, value in machine.items():
        print(f"- {key}: {value}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or one worker job)."""
    args = parse_args(argv)
    if args.worker is not None:
        return run_worker(args.worker)
    jobs = plan(args)
    if args.explain:
        mode, data_dir, truth_path = jobs[0]
        explain(mode, data_dir, json.loads(truth_path.read_text("utf-8")), args.explain)
        return 0
    only = [n.strip() for n in args.only.split(",")] if args.only else None
    unknown = sorted(set(only or ()) - {r.name for r in RUNNERS})
    if unknown:
        raise SystemExit(f"unknown extractor(s): {', '.join(unknown)}")
    config = RunConfig(only, args.limit, args.in_process, args.timeout)
    machine = machine_info()
    print_machine(machine)
    reports = []
    for index, (mode, data_dir, truth_path) in enumerate(jobs):
        truth = json.loads(truth_path.read_text("utf-8"))
        report = run_mode(mode, data_dir, truth, config)
        reports.append(report)
        print_report(report)
        if args.worst:
            print_worst(report, args.worst, truth)
        if args.plot:
            out = args.plot if index == 0 else args.plot.with_stem(f"{args.plot.stem}-{mode}")
            plot(out, report)
    if args.json:
        write_json(args.json, reports, machine)
        print(f"\nper-page results written to {args.json}")
    print(f"\n(harness peak RSS: {peak_rss_mb():.0f} MiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
