#!/usr/bin/env python3
"""Extracts every labelled file of the detection corpus, at its labelled commit, from local git mirrors.

The scorer (`detection --repos DIR`) compiles only the labelled files, read from DIR/<last part of the repo name>/<path>.
This script rebuilds that folder on a new machine from mirrors of the repositories (bare git directories, such as the
ones the workplace's `fetch` writes under /work/.mirror/<owner>+<name>/):

    python3 benchmarks/detection/extract_sources.py --mirrors /work/.mirror --into /tmp/corpus
    dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- detection --repos /tmp/corpus

It reads labels/*.jsonl and literals/*.jsonl, so a repository added to the corpus needs no change here. It names every
repository whose mirror or commit is missing and exits with 1 when one is; it never fetches anything itself.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def labelled_files():
    """(repo, commit) -> set of paths, from every label and literal row."""
    files = defaultdict(set)
    for folder in ("labels", "literals"):
        for jsonl in sorted((HERE / folder).glob("*.jsonl")):
            for number, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                try:
                    files[(row["repo"], row["commit"])].add(row["path"])
                except KeyError as missing:
                    sys.exit(f"{jsonl}:{number}: the row has no {missing} field")
    return files


def folder_clashes(files):
    """Repositories the scorer could not tell apart: it reads each from <into>/<last part of its name>, so two
    repositories with the same last part (in any case), or one repository labelled at two commits, would share a folder."""
    by_folder = defaultdict(set)
    for repo, commit in files:
        by_folder[repo.split("/")[-1].lower()].add(f"{repo}@{commit[:12]}")
    return [f"folder '{folder}' would hold {', '.join(sorted(owners))} (the scorer reads a repository from the folder "
            "named by the last part of its name): leave one of them out, or label one commit"
            for folder, owners in sorted(by_folder.items()) if len(owners) > 1]


def find_git_dir(mirrors: Path, repo: str):
    """The git directory of a repository's mirror under <mirrors>/<owner>+<name>."""
    root = mirrors / repo.replace("/", "+")
    if not root.is_dir():
        return None
    # fetch writes <owner>+<name>/repo (bare) or <owner>+<name>/repo/.git (with a work tree)
    for candidate in (root, root / "repo", root / "repo" / ".git", root / ".git"):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", default="/work/.mirror", type=Path)
    parser.add_argument("--into", required=True, type=Path)
    args = parser.parse_args()

    files = labelled_files()
    clashes = folder_clashes(files)
    if clashes:
        for clash in clashes:
            print("clash: " + clash, file=sys.stderr)
        return 1

    problems = []
    extracted = 0
    for (repo, commit), paths in sorted(files.items()):
        git_dir = find_git_dir(args.mirrors, repo)
        if git_dir is None:
            problems.append(f"{repo}: no mirror under {args.mirrors / repo.replace('/', '+')}")
            continue
        has_commit = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "-e", f"{commit}^{{commit}}"],
                                    capture_output=True)
        if has_commit.returncode != 0:
            problems.append(f"{repo}: the mirror {git_dir} does not hold commit {commit}")
            continue
        target = args.into / repo.split("/")[-1]
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.Popen(["git", f"--git-dir={git_dir}", "archive", commit, "--", *sorted(paths)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        untar = subprocess.run(["tar", "-x", "-C", str(target)], stdin=archive.stdout, capture_output=True)
        archive.stdout.close()
        archive_error = archive.stderr.read().decode(errors="replace").strip()
        if archive.wait() != 0 or untar.returncode != 0:
            problems.append(f"{repo}@{commit}: {archive_error or untar.stderr.decode(errors='replace').strip()}")
            continue
        extracted += 1
        print(f"{repo}: {len(paths)} files -> {target}")

    print(f"{extracted} repositories extracted into {args.into}")
    for problem in problems:
        print("missing: " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
