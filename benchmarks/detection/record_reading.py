"""What a record-level reading of PRIV001 would add, measured on labelled members (issue 12).

The question: unseen code's misses are mostly members whose *record* makes them personal (a pay statement's amounts, a
case file's notes), not their name. Would a rule "a type that already has N or more members flagged as a person's
identity data is that person's record, so its other plain members are theirs too" reach them, and at what precision?

Inputs: a PRIV001 dump of the corpus (`detection --repos DIR --split tuning --dump FILE`) and the label files. For every
type with at least N members flagged as name, e-mail, phone, birth date, national id or address, the members PRIV001 did
not flag are counted by their declared type and their label (sure personal / sure not / borderline); the table gives
what flagging each kind would add to the scorer's true and false hits, and the resulting precision and recall.

    python3 benchmarks/detection/record_reading.py --dump FILE --repos /tmp/corpus [--split tuning]

Only sure labels count, as in the scorer; rows of repositories held out (DetectionLabels.HeldOutRepositories) are
skipped unless --split all is given, so the held-out set is never read by this estimate.
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDENTITY = {"Identity.Name", "Contact.Email", "Contact.Phone", "Identity.BirthDate", "Identity.DateOfBirth",
            "Identity.NationalId", "Contact.Address"}
DIAGNOSTIC = re.compile(r"(\S+) (.+?):\d+:\d+ PRIV001 '([^']+)' .*?\[Category=([^,\]]+)")


def held_out_repositories():
    source = open(os.path.join(HERE, "..", "PrivacyAnalyzers.Benchmarks", "Detection", "DetectionLabels.cs"),
                  encoding="utf-8").read()
    block = re.search(r"HeldOutRepositories = new string\[\]\s*\{(.*?)\};", source, re.S).group(1)
    return set(re.findall(r'"([^"]+)"', block))


def kind_of(declared):
    if declared is None:
        return "unknown"
    t = declared.rstrip("?")
    if t == "string":
        return "string"
    if t in ("int", "long", "short", "uint", "byte", "Guid"):
        return "integer or key"
    if t in ("decimal", "double", "float"):
        return "number"
    if t in ("DateTime", "DateOnly", "DateTimeOffset", "TimeSpan", "TimeOnly"):
        return "date or time"
    if t == "bool":
        return "bool"
    if "<" in t or t.endswith("[]"):
        return "collection"
    return "other type"


def declared_types(repos_dir, labels):
    """(repo, path, type, member) -> declared type, read with labelling/list_members.py (no compiler involved)."""
    paths = collections.defaultdict(set)
    for r in labels:
        paths[r["repo"]].add(r["path"])
    found = {}
    for repo, ps in paths.items():
        root = os.path.join(repos_dir, repo.split("/")[1])
        ps = sorted(p for p in ps if os.path.exists(os.path.join(root, p)))
        for i in range(0, len(ps), 200):
            out = subprocess.run([sys.executable, os.path.join(HERE, "labelling", "list_members.py"), root] + ps[i:i + 200],
                                 capture_output=True, text=True, check=True).stdout
            for line in out.splitlines():
                path, typ, member, declared = line.split("|", 3)
                found[(repo, path, typ, member)] = declared
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", required=True)
    ap.add_argument("--repos", required=True)
    ap.add_argument("--split", default="tuning", choices=["tuning", "all"])
    ap.add_argument("--min-identity", type=int, nargs="*", default=[1, 2, 3])
    args = ap.parse_args()

    held = held_out_repositories() if args.split == "tuning" else set()
    labels = []
    for f in sorted(glob.glob(os.path.join(HERE, "labels", "*.jsonl"))):
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            if r.get("type") and r["repo"] not in held:
                labels.append(r)
    flagged = {}
    for line in open(args.dump, encoding="utf-8"):
        m = DIAGNOSTIC.match(line)
        if m:
            flagged[(m.group(1), m.group(2), m.group(3))] = m.group(4)
    declared = declared_types(args.repos, labels)

    def outcome(r):
        if r["confidence"] != "sure":
            return "borderline"
        return "personal" if r["personal"] else "not"

    tp = sum(1 for r in labels if (r["repo"], r["path"], r["member"]) in flagged and outcome(r) == "personal")
    fp = sum(1 for r in labels if (r["repo"], r["path"], r["member"]) in flagged and outcome(r) == "not")
    fn = sum(1 for r in labels if (r["repo"], r["path"], r["member"]) not in flagged and outcome(r) == "personal")
    print(f"# Record-level reading, estimated on {len(labels)} labelled members ({args.split})\n")
    print(f"PRIV001 as it is (this join of dump and labels): TP {tp}, FP {fp}, FN {fn}, "
          f"precision {tp / (tp + fp):.3f}, recall {tp / (tp + fn):.3f}\n")

    types = collections.defaultdict(list)
    for r in labels:
        types[(r["repo"], r["path"], r["type"])].append(r)
    kinds = ["string", "integer or key", "number", "date or time", "bool", "collection", "other type"]
    for n in args.min_identity:
        counts = collections.Counter()
        for members in types.values():
            identity = sum(1 for r in members if flagged.get((r["repo"], r["path"], r["member"])) in IDENTITY)
            if identity < n:
                continue
            for r in members:
                if (r["repo"], r["path"], r["member"]) in flagged:
                    continue
                counts[(kind_of(declared.get((r["repo"], r["path"], r["type"], r["member"]))), outcome(r))] += 1
        print(f"## Types with at least {n} identity member(s) flagged: their unflagged members\n")
        print("| declared type | sure personal (would become TP) | sure not (would become FP) | borderline | "
              "precision, recall if this kind and the ones above are flagged |")
        print("| --- | ---: | ---: | ---: | --- |")
        add_tp = add_fp = 0
        for k in kinds:
            p, q, b = counts[(k, "personal")], counts[(k, "not")], counts[(k, "borderline")]
            add_tp += p
            add_fp += q
            precision = (tp + add_tp) / (tp + fp + add_tp + add_fp)
            recall = (tp + add_tp) / (tp + fn)
            print(f"| {k} | {p} | {q} | {b} | {precision:.3f}, {recall:.3f} |")
        print()


if __name__ == "__main__":
    main()
